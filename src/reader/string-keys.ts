/**
 * The message keys the reader shows, kept apart from src/reader/strings.ts so that
 * tests can list them without loading the extension API.
 */

/** Every message key the reader shows; test/unit/conventions.test.ts checks each locale has them all. */
export const readerStringKeys = [
  'readerLabel',
  'closeReader',
  'noArticle',
  'noArticleDetail',
  'readerError',
  'pageTooLarge',
  'pageTooLargeDetail',
  'originalArticle',
  'viaRepublisher',
  'publishedLabel',
  'updatedLabel',
  'relatedArticles',
] as const;

export type ReaderStringKey = (typeof readerStringKeys)[number];
