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
import { weightedLength } from './readerable';

/** Keeps an ISO date only when it parses; keeps its own offset. */
const validDate = (v: string | undefined) => (v && !Number.isNaN(Date.parse(v)) ? v : undefined);

/** Mozilla's Readability class (src/readability/index.ts). */
export type ReadabilityClass = typeof Readability;

/** Readability's own threshold: below it, it looks again with fewer rules (a lower one stops it at a first, short block). */
const CHAR_THRESHOLD = 500;

/**
 * Readability's threshold in this page's characters: a Han character carries
 * about as much text as three Latin letters (readerable.ts), so a Chinese page's
 * equivalent of 500 letters is fewer characters (generic/zh-short-brief); read
 * from the page's first paragraphs.
 */
function charThreshold(doc: Document): number {
  const paragraphs = doc.getElementsByTagName('p');
  let sample = '';
  for (let i = 0; i < paragraphs.length && sample.length < 2000; i++) sample += paragraphs[i]!.textContent ?? '';
  return sample ? Math.round((CHAR_THRESHOLD * sample.length) / weightedLength(sample)) : CHAR_THRESHOLD;
}

/** The Article `Readability` finds in `doc` (a clone: it is modified), or undefined. */
export function articleFromReadability(doc: Document, url: URL, Readability: ReadabilityClass): Article | undefined {
  const meta = readPageMetadata(doc);
  // Read before Readability takes the page apart.
  const title = articleTitle(doc);
  // The serializer hands back Readability's element itself: no HTML round trip.
  const options = { charThreshold: charThreshold(doc), keepClasses: false, serializer: (node: Node) => node as Element };
  const parsed = new Readability<Element>(doc, options).parse();
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
