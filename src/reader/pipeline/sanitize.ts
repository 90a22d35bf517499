/**
 * The one place untrusted article content is sanitised (DOMPurify, configured once).
 * Whatever the extractors produce comes from the page or a feedx item and may be
 * hostile; only the result of `sanitizeArticleContent` is ever put in the overlay.
 */
import DOMPurify from 'dompurify';

// The module's own instance, made for this window when the module loads: calling
// DOMPurify(window) made a second one, about 1 ms more of the bundle's start in
// Firefox (2026-11-26).
const purifier = DOMPurify;

purifier.setConfig({
  // No forms, styles, frames or document-level elements from the page; no <video>
  // (extraction never keeps one: videos become links, see extract/media-embeds.ts).
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'frame',
    'object',
    'embed',
    'template',
    'svg',
    'math',
    'video',
  ],
  // No class either: the overlay's own class names (`scroller`, absolutely positioned
  // over the whole reader; `toolbar`, sticky) would style an item's element as
  // ours, a fake page over the article (test/fixtures/hostile/css). The overlay
  // styles the body by tag and data-liseuse attributes only.
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'formaction', 'action', 'id', 'name', 'tabindex', 'autofocus', 'ping'],
  // Addresses in http(s) and mailto only: no javascript:, no data: (images: see the
  // hook below). DOMPurify tests this against every attribute value that is not on
  // its short list of plain ones, so values with no scheme at all ("rtl", "lazy",
  // "600", a datetime) must match too, as in DOMPurify's own default: the first
  // version, schemes only, stripped lang, dir, width, height, datetime, loading and
  // preload from every article (found 2026-11-26; test/unit/sanitize.test.ts).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
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
  // DOMPurify lets data: through in media sources whatever ALLOWED_URI_REGEXP says.
  if (/^\s*data:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
});

/**
 * Firefox content scripts see the page's DOM through Xray wrappers (which is how
 * `wrappedJSObject` exists there): DOMPurify's walk over an imported copy cost more
 * there than over a freshly parsed one (5 MB page: 380 to 490 ms against 260 to
 * 300 ms, npm run bench, 2026-11-26), so Firefox keeps the HTML round trip.
 */
const isFirefoxContentScript = 'wrappedJSObject' in window;

/**
 * Sanitises article content into a fragment, ready to insert in the overlay. An
 * element (Article.content, in an inert document) is copied by DOMPurify into its
 * own inert document with one native importNode and sanitised there: serialising
 * it and parsing the HTML back cost about 150 ms more on the 5 MB page in
 * Chromium (npm run bench, 2026-11-26; Firefox: see above); DOMPurify's IN_PLACE mode, which skips the
 * copy, was slower still (its extra bookkeeping passes: +200 ms in Chromium,
 * +500 ms in Firefox). A string is parsed by DOMPurify in an inert document.
 * `content` itself is left as it was.
 */
export function sanitizeArticleContent(content: Element | string): DocumentFragment {
  // Fresh nodes of the overlay's document, copied from the sanitised ones: nothing
  // that was parsed from the page (and could hold a handler object, not only an
  // attribute) is ever adopted into a document that loads images and runs handlers.
  return document.importNode(sanitizedCopy(content), true);
}

/** DOMPurify's result for `content`, in DOMPurify's own inert document. */
function sanitizedCopy(content: Element | string): DocumentFragment {
  try {
    // Firefox: the element's own markup (a body's inner markup), so that the
    // result has the shape of the copy made in Chromium and the unwrapping below
    // takes off the element, not also its only child: a body of one wrapper
    // <div> lost it, and body-parts.ts put the later parts inside the wrapper's
    // first child instead, an <img> (feed-readers, the tt-rss shared page).
    const fragment = purifier.sanitize(
      isFirefoxContentScript && typeof content !== 'string'
        ? content.nodeName === 'BODY'
          ? content.innerHTML
          : content.outerHTML
        : content,
    ) as unknown as DocumentFragment;
    // DOMPurify returns the copied element itself (a <body>'s children, for a
    // body): what is shown is its content.
    const copy = fragment.firstChild;
    if (typeof content === 'string' || content.nodeName === 'BODY' || fragment.childNodes.length !== 1 || !copy) return fragment;
    const range = copy.ownerDocument!.createRange();
    range.selectNodeContents(copy);
    return range.extractContents();
  } finally {
    // DOMPurify keeps what it removed until the next call, and each removed node
    // keeps its whole parsed document alive (45 MB after closing a 5 MB page in
    // Firefox, npm run bench): let it go now.
    purifier.removed.length = 0;
  }
}

/** Sanitises article HTML (a string) into a fragment; see sanitizeArticleContent. */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return sanitizeArticleContent(html);
}
