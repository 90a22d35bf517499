/**
 * Extracts an article from an rfi.fr page with RFI's own markup (src/sites/rfi-page.ts):
 * title, chapô (the lead, which generic extractors drop), main image, body, dates
 * from `time[datetime]` and JSON-LD, authors. Works on a clone of the page.
 */
import type { Article, RelatedLink } from '../../shared/article';
import { instantToIso } from '../../shared/zoned-time';
import { rfiEditionOf } from '../../sites/rfi-editions';
import { relatedAsides, rfiSelectors, rfiSiteName, rfiTimeZone } from '../../sites/rfi-page';
import { cleanArticleBlocks, takeEmbedsAndRelated } from './clean-article-body';
import { readPageMetadata } from './page-metadata';
import { takeRelatedLinks } from './related-links';

function first(scope: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const s of selectors) {
    const el = scope.querySelector(s);
    if (el) return el;
  }
  return undefined;
}

/** A datetime as ISO 8601 in Paris time with its offset, whatever form the page used. */
export function toParisIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : instantToIso(ms, rfiTimeZone);
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

/** The Article of an rfi.fr page (a clone: it is modified), or undefined without article markup. */
export function articleFromRfiPage(doc: Document, pageUrl: URL): Article | undefined {
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
  // Firefox content script crosses a security wrapper (1.5 ms on the long page).
  const range = doc.createRange();
  range.selectNodeContents(body);
  content.append(range.extractContents());
  // The rest of the cleaning is left to the reader, a part at a time (Article.cleanBlocks).
  // The body's "read also" lines are taken out now; the page's related-article
  // boxes are read on first use, after the first paint (ReaderView.tsx): with
  // the links' rendering moved there too, the long rfi.fr page opened about 4 ms
  // sooner in Chromium and 2 ms in Firefox (npm run bench:compare, 2026-11-26).
  // The copy is not touched meanwhile.
  const inBody = takeEmbedsAndRelated(content, url.href);
  let related: RelatedLink[] | undefined;
  const allRelated = () => {
    try {
      return (related ??= [...inBody, ...takeRelatedLinks(doc.body, url.href).filter((l) => !inBody.some((r) => r.url === l.url))]);
    } catch (error) {
      // Read during a render after the reader is shown: the body's links are enough then.
      console.warn('Liseuse could not read the related articles:', error);
      return (related = inBody);
    }
  };

  // The related boxes are still in the copy (read after the first paint, above):
  // a date or an author in one of their cards is not the article's
  // (test/fixtures/rfi/fr-article-dated-cards).
  const own = (el: Element) => !el.closest(relatedAsides);
  const times = Array.from(doc.querySelectorAll(rfiSelectors.dates))
    .filter(own)
    .map((t) => t.getAttribute('datetime') ?? undefined);
  const published = toParisIso(times[0]) ?? toParisIso(meta.datePublished);
  const modified = toParisIso(times[1]) ?? toParisIso(meta.dateModified);
  const authors = Array.from(doc.querySelectorAll(rfiSelectors.authors))
    .filter(own)
    .map((a) => a.textContent?.trim())
    .filter((a): a is string => !!a);
  const edition = rfiEditionOf(url);
  const lang = edition?.lang ?? meta.lang ?? 'fr';
  return {
    title,
    published,
    updated: modified && modified !== published && Date.parse(modified) > Date.parse(published ?? '') ? modified : undefined,
    sourceUrl: url.href,
    siteName: rfiSiteName,
    byline: [...new Set(authors.length ? authors : meta.authors)].join(', ') || undefined,
    lang,
    dir: meta.dir ?? edition?.dir ?? 'ltr',
    content,
    cleanBlocks: (part) => cleanArticleBlocks(part, url.href),
    get related() {
      return allRelated();
    },
  };
}
