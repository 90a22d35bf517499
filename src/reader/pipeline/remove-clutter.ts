/**
 * Removes what is not the article, by the adapter's rules (CleanupRules): share
 * bars found by their links and label, the site's clutter selector, and the
 * blocks those leave empty. Scripts, styles and <noscript> are never article text.
 */
import type { CleanupRules } from '../../sites/adapter';

/** Elements no page's article text is in. */
const neverText = 'script, style, noscript';

/** The largest ancestor (below `root`) that holds only share links and a share label. */
function shareBlockOf(link: Element, root: Element, isShareLink: (a: Element) => boolean, shareLabel: RegExp | undefined): Element {
  let block: Element = link;
  for (let el = link.parentElement; el && el !== root; el = el.parentElement) {
    const links = Array.from(el.querySelectorAll('a[href]'));
    if (!links.every(isShareLink)) break;
    const text = Array.from(el.childNodes)
      .map((n) => (n.nodeType === 1 && (n as Element).querySelector('a') ? '' : n.textContent))
      .join('')
      .trim();
    if (text && !shareLabel?.test(text)) break;
    block = el;
  }
  return block;
}

/** Whether `el` holds any text that is not white space; stops at the first such text node rather than read every paragraph's whole text. */
function hasText(el: Element): boolean {
  // Most paragraphs begin with their text: three property reads, where a walker
  // is an object to create (dearer still through Firefox's wrappers).
  const first = el.firstChild;
  if (first?.nodeType === 3 /* text */ && /\S/.test((first as Text).data)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test((node as Text).data)) return true;
  return false;
}

/** Whether an element has neither text nor media: left behind by removed promos. */
function isEmpty(el: Element): boolean {
  return !hasText(el) && !el.querySelector('img, audio, video, picture, svg, iframe, hr');
}

/** Removes clutter under `root` in place, by `rules`. */
export function removeClutter(root: Element, rules: CleanupRules): void {
  const { shareLinks, shareLabel } = rules;
  if (shareLinks?.length) {
    const isShareLink = (a: Element) => shareLinks.some((p) => p.test(a.getAttribute('href') ?? ''));
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      if (root.contains(a) && isShareLink(a)) shareBlockOf(a, root, isShareLink, shareLabel).remove();
    }
  }
  // A share label left alone once its links are gone (`分享 :`).
  if (shareLabel) {
    for (const el of Array.from(root.querySelectorAll('div, span, p'))) {
      if (el.children.length === 0 && shareLabel.test(el.textContent ?? '')) el.remove();
    }
  }
  for (const el of Array.from(root.querySelectorAll(rules.clutter ? `${neverText},${rules.clutter}` : neverText))) el.remove();
  for (const el of Array.from(root.querySelectorAll('div, span, p, section')).reverse()) {
    if (isEmpty(el)) el.remove();
  }
}
