/**
 * Finishes every article the same way, whichever adapter drafted it: dates that
 * parse, "updated" only when later than "published", one language and direction
 * rule, titles and bylines on one line.
 */
import type { Article, RelatedLink } from '../../shared/article';
import type { ArticleDraft } from '../../sites/adapter';
import { guessLanguage } from './guess-language';

/** Languages written right to left (primary subtags). */
const rtlLanguages = /^(ar|arc|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/i;

/** The direction of text in `lang`. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (rtlLanguages.test(lang) ? 'rtl' : 'ltr');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An ISO 8601 date as given, or undefined when it does not parse. */
const validDate = (value: string | undefined) => (value && !Number.isNaN(Date.parse(value)) ? value : undefined);

/** One byline from a line or a list of names, duplicates dropped; undefined when empty. */
function bylineOf(byline: string | readonly string[] | undefined): string | undefined {
  const names = (typeof byline === 'string' ? [byline] : (byline ?? [])).map(squash).filter(Boolean);
  return [...new Set(names)].join(', ') || undefined;
}

/** What the cleaning gave besides the body: the related links, now or on first use, and the cleaning left for later. */
export interface CleanedBody {
  related: () => RelatedLink[];
  cleanBlocks?: (part: Element) => void;
}

/** The Article of `draft`, whose body has been cleaned. */
export function finishArticle(draft: ArticleDraft, cleaned: CleanedBody): Article {
  const published = validDate(draft.published);
  const updated = validDate(draft.updated);
  // The body's text is read only when the page names no language.
  const lang = draft.lang || guessLanguage(draft.body.textContent ?? '', draft.langFallback ?? '') || 'en';
  const dir = draft.dir === 'rtl' || draft.dir === 'ltr' ? draft.dir : directionOf(lang);
  return {
    // A heading's line breaks are markup, not text; other spacing is the title's own (feedx archive-md/rfi-1030000).
    title: draft.title.trim().replace(/\s*\n\s*/g, ' '),
    published,
    updated: published && updated && Date.parse(updated) > Date.parse(published) ? updated : undefined,
    sourceUrl: draft.sourceUrl,
    siteName: squash(draft.siteName),
    ...(draft.via ? { via: draft.via } : {}),
    byline: bylineOf(draft.byline),
    lang,
    dir,
    content: draft.body,
    ...(cleaned.cleanBlocks ? { cleanBlocks: cleaned.cleanBlocks } : {}),
    get related() {
      return cleaned.related();
    },
  };
}
