/**
 * Pages that mark their article up: one `<article>` (or one element with
 * itemprop="articleBody") holding nearly all the page's paragraphs. The article
 * is that element; Readability's scoring of every paragraph and its cleaning
 * passes find the same element at several times the cost. Any doubt, and the
 * page goes to Readability (readability-article.ts): several articles, an article
 * holding few of the paragraphs, no title.
 */
import type { ArticleDraft } from '../adapter';
import { markedUpCleanup } from './cleanup';
import { originalAddress, readPageMetadata } from './page-metadata';

/** The article element must hold at least this share of the page's paragraphs… */
const MIN_PARAGRAPH_SHARE = 0.9;
/** …and at least this many. */
const MIN_PARAGRAPHS = 3;

/** Shorter lines in the article's header are its kicker, date or credits, not its standfirst. */
const MIN_STANDFIRST = 80;

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

/** The one element holding the article, or undefined when the markup leaves any doubt. */
function markedUpArticle(doc: Document): Element | undefined {
  const bodies = doc.querySelectorAll('[itemprop~="articleBody"]');
  const articles = doc.getElementsByTagName('article');
  const candidate = bodies.length === 1 ? bodies[0] : bodies.length === 0 && articles.length === 1 ? articles[0] : undefined;
  if (!candidate) return undefined;
  // Live collections' lengths are counted natively, without building lists.
  const inside = candidate.getElementsByTagName('p').length;
  const all = doc.getElementsByTagName('p').length;
  return inside >= MIN_PARAGRAPHS && inside >= all * MIN_PARAGRAPH_SHARE ? candidate : undefined;
}

/** Whether `a` and `b` say the same, ignoring case, spacing and a site name after a separator. */
const sameTitle = (a: string, b: string) => {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b) || norm(b).startsWith(`${norm(a)} `);
};

/** The draft of a page with article markup (`doc` is a copy: it is taken apart), or undefined, the copy untouched. */
export function draftFromMarkup(doc: Document, pageUrl: URL): ArticleDraft | undefined {
  const element = markedUpArticle(doc);
  if (!element) return undefined;
  const meta = readPageMetadata(doc);
  const url = originalAddress(meta, pageUrl);
  const textOf = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  // The article's own heading first; a page-level <h1> outside it is often the site's name.
  const heading = element.querySelector('h1');
  const title = textOf(heading) || meta.headline || textOf(doc.querySelector('h1')) || doc.title.trim();
  if (!title) return undefined;

  const content = doc.createElement('div');
  // One range move: spreading tens of thousands of child nodes as arguments can overflow the stack.
  const range = doc.createRange();
  range.selectNodeContents(element);
  content.append(range.extractContents());
  heading?.remove();
  // A second copy of the title (a kicker repeating it, a print heading) goes too.
  for (const h of Array.from(content.querySelectorAll('h1, h2'))) if (sameTitle(title, h.textContent ?? '')) h.remove();
  // The header shows the byline: its line in the body goes (the first one found, as in Readability).
  const byline = Array.from(content.querySelectorAll('[rel], [itemprop], [class], [id]')).find(isByline);
  const bylineText = byline?.textContent?.replace(/\s+/g, ' ').trim();
  byline?.remove();
  // The article's own header: the reader's header shows its title, byline and
  // date; what is left worth reading there is the standfirst, marked as the lead.
  for (const header of Array.from(content.querySelectorAll('header'))) {
    for (const el of Array.from(header.children)) {
      if (!el.matches('img, picture, figure') && !el.querySelector('img') && (el.textContent ?? '').trim().length < MIN_STANDFIRST)
        el.remove();
    }
    header.querySelector('p')?.setAttribute('data-liseuse-lead', '');
  }
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
