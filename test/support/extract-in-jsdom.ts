/**
 * Runs the reader's extraction and sanitising on a page in jsdom, exactly as the
 * reader does in the browser (extract from a copy, sanitise and insert part by part).
 */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle, type LiveOverrides } from '../../src/reader/pipeline/extract-article';
import { bodyParts } from '../../src/reader/pipeline/body-parts';
import type { Article } from '../../src/shared/article';
import { shownBody, type ShownBody } from './check-article';

/** A jsdom document for `html` at `url`. */
export function pageAt(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/**
 * The article the reader would show for `html` at `url`, with its sanitised body.
 * `prepare` acts on the page first as a user would (a click leaves a selection)
 * and gives what jsdom lacks (layout, the browser's UTC offset).
 */
export function readInJsdom(
  html: string,
  url: string,
  prepare?: (doc: Document) => LiveOverrides,
): { article?: Article; body?: ShownBody; before: string; after: string } {
  const doc = pageAt(html, url);
  const live = prepare?.(doc);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, url, Readability, live);
  const after = doc.documentElement.outerHTML;
  if (!article) return { before, after };
  const holder = document.createElement('div');
  const parts = bodyParts(article.content, article.cleanBlocks);
  parts.showFirst(holder);
  while (parts.showNext(holder));
  return { article, body: shownBody(holder), before, after };
}
