/**
 * Any page without clear article markup: Mozilla's Readability on the copy, plus
 * the dates and language the page declares (Readability gives no date it can
 * trust and no CJK-aware check). Readability is given, not imported: the reader
 * bundle leaves it out and loads it only for the pages that need it
 * (src/reader/load-readability.ts).
 */
import type { ArticleDraft, ReadabilityClass } from '../adapter';
import { articleTitle, removeTitleCopies } from './article-title';
import { readabilityCleanup } from './cleanup';
import { originalAddress, readPageMetadata } from './page-metadata';
import { weightedLength } from './readerable';

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

/** The draft `Readability` finds in `doc` (a copy: it is modified), or undefined. */
export function draftFromReadability(doc: Document, url: URL, Readability: ReadabilityClass): ArticleDraft | undefined {
  const meta = readPageMetadata(doc);
  // Read before Readability takes the page apart.
  const title = articleTitle(doc);
  // The serializer hands back Readability's element itself: no HTML round trip.
  const options = { charThreshold: charThreshold(doc), keepClasses: false, serializer: (node: Node) => node as Element };
  const parsed = new Readability<Element>(doc, options).parse();
  if (!parsed?.content) return undefined;
  const shownTitle = title || parsed.title || meta.siteName || url.hostname.replace(/^www\./, '');
  // Readability drops a heading like its own title only; Liseuse's title may differ (generic/zh-news-portal).
  removeTitleCopies(parsed.content, shownTitle, true);
  return {
    title: shownTitle,
    published: meta.datePublished ?? parsed.publishedTime ?? undefined,
    updated: meta.dateModified,
    sourceUrl: originalAddress(meta, url).href,
    siteName: parsed.siteName || meta.siteName || url.hostname.replace(/^www\./, ''),
    byline: parsed.byline || meta.authors,
    lang: meta.lang,
    dir: parsed.dir ?? meta.dir,
    body: parsed.content,
    cleanup: readabilityCleanup,
  };
}
