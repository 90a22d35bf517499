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
import { articleElement } from './marked-up-article';
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

/** Smaller images (by their width or height attribute) are icons, avatars and logos. */
const MIN_PICTURE = 200;

/** A figure Readability left out, and the text of the paragraph it follows in the article (none when it comes first). */
interface LeadFigure {
  figure: Element;
  after?: string;
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Shorter paragraphs are a kicker, a date or credits, not a standfirst (weighted as in readerable.ts). */
const MIN_STANDFIRST = 80;

/** A picture of its own: not small, not inline in a paragraph (Readability keeps those with it), not in a header outside a figure. */
const isPicture = (img: Element) =>
  !['width', 'height'].some((name) => Number(img.getAttribute(name) || Infinity) < MIN_PICTURE) &&
  !img.closest('p') &&
  !!(img.closest('figure') || !img.closest('header'));

/**
 * The picture a marked-up article opens with (before its second paragraph of text:
 * after a standfirst at most), with its figure and caption, copied: Readability keeps the
 * block of paragraphs and drops a lead figure beside it, which Liseuse shows
 * (generic/news-lead-figure-player).
 */
function leadFigure(doc: Document): LeadFigure | undefined {
  const article = articleElement(doc);
  // Not an avatar, icon or logo: those are small, or sit in the article's header outside a figure.
  const image = article && Array.from(article.querySelectorAll('img[src]')).find(isPicture);
  if (!article || !image) return undefined;
  const before = Array.from(article.getElementsByTagName('p')).filter(
    (p) => p.compareDocumentPosition(image) & Node.DOCUMENT_POSITION_FOLLOWING && weightedLength(textOf(p)) >= MIN_STANDFIRST,
  );
  if (before.length > 1) return undefined;
  return { figure: (image.closest('figure') ?? image).cloneNode(true) as Element, after: before[0] && textOf(before[0]) };
}

/** Every address an image names (its source, lazy-loading attributes, srcset), placeholders left out. */
function addressesOf(img: Element): string[] {
  const values = Array.from(img.attributes)
    .filter((a) => a.name === 'src' || a.name === 'srcset' || a.name.startsWith('data-'))
    .flatMap((a) => (a.name.endsWith('srcset') ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [a.value.trim()]));
  return values.filter((v) => v && !v.startsWith('data:'));
}

/** Puts `lead` back into Readability's `content` unless it shows that image already (Readability may have moved a lazy source): after the paragraph it followed, else first. */
function restoreLeadFigure(content: Element, { figure, after }: LeadFigure): void {
  const lead = new Set(addressesOf(figure.matches('img') ? figure : figure.querySelector('img')!));
  if (Array.from(content.querySelectorAll('img')).some((img) => addressesOf(img).some((a) => lead.has(a)))) return;
  const paragraph = after ? Array.from(content.getElementsByTagName('p')).find((p) => textOf(p) === after) : undefined;
  if (paragraph) paragraph.after(figure);
  else content.prepend(figure);
}

/** The draft `Readability` finds in `doc` (a copy: it is modified), or undefined. */
export function draftFromReadability(doc: Document, url: URL, Readability: ReadabilityClass): ArticleDraft | undefined {
  const meta = readPageMetadata(doc);
  // Read before Readability takes the page apart.
  const title = articleTitle(doc);
  const lead = leadFigure(doc);
  // The serializer hands back Readability's element itself: no HTML round trip.
  const options = { charThreshold: charThreshold(doc), keepClasses: false, serializer: (node: Node) => node as Element };
  const parsed = new Readability<Element>(doc, options).parse();
  if (!parsed?.content) return undefined;
  const shownTitle = title || parsed.title || meta.siteName || url.hostname.replace(/^www\./, '');
  // Readability drops a heading like its own title only; Liseuse's title may differ (generic/zh-news-portal).
  removeTitleCopies(parsed.content, shownTitle, true);
  if (lead) restoreLeadFigure(parsed.content, lead);
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
