/**
 * Opens and closes the reader on this page: extract from a copy, sanitise, mount;
 * or, when there is no article or anything fails, a polite message. Never throws
 * into the page, never modifies it beyond our own host element.
 */
import { extractArticle, NEEDS_READABILITY } from './pipeline/extract-article';
import { loadedReadability, loadReadability } from './load-readability';
import type { Overlay } from './overlay/mount-overlay';
import { FALLBACK_HOST, mountOverlay } from './overlay/mount-overlay';
import type { ReaderContent } from './overlay/ReaderView';
import type { Settings } from '../shared/settings';
import { afterNextPaint, markOpen, mark, markPaintedAfterNextFrame, READER_MARKS } from './perf-marks';
import { followSettingChanges, readerSettings } from './reader-settings';
import { bodyParts } from './pipeline/body-parts';
import { t, uiLocale } from './strings';

/** The reader's state on one page. */
export interface ReaderController {
  toggle(): void;
  isOpen(): boolean;
}

/**
 * Above this many elements the reader declines politely instead of extracting:
 * extraction and layout grow with the page, and on a 20 MB page they would keep
 * the user waiting for seconds (test/e2e/robustness.e2e.test.ts).
 */
const MAX_ELEMENTS = 40_000;

/**
 * HTML parsers stop nesting at 512 levels; only script-built pages go deeper, and
 * extraction slows to seconds on them (5,000 levels: test/e2e/robustness.e2e.test.ts).
 */
const MAX_DEPTH = 600;

/** Matches any element more than MAX_DEPTH levels below <html>: one native selector match, not a walk from script. */
const TOO_DEEP = Array.from({ length: MAX_DEPTH + 2 }, () => '*').join('>');

/** An open of the reader, which a click before it shows cancels. */
interface PendingOpen {
  cancelled: boolean;
}

/** What a cancelled open resolves to; never shown. */
const CANCELLED: ReaderContent = { kind: 'message', text: '' };

/**
 * What to show for the current page: at once, or, on a page that needs
 * Readability the first time (src/reader/load-readability.ts), once it is loaded.
 * The page is then read again from the start, on a fresh copy: the first pass
 * only looked. An open cancelled meanwhile does not read it again.
 */
function readPage(open: PendingOpen, readability = loadedReadability()): ReaderContent | Promise<ReaderContent> {
  try {
    // A live collection's length is counted natively, without a JS walk.
    if (document.getElementsByTagName('*').length > MAX_ELEMENTS || document.querySelector(TOO_DEEP) !== null) {
      return { kind: 'message', text: t('pageTooLarge'), detail: t('pageTooLargeDetail') };
    }
    const article = extractArticle(document, location.href, readability);
    if (article === NEEDS_READABILITY) {
      return loadReadability().then((loaded) => (open.cancelled ? CANCELLED : readPage(open, loaded)), failureMessage);
    }
    if (!article) return { kind: 'message', text: t('noArticle'), detail: t('noArticleDetail') };
    return { kind: 'article', article, body: bodyParts(article.content, article.cleanBlocks) };
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
function mountOrExplain(content: ReaderContent, settings: Settings, onClose: () => void): Overlay {
  const locale = uiLocale();
  try {
    return mountOverlay({ content, locale, settings }, onClose);
  } catch (error) {
    // The page may have broken our usual host (a page-defined <liseuse-reader>
    // element): the explanation goes in a host of another name.
    return mountOverlay({ content: failureMessage(error), locale, settings }, onClose, FALLBACK_HOST);
  }
}

const isPromise = <T>(v: T | Promise<T>): v is Promise<T> => typeof (v as Promise<T>).then === 'function';

/** Sets the `extracted` mark when `content` is ready, and passes it on. */
function markExtracted(content: ReaderContent): ReaderContent {
  mark(READER_MARKS.extracted);
  return content;
}

/** A controller for this page; one per page (see src/reader/index.ts). */
export function createReaderController(): ReaderController {
  let overlay: Overlay | undefined;
  /** An open waiting for the first settings read or for Readability; a click meanwhile cancels it. */
  let waiting: PendingOpen | undefined;
  const show = (content: ReaderContent, settings: Settings) => {
    mark(READER_MARKS.settings);
    // Asked for before mounting: animation-frame callbacks run in the order they
    // were requested, and the overlay's own (the body's later parts) queue work
    // from theirs. The mark's task must come first after the paint, or it times
    // that work too.
    markPaintedAfterNextFrame();
    // Not before: the storage API's first use in this world would delay the paint.
    afterNextPaint(followSettingChanges);
    overlay = mountOrExplain(content, settings, () => {
      overlay = undefined;
    });
    mark(READER_MARKS.mounted);
  };
  return {
    toggle() {
      // A host the page took off (or a stale one) is closed for good, and this
      // click opens a fresh reader: one click always does what the user expects.
      if (overlay && !overlay.host.isConnected) overlay.close();
      if (overlay) {
        overlay.close();
        return;
      }
      if (waiting) {
        waiting.cancelled = true;
        waiting = undefined;
        return;
      }
      markOpen();
      const open: PendingOpen = { cancelled: false };
      // Asked before the extraction, so storage answers while the page is read.
      const settings = readerSettings();
      const read = readPage(open);
      // A cancelled open's marks would land among the next open's.
      const content = isPromise(read) ? read.then((c) => (open.cancelled ? c : markExtracted(c))) : markExtracted(read);
      if (!isPromise(settings) && !isPromise(content)) return show(content, settings);
      waiting = open;
      // Neither promise rejects: storage and extraction failures are settled as defaults and as a message.
      void Promise.all([content, settings]).then(([c, s]) => {
        if (open.cancelled) return;
        waiting = undefined;
        show(c, s);
      });
    },
    isOpen: () => overlay !== undefined || waiting !== undefined,
  };
}
