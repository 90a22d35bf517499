/**
 * Moves "read also" paragraphs and related-article boxes, as the adapter's rules
 * find them, out of the text into a list shown after the article, with absolute
 * links: they interrupt the text, but readers still want them.
 */
import type { RelatedLink } from '../../shared/article';
import type { CleanupRules } from '../../sites/adapter';
import { readableText } from './readable-text';

function linksOf(el: Element, baseUrl: string, labelLinkText: RegExp | undefined): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const href = a.getAttribute('href')!;
    // A link that is only the label (`<a>其它</a> / <a>…</a>` links the column, not an article).
    if (labelLinkText?.test(title) || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    try {
      links.push({ title, url: new URL(href, baseUrl).href });
    } catch {
      // An unparsable link is dropped rather than shown broken.
    }
  }
  return links;
}

/**
 * The <p> and <div> elements under `root` that hold a link, in document order
 * (ancestors first), found from the links up rather than by asking every block
 * for a link: each question from a Firefox content script crosses a security wrapper.
 */
function blocksWithLinks(root: Element): Element[] {
  const blocks: Element[] = [];
  const seen = new Set<Element>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const path: Element[] = [];
    // An ancestor already seen has had its own ancestors seen too.
    for (let el = a.parentElement; el && el !== root && !seen.has(el); el = el.parentElement) {
      if (el.localName === 'p' || el.localName === 'div') path.push(el);
      seen.add(el);
    }
    // Outermost first: a later link's new blocks all start after this link, so the list stays in document order.
    for (let i = path.length - 1; i >= 0; i--) blocks.push(path[i]!);
  }
  return blocks;
}

/** Removes related boxes and read-also paragraphs under `root`, by `rules`; returns their links, without duplicates. */
export function takeRelatedLinks(root: Element, baseUrl: string, rules: CleanupRules): RelatedLink[] {
  const { related, readAlsoLabel, labelLinkText } = rules;
  const found: RelatedLink[] = [];
  if (related) {
    for (const aside of Array.from(root.querySelectorAll(related))) {
      if (!root.contains(aside)) continue;
      found.push(...linksOf(aside, baseUrl, labelLinkText));
      aside.remove();
    }
  }
  // Whether a block is still in `root` is asked only once something was taken out:
  // each call from a Firefox content script crosses a security wrapper.
  let removed = false;
  if (readAlsoLabel) {
    for (const p of blocksWithLinks(root)) {
      if (removed && !root.contains(p)) continue;
      // Without <noscript> markup: a body cleaned a part at a time has this run
      // before lazy images are recovered, and a thumbnail's markup is not text.
      const text = readableText(p);
      // Only a short paragraph that is the label and its links, never a whole section.
      if (!readAlsoLabel.test(text) || text.length > 300) continue;
      found.push(...linksOf(p, baseUrl, labelLinkText));
      p.remove();
      removed = true;
    }
  }
  const seen = new Set<string>();
  return found.filter((l) => !seen.has(l.url) && seen.add(l.url));
}
