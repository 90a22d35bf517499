/**
 * Reads an rfi.fr page with RFI's own markup (markup.ts): title, chapô (the lead,
 * which generic extractors drop), main image, body, dates from `time[datetime]`
 * and JSON-LD, authors. Works on the pipeline's copy of the page.
 */
import type { ArticleDraft, ReadPage } from '../adapter';
import { NO_ARTICLE } from '../adapter';
import { readPageMetadata } from '../generic';
import { rfiCleanup } from './cleanup';
import { toParisIso } from './dates';
import { rfiEditionOf } from './editions';
import { relatedAsides, rfiSelectors, rfiSiteName } from './markup';
import { classifyRfiUrl } from './urls';

function first(scope: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const s of selectors) {
    const el = scope.querySelector(s);
    if (el) return el;
  }
  return undefined;
}

/**
 * The article's own rfi.fr address: the canonical one when the page declares it
 * (an archived or mirrored copy still links to the original), else the page's.
 */
function originalUrl(declared: string | undefined, url: URL): URL {
  try {
    const canonical = new URL(declared ?? '', url);
    return /(^|\.)rfi\.fr$/.test(canonical.hostname) ? canonical : url;
  } catch {
    return url;
  }
}

/** The draft of an rfi.fr page (`doc` is a copy: it is modified), or undefined, untouched, without article markup. */
export function draftFromRfiPage(doc: Document, pageUrl: URL): ArticleDraft | undefined {
  const root = first(doc, rfiSelectors.root) ?? doc.body;
  const body = first(root, rfiSelectors.body) ?? first(doc, rfiSelectors.body);
  if (!body) return undefined;
  const meta = readPageMetadata(doc);
  const url = originalUrl(meta.canonical, pageUrl);
  const title = (first(root, rfiSelectors.title) ?? first(doc, rfiSelectors.title))?.textContent?.trim() || meta.headline;
  if (!title) return undefined;

  const content = doc.createElement('div');
  const media = first(root, rfiSelectors.mainMedia);
  const lead = first(root, rfiSelectors.lead);
  if (lead) {
    lead.setAttribute('data-liseuse-lead', '');
    content.append(lead);
  }
  if (media) content.append(media);
  // One range moves the body in three calls; node by node, each call from a
  // Firefox content script crosses a security wrapper.
  const range = doc.createRange();
  range.selectNodeContents(body);
  content.append(range.extractContents());

  // The related boxes stay in the copy until they are read, after the first
  // paint: a date or an author in one of their cards is not the article's
  // (test/fixtures/rfi/fr-article-dated-cards).
  const own = (el: Element) => !el.closest(relatedAsides);
  const times = Array.from(doc.querySelectorAll(rfiSelectors.dates))
    .filter(own)
    .map((t) => t.getAttribute('datetime') ?? undefined);
  const authors = Array.from(doc.querySelectorAll(rfiSelectors.authors))
    .filter(own)
    .map((a) => a.textContent?.trim())
    .filter((a): a is string => !!a);
  const edition = rfiEditionOf(url);
  return {
    title,
    published: toParisIso(times[0]) ?? toParisIso(meta.datePublished),
    updated: toParisIso(times[1]) ?? toParisIso(meta.dateModified),
    sourceUrl: url.href,
    siteName: rfiSiteName,
    byline: authors.length ? authors : meta.authors,
    lang: edition?.lang ?? meta.lang,
    langFallback: 'fr',
    dir: meta.dir ?? edition?.dir,
    body: content,
    cleanup: rfiCleanup,
    cleanInParts: true,
    relatedLater: doc.body,
  };
}

/**
 * rfi.fr pages: listings (home, section fronts, tags, authors) hold no article,
 * whatever their text; an article address without RFI's markup goes on to the
 * next adapter, its copy untouched.
 */
export const readRfiPage: ReadPage = (page) => {
  const rule = classifyRfiUrl(page.url);
  if (!rule) return undefined;
  if (!rule.article) return NO_ARTICLE;
  return draftFromRfiPage(page.copy(), page.url);
};
