/**
 * Removes what is not the article: share bars, self-promotion, interstitials and
 * the like (src/sites/rfi-page.ts), found by class where classes survive and by
 * links, labels and data-* attributes where feedx stripped them (2022+).
 */
import { rfiClutter, shareLabel, shareLinkPatterns } from '../../sites/rfi-page';

const isShareLink = (a: Element) => shareLinkPatterns.some((p) => p.test(a.getAttribute('href') ?? ''));

/** The largest ancestor (below `root`) that holds only share links and a share label. */
function shareBlockOf(link: Element, root: Element): Element {
  let block: Element = link;
  for (let el = link.parentElement; el && el !== root; el = el.parentElement) {
    const links = Array.from(el.querySelectorAll('a[href]'));
    if (!links.every(isShareLink)) break;
    const text = Array.from(el.childNodes)
      .map((n) => (n.nodeType === 1 && (n as Element).querySelector('a') ? '' : n.textContent))
      .join('')
      .trim();
    if (text && !shareLabel.test(text)) break;
    block = el;
  }
  return block;
}

/**
 * Whether `el` holds any text that is not white space. Stops at the first such
 * text node: reading every paragraph's whole textContent cost about 20 ms on the
 * 5 MB page's 10,000 paragraphs (npm run bench, 2026-11-26).
 */
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

/** Removes clutter under `root` in place; `siteClutter` adds a site's own selector. */
export function removeClutter(root: Element, siteClutter?: string): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (root.contains(a) && isShareLink(a)) shareBlockOf(a, root).remove();
  }
  // A share label left alone once its links are gone (`分享 :`).
  for (const el of Array.from(root.querySelectorAll('div, span, p'))) {
    if (el.children.length === 0 && shareLabel.test(el.textContent ?? '')) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll(siteClutter ? `${rfiClutter},${siteClutter}` : rfiClutter))) el.remove();
  for (const el of Array.from(root.querySelectorAll('div, span, p, section')).reverse()) {
    if (isEmpty(el)) el.remove();
  }
}
