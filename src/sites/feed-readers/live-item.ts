/**
 * What the feed-readers adapter takes from the live page: which reader's page it
 * is, and an inert copy of the item being read (live-pick.ts). With live-pick.ts,
 * the only modules of the adapter that see the live page (LivePage: read only);
 * what leaves them is copies and strings, never a live node.
 */
import type { PageInput } from '../adapter';
import { itemBeingRead } from './live-pick';
import { feedReaders, type FeedReader, type PageMark } from './readers';

/** The item being read, as copied from the page. */
export interface CopiedItem {
  reader: FeedReader;
  /** An inert copy of the item's element (on a one-item page whose content lies outside it, of their common ancestor). */
  item: Element;
  /** The content's HTML the reader keeps in an attribute until it shows it (tt-rss's `data-content`), untrusted. */
  packedContent?: string;
  /** The browser's offset from UTC (tt-rss writes its dates at it). */
  utcOffsetMinutes: number;
}

/** Whether `doc` at `url` bears `mark`. */
function bears(doc: Document, url: URL, mark: PageMark): boolean {
  const body = doc.body;
  return (
    (!mark.bodyClass || !!body?.classList.contains(mark.bodyClass)) &&
    (!mark.bodyAttribute || !!body?.hasAttribute(mark.bodyAttribute)) &&
    (!mark.host || mark.host.test(url.hostname)) &&
    (!mark.appTitle || doc.head?.querySelector('meta[name="apple-mobile-web-app-title"]')?.getAttribute('content') === mark.appTitle) &&
    (mark.ids ?? []).every((selector) => doc.querySelector(selector) !== null)
  );
}

/** The reader whose page `doc` is, if any. */
const readerOf = (doc: Document, url: URL) => feedReaders.find((reader) => reader.page.some((mark) => bears(doc, url, mark)));

/** The smallest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element {
  let el: Element = a;
  while (!el.contains(b) && el.parentElement) el = el.parentElement;
  return el;
}

/** Whether the content the reader shows is still empty (tt-rss shows a loading image until it unpacks it). */
const isBlank = (content: Element | null) => !content || !(content.textContent ?? '').trim();

/**
 * The item being read on a feed reader's page, copied; `'none'` on a reader's page
 * that shows no item open (a headline list); undefined on any other page.
 */
export function copyItemBeingRead(page: PageInput): CopiedItem | 'none' | undefined {
  const { live } = page;
  const reader = readerOf(live.document, page.url);
  // A page that bears a reader's mark but none of its items is not the reader's.
  if (!reader || !live.document.querySelector(reader.pane ? `${reader.items}, ${reader.pane}` : reader.items)) return undefined;
  let scope = itemBeingRead(live, reader);
  if (!scope) return 'none';
  let content = scope.querySelector(reader.content);
  if (!content && live.document.querySelectorAll(reader.items).length === 1) {
    content = live.document.querySelector(reader.content);
    if (content) scope = commonAncestor(scope, content);
  }
  const packed = reader.packedContent ? scope.getAttribute(reader.packedContent) : null;
  return {
    reader,
    item: live.copyOf(scope),
    packedContent: packed && isBlank(content) ? packed : undefined,
    utcOffsetMinutes: live.utcOffsetMinutes,
  };
}
