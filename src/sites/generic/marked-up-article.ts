/**
 * Pages that mark their article up: one `<article>` (or one element with
 * itemprop="articleBody") holding nearly all the page's paragraphs. The article
 * is that element, with what Readability would leave out of it taken out
 * (readability-cleaning.ts); Readability's scoring of every paragraph finds the
 * same element at several times the cost. Any doubt, and the page goes to
 * Readability (readability-article.ts), the copy untouched: several articles, an
 * article holding few of the paragraphs, an embedded player or frame (whose
 * controls Readability judges better), too little text left once Readability's
 * rules have been applied (it would look again without them).
 */
import type { ArticleDraft } from '../adapter';
import { articleTitle, removeTitleCopies } from './article-title';
import { markedUpCleanup } from './cleanup';
import { originalAddress, readPageMetadata } from './page-metadata';
import { linkDensity, readabilityRemovals } from './readability-cleaning';
import { weightedLength } from './readerable';

/** The article element must hold at least this share of the page's paragraphs… */
const MIN_PARAGRAPH_SHARE = 0.9;
/** …and at least this many. */
const MIN_PARAGRAPHS = 3;

/** Shorter lines in the article's header are its kicker, date or credits, not its standfirst. */
const MIN_STANDFIRST = 80;

/** Readability looks again, without its rules, when they leave less text than this (weighted as in readerable.ts). */
const MIN_TEXT = 500;

/** Embedded players and frames: Readability's judgement of their controls and captions is kept (generic/news-video-player). */
const embeds = 'iframe, embed, object, video';

/** A byline, by Readability's own test: marked as the author, or so named, and short. */
const bylineName = /byline|author|dateline|writtenby|p-author/i;
function isByline(el: Element): boolean {
  const marked =
    el.getAttribute('rel') === 'author' ||
    /\bauthor\b/.test(el.getAttribute('itemprop') ?? '') ||
    bylineName.test(`${el.className} ${el.id}`);
  const length = marked ? (el.textContent ?? '').trim().length : 0;
  return length > 0 && length < 100;
}

/** The page's one `itemprop="articleBody"`, else its one `<article>`: undefined when there are several. */
export function articleElement(doc: Document): Element | undefined {
  const bodies = doc.querySelectorAll('[itemprop~="articleBody"]');
  const articles = doc.getElementsByTagName('article');
  return bodies.length === 1 ? bodies[0] : bodies.length === 0 && articles.length === 1 ? articles[0] : undefined;
}

/** The one element holding the article, or undefined when the markup leaves any doubt. */
function markedUpArticle(doc: Document): Element | undefined {
  const candidate = articleElement(doc);
  if (!candidate) return undefined;
  // Live collections' lengths are counted natively, without building lists.
  const inside = candidate.getElementsByTagName('p').length;
  const all = doc.getElementsByTagName('p').length;
  return inside >= MIN_PARAGRAPHS && inside >= all * MIN_PARAGRAPH_SHARE ? candidate : undefined;
}

/** Blocks the pipeline still needs: related boxes and "read also" lines, whose links it moves to the related list. */
const related = markedUpCleanup.related!;
const isReadAlso = (el: Element) => {
  const text = el.textContent ?? '';
  return text.length <= 300 && !!markedUpCleanup.readAlsoLabel?.test(text);
};
const neededLater = (el: Element) =>
  !!el.closest(related) || !!el.querySelector(related) || isReadAlso(el) || Array.from(el.querySelectorAll('p, div')).some(isReadAlso);

/** The draft of a page with article markup (`doc` is a copy: it is taken apart), or undefined, the copy untouched. */
export function draftFromMarkup(doc: Document, pageUrl: URL): ArticleDraft | undefined {
  const element = markedUpArticle(doc);
  if (!element || element.querySelector(embeds)) return undefined;
  // What Readability would drop, found before anything moves, so that declining leaves the copy as it was.
  const removals = readabilityRemovals(element, neededLater);
  if (removals.length) {
    const removed = removals.reduce((n, el) => n + weightedLength((el.textContent ?? '').trim()), 0);
    const left = weightedLength((element.textContent ?? '').trim()) - removed;
    if (left < MIN_TEXT && left + removed >= MIN_TEXT) return undefined;
  }
  const meta = readPageMetadata(doc);
  const url = originalAddress(meta, pageUrl);
  const textOf = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  // The page's declared title, by Readability's rules: the article's <h1> may be "Read more".
  const title = articleTitle(doc) || textOf(element.querySelector('h1'));
  if (!title) return undefined;

  const content = doc.createElement('div');
  // One range move: spreading tens of thousands of child nodes as arguments can overflow the stack.
  const range = doc.createRange();
  range.selectNodeContents(element);
  content.append(range.extractContents());
  // The title is shown apart: its copies in the text (the headline, a kicker repeating it) go.
  removeTitleCopies(content, title);
  // The header shows the byline: its line in the body goes (the first one found, as in Readability).
  const byline = Array.from(content.querySelectorAll('[rel], [itemprop], [class], [id]')).find(isByline);
  const bylineText = byline?.textContent?.replace(/\s+/g, ' ').trim();
  byline?.remove();
  // The article's own header: the reader's header shows its title, byline and
  // date; what is left worth reading there is the standfirst, marked as the lead.
  for (const header of Array.from(content.querySelectorAll('header'))) {
    for (const el of Array.from(header.children)) {
      if (el.matches('img, picture, figure') || el.querySelector('img')) continue;
      // Short lines are a kicker, a date, credits; lines of links are topics or breadcrumbs.
      if ((el.textContent ?? '').trim().length < MIN_STANDFIRST || linkDensity(el) >= 0.25) el.remove();
    }
    header.querySelector('p')?.setAttribute('data-liseuse-lead', '');
  }
  for (const el of removals) el.remove();
  return {
    title,
    published: meta.datePublished,
    updated: meta.dateModified,
    sourceUrl: url.href,
    siteName: meta.siteName || url.hostname.replace(/^www\./, ''),
    byline: meta.authors.length ? meta.authors : bylineText,
    lang: meta.lang,
    dir: element.closest('[dir]')?.getAttribute('dir') ?? meta.dir,
    body: content,
    cleanup: markedUpCleanup,
  };
}
