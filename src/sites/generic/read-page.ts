/**
 * Any other page: the page's one marked-up article when its markup leaves no
 * doubt, else Mozilla's Readability, on the pipeline's copy. Plain-text documents
 * are not web pages Readability can read.
 */
import { NEEDS_READABILITY, NO_ARTICLE, type ReadPage } from '../adapter';
import { draftFromMarkup } from './marked-up-article';
import { draftFromReadability } from './readability-article';
import { isListOfArticles, isProbablyArticle } from './readerable';

/** Reads any page; asks for Readability (NEEDS_READABILITY) when only it can tell. */
export const readGenericPage: ReadPage = (page) => {
  if (page.text !== undefined) return NO_ARTICLE;
  const doc = page.copy();
  if (!isProbablyArticle(doc) || isListOfArticles(doc)) return NO_ARTICLE;
  // draftFromMarkup leaves the copy untouched when it declines.
  const marked = draftFromMarkup(doc, page.url);
  if (marked) return marked;
  if (!page.readability) return NEEDS_READABILITY;
  return draftFromReadability(doc, page.url, page.readability) ?? NO_ARTICLE;
};
