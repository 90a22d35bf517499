/**
 * Any other page: Mozilla's Readability on a clone, plus the dates and language
 * the page declares (Readability itself gives neither a date nor a CJK-aware check).
 * Readability is given, not imported: the reader bundle leaves it out and loads
 * it only for the pages that need it (src/reader/load-readability.ts).
 */
import type { Readability } from '@mozilla/readability';
import type { Article } from '../../shared/article';
import { articleTitle, removeTitleCopies } from './article-title';
import { cleanArticleBody } from './clean-article-body';
import { guessLanguage } from './guess-language';
import { originalAddress, readPageMetadata } from './page-metadata';

/** Keeps an ISO date only when it parses; keeps its own offset. */
const validDate = (v: string | undefined) => (v && !Number.isNaN(Date.parse(v)) ? v : undefined);

/** Mozilla's Readability class (src/readability/index.ts). */
export type ReadabilityClass = typeof Readability;

/** The Article `Readability` finds in `doc` (a clone: it is modified), or undefined. */
export function articleFromReadability(doc: Document, url: URL, Readability: ReadabilityClass): Article | undefined {
  const meta = readPageMetadata(doc);
  // Read before Readability takes the page apart.
  const title = articleTitle(doc);
  // 250 weighted characters: Readability's 500 default rejects short Chinese news items.
  // The serializer hands back Readability's element itself: no HTML round trip.
  const parsed = new Readability<Element>(doc, { charThreshold: 250, keepClasses: false, serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return undefined;
  const holder = parsed.content;
  const shownTitle = title || parsed.title || meta.siteName || url.hostname.replace(/^www\./, '');
  // Readability drops a heading like its own title only; Liseuse's title may differ (generic/zh-news-portal).
  removeTitleCopies(holder, shownTitle, true);
  const related = cleanArticleBody(holder, url.href);
  const lang = meta.lang ?? guessLanguage(parsed.textContent ?? '', '');
  const published = validDate(meta.datePublished ?? parsed.publishedTime ?? undefined);
  const modified = validDate(meta.dateModified);
  return {
    title: shownTitle,
    published,
    updated: modified && published && Date.parse(modified) > Date.parse(published) ? modified : undefined,
    sourceUrl: originalAddress(meta, url).href,
    siteName: parsed.siteName || meta.siteName || url.hostname.replace(/^www\./, ''),
    byline: parsed.byline || meta.authors.join(', ') || undefined,
    lang: lang || 'en',
    dir: parsed.dir === 'rtl' || meta.dir === 'rtl' ? 'rtl' : 'ltr',
    content: holder,
    related,
  };
}
