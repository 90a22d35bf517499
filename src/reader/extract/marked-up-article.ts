/**
 * Pages that mark their article up: one `<article>` (or one element with
 * itemprop="articleBody") holding nearly all the page's paragraphs. The article
 * is that element, cleaned by Readability's own rules (readability-cleaning.ts);
 * Readability's scoring of every paragraph finds the same element at several
 * times the cost (the 5 MB page of `npm run bench`: about 270 ms of Readability
 * against about 40 ms here, in Chromium, 2026-11-26). Any doubt, and the page
 * goes to Readability (generic-article.ts): several articles, an article holding
 * few of the paragraphs, an embedded player or frame (whose controls Readability
 * judges better), too little text left once cleaned.
 */
import type { Article } from '../../shared/article';
import { articleTitle, removeTitleCopies } from './article-title';
import { cleanArticleBody } from './clean-article-body';
import { guessLanguage } from './guess-language';
import { originalAddress, readPageMetadata } from './page-metadata';
import { applyReadabilityRules, linkDensity } from './readability-cleaning';
import { weightedLength } from './readerable';

/** The article element must hold at least this share of the page's paragraphs… */
const MIN_PARAGRAPH_SHARE = 0.9;
/** …and at least this many. */
const MIN_PARAGRAPHS = 3;

/** Shorter lines in the article's header are its kicker, date or credits, not its standfirst. */
const MIN_STANDFIRST = 80;

/** Readability looks again, without its rules, when they leave less text than this (weighted: generic-article.ts). */
const MIN_TEXT = 500;

/** Embedded players and frames: Readability's judgement of their controls and captions is kept (generic/news-video-player). */
const embeds = 'iframe, embed, object, video';

/** Blocks of links to the site's other articles, by the names sites give them. */
const relatedBlocks = 'aside[class*="related" i], section[class*="related" i]';

/** A page's furniture rather than its text: taken out of the body, as Readability does. */
const furniture = 'nav, aside, footer, form, button, dialog, script, style, template, [hidden], [aria-hidden="true"]';

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

/** What articleFromMarkup answers when it took the page apart and then found too little: read a fresh copy with Readability. */
export const TOO_LITTLE_LEFT = 'too-little-left';

/**
 * The Article of a page with article markup (`doc` is a clone: it is taken
 * apart), or undefined when the page is not one (`doc` is then untouched), or
 * TOO_LITTLE_LEFT when Readability's rules left too little of it to trust.
 */
export function articleFromMarkup(doc: Document, pageUrl: URL): Article | undefined | typeof TOO_LITTLE_LEFT {
  const element = markedUpArticle(doc);
  if (!element || element.querySelector(embeds)) return undefined;
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
  const related = cleanArticleBody(content, url.href, { related: relatedBlocks });
  for (const el of Array.from(content.querySelectorAll(furniture))) el.remove();
  const removed = applyReadabilityRules(content);
  // Readability's rules took the text below its threshold: it would look again without them.
  if (removed > 0) {
    const left = weightedLength((content.textContent ?? '').trim());
    if (left < MIN_TEXT && left + removed >= MIN_TEXT) return TOO_LITTLE_LEFT;
  }
  // The page's classes mean nothing in the reader, and could meet the reader's own.
  for (const el of Array.from(content.querySelectorAll('[class]'))) el.removeAttribute('class');

  const lang = meta.lang ?? guessLanguage(content.textContent?.slice(0, 2000) ?? '', '');
  const validDate = (v: string | undefined) => (v && !Number.isNaN(Date.parse(v)) ? v : undefined);
  const published = validDate(meta.datePublished);
  const modified = validDate(meta.dateModified);
  return {
    title,
    published,
    updated: modified && published && Date.parse(modified) > Date.parse(published) ? modified : undefined,
    sourceUrl: url.href,
    siteName: meta.siteName || url.hostname.replace(/^www\./, ''),
    byline: meta.authors.join(', ') || bylineText || undefined,
    lang: lang || 'en',
    dir: (element.closest('[dir]')?.getAttribute('dir') ?? meta.dir) === 'rtl' ? 'rtl' : 'ltr',
    content,
    related,
  };
}
