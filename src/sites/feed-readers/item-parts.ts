/**
 * The parts of the item being read, from its inert copy, by the reader's table
 * entry (readers.ts): its title and original link, the reader's date, author and
 * feed, and its content (mended: mend-content.ts).
 */
import type { PageInput } from '../adapter';
import { mendContent } from './mend-content';
import { readerDate } from './reader-dates';
import type { CopiedItem } from './live-item';

/** What the reader shows of one item. */
export interface ItemParts {
  title: string;
  /** The original article, absolute. */
  link: string;
  /** The reader's own date for it, ISO 8601 (reader-dates.ts). */
  date?: string;
  author?: string;
  /** The feed's name, as the reader shows it. */
  feed?: string;
  /** The item's content, in an inert document; taken apart by whoever reads it. */
  content: Element;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The title link's text without what the reader adds inside it (tt-rss's excerpt),
 * trimmed: tt-rss pads it with white space; spacing inside is the title's own.
 */
function titleOf(link: Element, extra: string | undefined): string {
  if (!extra) return (link.textContent ?? '').trim();
  const copy = link.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(extra))) el.remove();
  return (copy.textContent ?? '').trim();
}

/** The item's parts, or undefined when it has no title link to an original or no content. */
export function itemParts({ reader, item, packedContent, utcOffsetMinutes }: CopiedItem, page: PageInput): ItemParts | undefined {
  const titleLink = item.querySelector(reader.title);
  const href = titleLink?.getAttribute('href');
  let link: string;
  try {
    link = new URL(href ?? '', page.url).href;
  } catch {
    return undefined;
  }
  const title = titleLink ? titleOf(titleLink, reader.titleExtra) || squash(titleLink.getAttribute('title')) : '';
  if (!title || !href || !/^https?:/.test(link)) return undefined;
  const content = packedContent !== undefined ? page.parseInert(packedContent) : item.querySelector(reader.content);
  if (!content) return undefined;
  mendContent(content, reader, page.url.href);
  const dateEl = reader.date && item.querySelector(reader.date.at);
  const text = (selector: string | undefined) => (selector ? squash(item.querySelector(selector)?.textContent) : '') || undefined;
  return {
    title,
    link,
    date: dateEl ? readerDate(dateEl, reader.date!.kind, utcOffsetMinutes) : undefined,
    // "by Priya Raman" (Nextcloud News, Inoreader): the name alone.
    author: text(reader.author)?.replace(/^by\s+/i, ''),
    feed: text(reader.feed),
    content,
  };
}
