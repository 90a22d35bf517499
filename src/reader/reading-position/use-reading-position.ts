/**
 * Keeps the reader's place in an article: once the reader's first frame is
 * painted it asks the background where the reader was (the storage API is never
 * touched in this world, and never before that paint), and once the whole body
 * is in, scrolls back there, unless the reader has scrolled meanwhile. From then
 * on the place is reported to the background while scrolling (at most once a
 * SAVE_EVERY_MS), when the reader closes and when the page is hidden (reloaded,
 * left, its tab closed). The thin progress line follows the scroll.
 */
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import type { Article } from '../../shared/article';
import type { GetPositionMessage, GetPositionReply, SavePositionMessage } from '../../shared/messages';
import { asPosition } from '../../shared/stored-position';
import { currentPosition, scrolledFraction, scrollTopFor } from './position';

/** How often a scrolling reader's place is saved, at most. */
const SAVE_EVERY_MS = 1000;

/** What the overlay shows of it. */
export interface PlaceView {
  /** The reader was put back where they left off: the notice says so until dismissed or scrolled away from. */
  restored: boolean;
  /** Hides the notice. */
  dismiss(): void;
  /** Goes back to the top of the article (and forgets the place). */
  startOver(): void;
}

const send = (message: GetPositionMessage | SavePositionMessage) => browser.runtime.sendMessage(message);

/** Whether the whole body is in: parts of a long one go in after the first paint, aria-busy meanwhile (overlay/insert-body.ts). */
function whenComplete(body: Element, signal: AbortSignal, then: () => void): void {
  if (!body.hasAttribute('aria-busy')) return then();
  const observer = new MutationObserver(() => {
    if (body.hasAttribute('aria-busy')) return;
    observer.disconnect();
    if (!signal.aborted) then();
  });
  observer.observe(body, { attributes: true, attributeFilter: ['aria-busy'] });
  signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * The place in `article` (undefined: a message, no place to keep), in the
 * overlay's `scroller`, whose `dialog` holds the toolbar and the body;
 * `progress` is the progress line's bar.
 */
export function useReadingPosition(
  article: Article | undefined,
  scroller: RefObject<HTMLElement | null>,
  dialog: RefObject<HTMLElement | null>,
  progress: RefObject<HTMLElement | null>,
  painted: boolean,
): PlaceView {
  const [restored, setRestored] = useState(false);
  const forget = useRef<() => void>(() => undefined);

  useLayoutEffect(() => {
    const box = scroller.current;
    const body = dialog.current?.querySelector('[data-liseuse="body"]');
    if (!painted || !article || !box || !body) return;
    const url = article.sourceUrl;
    const listeners = new AbortController();
    const { signal } = listeners;
    // Nothing is saved until the stored place has been used or declined: it would be overwritten by the top.
    let decided = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let restoredAt: number | undefined;
    // The sticky toolbar covers the top of the scroller: the view starts below it.
    const line = () => dialog.current?.querySelector('[data-liseuse="toolbar"]')?.getBoundingClientRect().bottom ?? 0;
    const showProgress = () => {
      frame = 0;
      progress.current?.style.setProperty('transform', `scaleX(${scrolledFraction(box)})`);
    };
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!decided || !body.isConnected) return;
      const message: SavePositionMessage = { type: 'liseuse:save-position', url, position: currentPosition(box, body, line()) };
      send(message).catch(() => undefined);
    };
    forget.current = () => {
      restoredAt = undefined;
      setRestored(false);
    };
    box.addEventListener(
      'scroll',
      () => {
        frame ||= requestAnimationFrame(showProgress);
        if (restoredAt !== undefined && Math.abs(box.scrollTop - restoredAt) > box.clientHeight) forget.current();
        timer ??= setTimeout(save, SAVE_EVERY_MS);
      },
      { passive: true, signal },
    );
    // A reload, another page, the tab closing: the last place, now.
    window.addEventListener('pagehide', save, { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save(), { signal });
    showProgress();

    const message: GetPositionMessage = { type: 'liseuse:get-position', url };
    (send(message) as Promise<GetPositionReply>)
      .then(asPosition, () => undefined)
      .then((stored) => {
        if (signal.aborted) return;
        if (!stored) {
          decided = true;
          return;
        }
        whenComplete(body, signal, () => {
          decided = true;
          // A reader who has started scrolling is not moved.
          if (box.scrollTop > 0) return;
          box.scrollTop = scrollTopFor(box, body, line(), stored);
          if (box.scrollTop <= 0) return;
          restoredAt = box.scrollTop;
          setRestored(true);
        });
      });
    return () => {
      // The reader closing (this runs inside close(), while the overlay is still laid out).
      save();
      cancelAnimationFrame(frame);
      listeners.abort();
    };
  }, [painted]);

  const dismiss = useCallback(() => forget.current(), []);
  const startOver = useCallback(() => {
    forget.current();
    scroller.current?.scrollTo({ top: 0 });
  }, []);
  return { restored, dismiss, startOver };
}
