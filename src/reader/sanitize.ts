/**
 * The one place untrusted article HTML is sanitised (DOMPurify, configured once).
 * Whatever the extractors produce comes from the page or a feedx item and may be
 * hostile; only the result of `sanitizeArticleHtml` is ever put in the overlay.
 */
import DOMPurify from 'dompurify';

const purifier = DOMPurify(window);

purifier.setConfig({
  // No forms, styles, frames or document-level elements from the page; no <video>
  // (extraction never keeps one: videos become links, see extract/media-embeds.ts).
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed', 'template', 'svg', 'math', 'video'],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'id', 'name', 'tabindex', 'autofocus', 'ping'],
  // http(s) and mailto links only; no javascript:, no data: (images included).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ADD_TAGS: ['audio'],
  ADD_ATTR: ['controls', 'preload', 'loading', 'decoding'],
  ALLOW_DATA_ATTR: true,
  RETURN_DOM_FRAGMENT: true,
});

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    // Links leave the reader for the original site, in a new tab, without telling it where from.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.nodeName === 'IMG' || node.nodeName === 'AUDIO') node.setAttribute('referrerpolicy', 'no-referrer');
});

/** Sanitises article HTML into a fragment owned by the current document. */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  const fragment = purifier.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  // DOMPurify keeps what it removed until the next call, and each removed node
  // keeps its whole parsed document alive (45 MB after closing a 5 MB page in
  // Firefox, npm run bench): let it go now.
  purifier.removed.length = 0;
  return fragment;
}
