/**
 * Opens and closes the reader on this page: extract from a copy, sanitise, mount;
 * or, when there is no article or anything fails, a polite message. Never throws
 * into the page, never modifies it beyond our own host element.
 */
import { extractArticle } from './extract/extract-article';
import type { Overlay } from './overlay/mount-overlay';
import { FALLBACK_HOST, mountOverlay } from './overlay/mount-overlay';
import type { ReaderContent } from './overlay/ReaderView';
import { markOpen, mark, markPaintedAfterNextFrame, READER_MARKS } from './perf-marks';
import { sanitizeArticleContent } from './sanitize';
import { t, uiLocale } from './strings';

/** The reader's state on one page. */
export interface ReaderController {
  toggle(): void;
  isOpen(): boolean;
}

/**
 * Above this many elements the reader declines politely instead of extracting:
 * extraction and layout grow with the page, and at 80,000 elements (a 20 MB
 * page) they would keep the user waiting for seconds (npm run bench measures the
 * 20,000-element, 5 MB page; test/e2e/robustness.e2e.test.ts the 20 MB one).
 */
const MAX_ELEMENTS = 40_000;

/**
 * HTML parsers stop nesting at 512 levels; only script-built pages go deeper, and
 * extraction slows to seconds on them (5,000 levels: test/e2e/robustness.e2e.test.ts).
 */
const MAX_DEPTH = 600;

/** Whether any element under `root` sits more than `limit` levels deep; one native tree walk. */
function isNestedDeeperThan(root: Element, limit: number): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let depth = 0;
  for (;;) {
    if (walker.firstChild()) {
      if (++depth > limit) return true;
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode() || --depth < 0) return false;
    }
  }
}

/** What to show for the current page. */
function readPage(): ReaderContent {
  try {
    // A live collection's length is counted natively, without a JS walk.
    if (document.getElementsByTagName('*').length > MAX_ELEMENTS || isNestedDeeperThan(document.documentElement, MAX_DEPTH)) {
      return { kind: 'message', text: t('pageTooLarge'), detail: t('pageTooLargeDetail') };
    }
    const article = extractArticle(document, location.href);
    if (!article) return { kind: 'message', text: t('noArticle'), detail: t('noArticleDetail') };
    return { kind: 'article', article, body: sanitizeArticleContent(article.content) };
  } catch (error) {
    return failureMessage(error);
  }
}

/** The message shown when something inside the reader failed: what, in a few words. */
function failureMessage(error: unknown): ReaderContent {
  return { kind: 'message', text: t('readerError'), detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Mounts `content`; if mounting or rendering it fails (a page can break what we
 * rely on, e.g. by defining its own <liseuse-reader> element), mounts a message
 * saying so instead: the user sees why, not a silent button. mountOverlay takes
 * its partial host off the page before throwing, so the page stays unchanged.
 */
function mountOrExplain(content: ReaderContent, onClose: () => void): Overlay {
  try {
    return mountOverlay(content, uiLocale(), onClose);
  } catch (error) {
    // The page may have broken our usual host (a page-defined <liseuse-reader>
    // element): the explanation goes in a host of another name.
    return mountOverlay(failureMessage(error), uiLocale(), onClose, FALLBACK_HOST);
  }
}

/** A controller for this page; one per page (see src/reader/index.ts). */
export function createReaderController(): ReaderController {
  let overlay: Overlay | undefined;
  return {
    toggle() {
      // A host the page took off (or a stale one) is closed for good, and this
      // click opens a fresh reader: one click always does what the user expects.
      if (overlay && !overlay.host.isConnected) overlay.close();
      if (overlay) {
        overlay.close();
        return;
      }
      markOpen();
      const content = readPage();
      mark(READER_MARKS.extracted);
      overlay = mountOrExplain(content, () => {
        overlay = undefined;
      });
      mark(READER_MARKS.mounted);
      markPaintedAfterNextFrame();
    },
    isOpen: () => overlay !== undefined,
  };
}
