/**
 * Picks the extractor for a page and runs it on a copy, never on the live page:
 * feedx items (archive text or rendered), rfi.fr articles, then any article page
 * (its article markup when it is clear, else Readability).
 */
import type { Article } from '../../shared/article';
import { findRenderedFeedxItem, parseFeedxArchiveText, plainTextOf } from '../../sites/feedx';
import { classifyRfiUrl } from '../../sites/rfi-urls';
import { articleFromFeedxItem } from './feedx-item';
import { articleFromReadability, type ReadabilityClass } from './generic-article';
import { articleFromMarkup, TOO_LITTLE_LEFT } from './marked-up-article';
import { inertBody, inertCopyOfPage } from './inert-copy';
import { isListOfArticles, isProbablyArticle } from './readerable';
import { articleFromRfiPage } from './rfi-article';

/** What extractArticle answers when the page needs Readability and it was not given. */
export const NEEDS_READABILITY = 'needs-readability';

/**
 * The article of the page `doc` shows at `href`, or undefined when there is none;
 * NEEDS_READABILITY when only Readability could tell and `readability` is not
 * given (the caller loads it and asks again).
 */
export function extractArticle(doc: Document, href: string, readability: ReadabilityClass): Article | undefined;
export function extractArticle(doc: Document, href: string, readability?: ReadabilityClass): Article | undefined | typeof NEEDS_READABILITY;
export function extractArticle(
  doc: Document,
  href: string,
  readability?: ReadabilityClass,
): Article | undefined | typeof NEEDS_READABILITY {
  const text = plainTextOf(doc);
  if (text !== undefined) {
    const item = parseFeedxArchiveText(text);
    return item ? articleFromFeedxItem({ ...item, root: inertBody(item.html) }) : undefined;
  }
  const clone = inertCopyOfPage(doc);
  const rendered = findRenderedFeedxItem(clone);
  if (rendered) {
    const root = clone.createElement('div');
    root.append(...rendered.nodes);
    return articleFromFeedxItem({ ...rendered, root });
  }
  const url = new URL(href);
  const rfiPage = classifyRfiUrl(url);
  // Home pages, section fronts, tag and author pages are lists, whatever their text.
  if (rfiPage && !rfiPage.article) return undefined;
  if (rfiPage) {
    const rfi = articleFromRfiPage(clone, url);
    if (rfi) return rfi;
  }
  // articleFromRfiPage leaves the clone untouched when it finds no RFI markup.
  if (!isProbablyArticle(clone) || isListOfArticles(clone)) return undefined;
  // articleFromMarkup, too, when it declines; when it took the copy apart first, Readability reads a fresh one.
  const marked = articleFromMarkup(clone, url);
  if (marked && marked !== TOO_LITTLE_LEFT) return marked;
  if (!readability) return NEEDS_READABILITY;
  return articleFromReadability(marked === TOO_LITTLE_LEFT ? inertCopyOfPage(doc) : clone, url, readability);
}
