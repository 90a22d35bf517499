/**
 * The feedx item format, wherever an item is shown. Facts from
 * test/fixtures/feedx/README.md (measured on ~10,000 items):
 *
 * - archive text: `<!--crawl epoch ms-->`, `[title](original url)`, `------`, item HTML
 *   (Jekyll posts put YAML front matter before it);
 * - rendered pages (static sites, code hosts): Markdown turns `[title](url)` over
 *   `------` into `<h2><a href=url>title</a></h2>`, followed by the item's HTML.
 *
 * Items are recognised by content, never by host: they are read on mirrors.
 */

/** The header block of an item in archive text. */
const archiveHeader = /(?:<!--\s*(\d{10,13})\s*-->\s*\n)?\s*\[([^\n]+)\]\((https?:\/\/[^\s)]+)\)[ \t]*\r?\n-{3,}[ \t]*\r?\n/;

/** How far into a text document the header may start (front matter comes first). */
const headerSearchLimit = 4000;

/** An item found in archive text. */
export interface FeedxArchiveItem {
  title: string;
  url: string;
  /** When feedx crawled the page (not the publication time). */
  crawledAt?: number;
  /** The item's HTML, untrusted. */
  html: string;
}

/** Parses a feedx item out of archive text, or undefined when the text is not one. */
export function parseFeedxArchiveText(text: string): FeedxArchiveItem | undefined {
  const head = archiveHeader.exec(text.slice(0, headerSearchLimit));
  if (!head) return undefined;
  const html = text.slice(head.index + head[0].length);
  // The header alone is ordinary Markdown; the item HTML right after it is what
  // makes this a feedx item.
  if (!/^\s*<(div|p|img|figure)\b/i.test(html)) return undefined;
  return {
    title: head[2]!.trim(),
    url: head[3]!,
    crawledAt: head[1] ? Number(head[1].padEnd(13, '0')) : undefined,
    html,
  };
}

/** The visible date line of RFI items: `28/09/2023 - 19:25`, Paris wall-clock time. */
export const rfiDateLine = /^\s*(\d{2})\/(\d{2})\/(\d{4})\s*-\s*(\d{2}):(\d{2})\s*$/;

/** Domains of feedx's own footer ("获取更多RSS" and links), which changed over time. */
export const feedxDomain = /(^|\.)feedx\.(net|xyz|top|best|run|site|co)$/i;

/** Text that opens feedx's footer. */
export const feedxFooterLabel = '获取更多RSS';

/** An item found in a rendered page. */
export interface FeedxRenderedItem {
  title: string;
  url: string;
  crawledAt?: number;
  /** The `<h2>` that holds the item's title link. */
  heading: Element;
  /** The item's own nodes: the siblings after the heading, up to the next heading. */
  nodes: Node[];
}

/** Whether an element is the start of an item's HTML as feedx writes it. */
function looksLikeItemStart(el: Element | null): boolean {
  if (!el) return false;
  // Rendered Jekyll posts wrap the item in one <div>; look at its first child too.
  const first = el.tagName === 'DIV' && el.firstElementChild?.tagName === 'DIV' ? el.firstElementChild : el;
  const text = (first.textContent ?? '').trim();
  return rfiDateLine.test(text) || (first.firstElementChild?.tagName === 'I' && text.length < 120);
}

/** Finds a feedx item rendered in a page, or undefined. */
export function findRenderedFeedxItem(doc: Document): FeedxRenderedItem | undefined {
  for (const heading of Array.from(doc.querySelectorAll('h2'))) {
    const link = heading.querySelector('a[href^="http"]');
    if (!link || heading.children.length !== 1 || heading.textContent?.trim() !== link.textContent?.trim()) continue;
    let crawledAt: number | undefined;
    for (let p = heading.previousSibling; p && p.nodeType !== 1; p = p.previousSibling) {
      const m = p.nodeType === 8 ? /^\s*(\d{13})\s*$/.exec(p.nodeValue ?? '') : null;
      if (m) crawledAt = Number(m[1]);
    }
    // Renderers that keep HTML comments keep the crawl-time comment, a sure sign;
    // others (code hosts) drop it, and the item's first block must tell.
    if (crawledAt === undefined && !looksLikeItemStart(heading.nextElementSibling)) continue;
    const nodes: Node[] = [];
    for (let n = heading.nextSibling; n && n.nodeName !== 'H2'; n = n.nextSibling) nodes.push(n);
    return { title: link.textContent!.trim(), url: link.getAttribute('href')!, crawledAt, heading, nodes };
  }
  return undefined;
}

/** The text of a document shown as plain text (text/plain opens as one <pre>). */
export function plainTextOf(doc: Document): string | undefined {
  if (doc.contentType === 'text/plain') return doc.body?.textContent ?? '';
  const body = doc.body;
  if (body && body.children.length === 1 && body.firstElementChild!.tagName === 'PRE') return body.textContent ?? '';
  return undefined;
}
