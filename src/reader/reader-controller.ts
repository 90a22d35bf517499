/**
 * Opens and closes the reader on this page: extract from a copy, sanitise, mount;
 * or, when there is no article or anything fails, a polite message. Never throws
 * into the page, never modifies it beyond our own host element.
 */
import { extractArticle } from './extract/extract-article';
import type { Overlay } from './overlay/mount-overlay';
import { mountOverlay } from './overlay/mount-overlay';
import type { ReaderContent } from './overlay/ReaderView';
import { sanitizeArticleHtml } from './sanitize';
import { t, uiLocale } from './strings';

/** The reader's state on one page. */
export interface ReaderController {
  toggle(): void;
  isOpen(): boolean;
}

/** What to show for the current page. */
function readPage(): ReaderContent {
  try {
    const article = extractArticle(document, location.href);
    if (!article) return { kind: 'message', text: t('noArticle'), detail: t('noArticleDetail') };
    return { kind: 'article', article, body: sanitizeArticleHtml(article.contentHtml) };
  } catch (error) {
    return { kind: 'message', text: t('readerError'), detail: error instanceof Error ? error.message : String(error) };
  }
}

/** A controller for this page; one per page (see src/reader/index.ts). */
export function createReaderController(): ReaderController {
  let overlay: Overlay | undefined;
  return {
    toggle() {
      if (overlay) {
        overlay.close();
        return;
      }
      overlay = mountOverlay(readPage(), uiLocale(), () => {
        overlay = undefined;
      });
    },
    isOpen: () => overlay !== undefined,
  };
}
