/**
 * What kind of page this is, cheaply: by address for rfi.fr, by content for feedx
 * items. Runs in the page-load detector, so it must stay small and fast.
 */
import { findRenderedFeedxItem, parseFeedxArchiveText, plainTextOf } from './feedx';
import { classifyRfiUrl } from './rfi-urls';

/** A page Liseuse knows. */
export type RecognisedPage =
  { site: 'feedx'; wrapping: 'text' | 'rendered'; article: true } | { site: 'rfi'; kind: string; article: boolean };

/** Recognises a page Liseuse has rules for, or returns undefined for any other page. */
export function recognisePage(doc: Document, href: string): RecognisedPage | undefined {
  const text = plainTextOf(doc);
  if (text !== undefined) {
    return parseFeedxArchiveText(text) ? { site: 'feedx', wrapping: 'text', article: true } : undefined;
  }
  if (findRenderedFeedxItem(doc)) return { site: 'feedx', wrapping: 'rendered', article: true };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const rule = classifyRfiUrl(url);
  return rule ? { site: 'rfi', kind: rule.kind, article: rule.article } : undefined;
}
