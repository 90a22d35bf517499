/**
 * Reads the article of a page: offers a copy of it to each adapter of the
 * registry in turn (src/sites/index.ts), cleans the body the first one drafts
 * with that adapter's rules, and finishes the article. Never touches the live page.
 */
import type { Article, RelatedLink } from '../../shared/article';
import {
  NEEDS_READABILITY,
  NO_ARTICLE,
  type ArticleDraft,
  type ElementLayout,
  type LivePage,
  type PageInput,
  type ReadabilityClass,
} from '../../sites/adapter';
import { readers, sites } from '../../sites/index';
import { plainTextOf } from '../../sites/plain-text';
import { cleanArticleBlocks, cleanArticleBody, takeEmbedsAndRelated } from './clean-body';
import { finishArticle, type CleanedBody } from './finish-article';
import { inertBody, inertCopyOf, inertCopyOfPage } from './inert-copy';
import { takeRelatedLinks } from './related-links';

export { NEEDS_READABILITY };

/** What tests give instead of the browser's layout and clock (jsdom has no layout). */
export type LiveOverrides = Partial<Pick<LivePage, 'layoutOf' | 'utcOffsetMinutes'>>;

/** Where the browser draws `el`: read only, as LivePage requires. */
function layoutOf(el: Element): ElementLayout {
  const box = el.getBoundingClientRect();
  return { top: box.top, bottom: box.bottom, scrollTop: el.scrollTop };
}

/** The live page as adapters may see it (LivePage): read only, copied element by element. */
function livePage(doc: Document, overrides: LiveOverrides): LivePage {
  return { document: doc, copyOf: inertCopyOf, layoutOf, utcOffsetMinutes: -new Date().getTimezoneOffset(), ...overrides };
}

/** The page as the adapters see it: its address, its text if it is a text document, a copy made once, the live page to read. */
function pageInput(doc: Document, url: URL, readability: ReadabilityClass | undefined, overrides: LiveOverrides): PageInput {
  let copy: Document | undefined;
  return {
    url,
    text: plainTextOf(doc),
    copy: () => (copy ??= inertCopyOfPage(doc)),
    parseInert: inertBody,
    readability,
    live: livePage(doc, overrides),
  };
}

/**
 * Cleans the draft's body by its rules: all at once, or — `cleanInParts` — the
 * embeds and "read also" lines now and each block as its part is shown
 * (body-parts.ts). The page's related boxes (`relatedLater`) are read on first
 * use, after the first paint.
 */
function cleanBody(draft: ArticleDraft): CleanedBody {
  const base = draft.linkBase ?? draft.sourceUrl;
  const { body, cleanup, relatedLater } = draft;
  const inBody = draft.cleanInParts ? takeEmbedsAndRelated(body, base, cleanup) : cleanArticleBody(body, base, cleanup);
  const cleanBlocks = draft.cleanInParts ? (part: Element) => cleanArticleBlocks(part, base, cleanup) : undefined;
  if (!relatedLater) return { related: () => inBody, cleanBlocks };
  let related: RelatedLink[] | undefined;
  return {
    cleanBlocks,
    related() {
      try {
        related ??= [...inBody, ...takeRelatedLinks(relatedLater, base, cleanup).filter((l) => !inBody.some((r) => r.url === l.url))];
      } catch (error) {
        // Read during a render after the reader is shown: the body's links are enough then.
        console.warn('Liseuse could not read the related articles:', error);
        related = inBody;
      }
      return related;
    },
  };
}

/**
 * The article of the page `doc` shows at `href`, or undefined when there is none;
 * NEEDS_READABILITY when only Readability could tell and `readability` is not
 * given (the caller loads it and asks again). `doc` is the live page: read, never
 * changed (LivePage). Tests give `live` for what jsdom lacks.
 */
export function extractArticle(doc: Document, href: string, readability: ReadabilityClass, live?: LiveOverrides): Article | undefined;
export function extractArticle(
  doc: Document,
  href: string,
  readability?: ReadabilityClass,
  live?: LiveOverrides,
): Article | undefined | typeof NEEDS_READABILITY;
export function extractArticle(
  doc: Document,
  href: string,
  readability?: ReadabilityClass,
  live: LiveOverrides = {},
): Article | undefined | typeof NEEDS_READABILITY {
  const page = pageInput(doc, new URL(href), readability, live);
  for (const site of sites) {
    const draft = readers[site.kind](page);
    if (draft === undefined) continue;
    if (draft === NO_ARTICLE) return undefined;
    if (draft === NEEDS_READABILITY) return draft;
    return finishArticle(draft, cleanBody(draft));
  }
  return undefined;
}
