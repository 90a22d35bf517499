/**
 * Plain Readability as Firefox Reader View uses it: `isProbablyReaderable` decides
 * whether the page is offered at all, then `parse()` with the default options. The
 * result is put through the reader's sanitiser and read like Liseuse's own, so the
 * two are compared on the same terms (`npm run fidelity`, the generic comparison).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { sanitizeArticleHtml } from '../../src/reader/pipeline/sanitize';
import type { Article } from '../../src/shared/article';
import { shownBody, type ShownBody } from './check-article';
import { pageAt } from './extract-in-jsdom';

/** One extractor's reading of one page. */
export interface Reading {
  article?: Article;
  body?: ShownBody;
}

/** What plain Readability shows for `html` at `url`: nothing when it does not offer the page. */
export function readWithReadability(html: string, url: string): Reading {
  const doc = pageAt(html, url);
  if (!isProbablyReaderable(doc)) return {};
  const parsed = new Readability(doc).parse();
  if (!parsed?.content) return {};
  const holder = document.createElement('div');
  holder.append(sanitizeArticleHtml(parsed.content));
  return {
    article: {
      title: parsed.title ?? '',
      published: parsed.publishedTime ?? undefined,
      // Readability names no original: the page's own address is all a reader has.
      sourceUrl: url,
      siteName: parsed.siteName ?? '',
      byline: parsed.byline ?? undefined,
      lang: parsed.lang ?? '',
      dir: parsed.dir === 'rtl' ? 'rtl' : 'ltr',
      content: holder,
      related: [],
    },
    body: shownBody(holder),
  };
}
