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
import { afterNextPaint } from '../perf-marks';
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

/** Frames a restore may take to settle, and how many it must hold still. */
const SETTLE_FRAMES = 20;
const STILL_FRAMES = 3;

/**
 * Scrolls `box` to `target()`, again after each of the next frames until it
 * stays put, then calls `done`. Blocks far down are laid out only once near the
 * view (reader.css, content-visibility): until then their height is a guess, and
 * the blocks around the place take their real size in the frame's rendering,
 * after its animation-frame callbacks; Chromium does not anchor the scroll
 * through that change (the paragraph ended 800 px off), so each look is taken
 * once the frame is painted.
 */
function settle(box: Element, target: () => number, signal: AbortSignal, done: (settled: boolean) => void): void {
  let frames = 0;
  let still = 0;
  const step = () => {
    if (signal.aborted) return done(false);
    const top = target();
    // Chromium lays out the blocks that came into view a frame or two later still: a place must hold for STILL_FRAMES.
    if (Math.abs(top - box.scrollTop) < 1) still++;
    else still = 0;
    if (still >= STILL_FRAMES || ++frames > SETTLE_FRAMES) return done(true);
    if (still === 0) box.scrollTop = top;
    afterNextPaint(step);
  };
  step();
}

/** How long after a restore an image that loads (or fails) near the place may move it back. */
const HOLD_MS = 4000;

/**
 * Images load after the restore, near the place too: one above it that takes its
 * height moves the text under the reader (the browser's scroll anchoring keeps the
 * image in place, not the paragraph). For HOLD_MS, each image that loads or fails
 * puts the place back, until the reader scrolls, clicks or presses a key.
 */
function holdWhileImagesLoad(box: Element, body: Element, target: () => number, signal: AbortSignal, moved: (top: number) => void): void {
  const hold = new AbortController();
  const timer = setTimeout(() => hold.abort(), HOLD_MS);
  hold.signal.addEventListener('abort', () => clearTimeout(timer));
  signal.addEventListener('abort', () => hold.abort(), { signal: hold.signal });
  const putBack = () =>
    afterNextPaint(() => {
      if (!hold.signal.aborted) settle(box, target, hold.signal, (settled) => settled && moved(box.scrollTop));
    });
  for (const type of ['load', 'error']) body.addEventListener(type, putBack, { capture: true, signal: hold.signal });
}

/** What a reader does to scroll or act: from then on the reader is theirs, and a restore under way stops. */
const INPUT_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'];

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
    // The reader's first scroll, click or key: a restore under way or not yet begun is given up.
    const input = new AbortController();
    for (const type of INPUT_EVENTS) box.addEventListener(type, () => input.abort(), { capture: true, passive: true, signal });
    const yours = AbortSignal.any([signal, input.signal]);
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
          // A reader who has started scrolling is not moved. (Only input says so: on a
          // reload Firefox gives the new scroller the old one's scroll position itself.)
          if (input.signal.aborted) {
            decided = true;
            return;
          }
          const target = () => scrollTopFor(box, body, line(), stored);
          settle(box, target, yours, (settled) => {
            decided = true;
            if (!settled || box.scrollTop <= 0) return;
            restoredAt = box.scrollTop;
            setRestored(true);
            holdWhileImagesLoad(box, body, target, yours, (top) => (restoredAt = top));
          });
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
