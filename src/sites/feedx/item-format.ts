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
import { isPublisherHost } from './publisher-hosts';

/** Whether a title link points to a publisher feedx republishes (the content of the item, not the page's host). */
function isPublisherLink(href: string): boolean {
  try {
    return isPublisherHost(new URL(href).hostname);
  } catch {
    return false;
  }
}

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

/** An item found in a rendered page. */
export interface FeedxRenderedItem {
  title: string;
  url: string;
  crawledAt?: number;
  /** The `<h2>` that holds the item's title link. */
  heading: Element;
  /**
   * The item's own nodes: the siblings after the heading, up to the next heading, and
   * — when a stray `</div>` in the item closed the page's container early — what
   * follows the container, up to the site's footer.
   */
  nodes: Node[];
}

/**
 * Whether an element is the start of an item's HTML as feedx writes it: RFI's date
 * line, another publisher's `<div><i>` header, or — for the publishers whose items
 * have neither (CNA, FT, The Economist) — an HTML block under a title that links to
 * a publisher feedx republishes.
 */
function looksLikeItemStart(el: Element | null, link: string): boolean {
  if (!el) return false;
  if (/^(DIV|IMG|P|FIGURE)$/.test(el.tagName) && isPublisherLink(link)) return true;
  // Rendered Jekyll posts wrap the item in one <div>; look at its first child too.
  const first = el.tagName === 'DIV' && el.firstElementChild?.tagName === 'DIV' ? el.firstElementChild : el;
  const text = (first.textContent ?? '').trim();
  return rfiDateLine.test(text) || (first.firstElementChild?.tagName === 'I' && text.length < 120);
}

/** Page parts around an item that are never part of it. */
const pageChrome = /^(FOOTER|NAV|HEADER|SCRIPT|STYLE|TEMPLATE)$/;

/** What an item's text left outside a closed container is made of; anything else ends it. */
const itemBlock = /^(#text|P|DIV|FIGURE|BR|HR|BLOCKQUOTE|UL|OL|H3|H4|IMG|STRONG|EM|SPAN|BUTTON)$/;

/**
 * The nodes after `heading` up to the next heading. Stray closing tags in old RFI
 * items (the "继续浏览后续" interstitial, jekyll-post/rfi-2020-08-12_…) close the
 * page's own containers, leaving the rest of the text after them: follow it up a
 * few levels, skipping the site's footer and navigation.
 */
function itemNodes(heading: Element): Node[] {
  const nodes: Node[] = [];
  let from: Node = heading;
  for (let depth = 0; depth < 4; depth++) {
    for (let n = from.nextSibling; n; n = n.nextSibling) {
      if (n.nodeName === 'H2' || n.nodeName === 'H1') return nodes;
      // Outside the item's own container, only text blocks continue it (a theme's
      // "next post" link or comments do not).
      if (depth > 0 && !itemBlock.test(n.nodeName)) return nodes;
      if (!pageChrome.test(n.nodeName)) nodes.push(n);
    }
    const parent = from.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'MAIN' || !parent.parentElement) break;
    from = parent;
  }
  return nodes;
}

/** The post date a static site shows before the item (`<time datetime>`), as epoch ms. */
function postDate(doc: Document, heading: Element): number | undefined {
  const time = Array.from(doc.querySelectorAll('time[datetime]')).find((t) => t.compareDocumentPosition(heading) & 4);
  const ms = Date.parse(time?.getAttribute('datetime') ?? '');
  return Number.isNaN(ms) ? undefined : ms;
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
    if (crawledAt === undefined && !looksLikeItemStart(heading.nextElementSibling, link.getAttribute('href')!)) continue;
    // Jekyll writes the post date (feedx's crawl time) as time[datetime] in the page
    // header; without the comment (code hosts drop it) it is the same instant.
    crawledAt ??= postDate(doc, heading);
    return { title: link.textContent!.trim(), url: link.getAttribute('href')!, crawledAt, heading, nodes: itemNodes(heading) };
  }
  return undefined;
}
