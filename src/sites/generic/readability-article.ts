/**
 * Any page without clear article markup: Mozilla's Readability on the copy, plus
 * the dates and language the page declares (Readability gives no date it can
 * trust and no CJK-aware check). Readability is given, not imported: the reader
 * bundle leaves it out and loads it only for the pages that need it
 * (src/reader/load-readability.ts).
 */
import type { ArticleDraft, ReadabilityClass } from '../adapter';
import { readabilityCleanup } from './cleanup';
import { originalAddress, readPageMetadata } from './page-metadata';

/** The draft `Readability` finds in `doc` (a copy: it is modified), or undefined. */
export function draftFromReadability(doc: Document, url: URL, Readability: ReadabilityClass): ArticleDraft | undefined {
  const meta = readPageMetadata(doc);
  // 250 weighted characters: Readability's 500 default rejects short Chinese news items.
  // The serializer hands back Readability's element itself: no HTML round trip.
  const parsed = new Readability<Element>(doc, { charThreshold: 250, keepClasses: false, serializer: (node) => node as Element }).parse();
  if (!parsed?.content || !parsed.title) return undefined;
  return {
    title: parsed.title,
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
