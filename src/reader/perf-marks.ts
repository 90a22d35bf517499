/**
 * User Timing marks on the page's own timeline, so that `npm run bench` (and any
 * profiler) can read, from the page, when the reader bundle ran and when the
 * article was painted. Marks are not DOM: the page's markup stays untouched.
 * Only the latest open's marks are kept, so 200 open/close cycles leave no trail.
 */

/** The marks the reader sets, in the order it sets them. */
export const READER_MARKS = {
  /** The reader bundle was evaluated (once per injection: the bench and tests count these). */
  injected: 'liseuse:injected',
  /** Readability was evaluated (src/readability/index.ts): only on pages that need it, once. */
  readabilityInjected: 'liseuse:readability-injected',
  /** A Chinese converter file was evaluated (src/reader/chinese-script/to-*.ts): only when a reader first converts. */
  chineseInjected: 'liseuse:chinese-injected',
  /** A click reached the controller and it began to open. */
  open: 'liseuse:open',
  /** Extraction and sanitising are done. */
  extracted: 'liseuse:extracted',
  /** The settings are known (src/reader/reader-settings.ts); at once on later opens. */
  settings: 'liseuse:settings',
  /** The overlay is in the page. */
  mounted: 'liseuse:mounted',
  /**
   * The first animation frame after the overlay went in began (its
   * requestAnimationFrame callback). That frame's style, layout and paint come
   * after it: `painted`, which the bench holds to the budgets, is later.
   */
  frame: 'liseuse:frame',
  /** The first frame after the overlay went in has been painted. */
  painted: 'liseuse:painted',
  /** The whole body is in the overlay (later than `painted` for a huge article: overlay/insert-body.ts). */
  complete: 'liseuse:complete',
} as const;

const perOpen = [
  READER_MARKS.open,
  READER_MARKS.extracted,
  READER_MARKS.settings,
  READER_MARKS.mounted,
  READER_MARKS.frame,
  READER_MARKS.painted,
  READER_MARKS.complete,
];

/** Sets `name` now; never throws (a page may have replaced or broken its timeline). */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Timing is for measuring only; the reader must open regardless.
  }
}

/** Counts opens, so that a previous open's late `painted` mark is never set after a new open began. */
let opens = 0;

/** Clears the previous open's marks and sets `liseuse:open`. */
export function markOpen(): void {
  opens++;
  try {
    for (const name of perOpen) performance.clearMarks(name);
  } catch {
    // As in mark().
  }
  mark(READER_MARKS.open);
}

/**
 * Runs `then` in the first task after the next frame is painted, and `atFrame`
 * as that frame begins: requestAnimationFrame runs just before that frame's
 * paint, and a message posted from it is handled just after. Not a timer:
 * Chromium runs timers queued there behind other work, which the mark would count as ours.
 */
export function afterNextPaint(then: () => void, atFrame?: () => void): void {
  requestAnimationFrame(() => {
    atFrame?.();
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      then();
    });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

/** Sets `liseuse:frame` as the frame showing the overlay begins, and `liseuse:painted` once it has been painted (afterNextPaint). */
export function markPaintedAfterNextFrame(): void {
  const open = opens;
  // A quick close and reopen (200 cycles in test/e2e/robustness.e2e.test.ts) can
  // start the next open before this frame: its mark would then belong to no open.
  afterNextPaint(
    () => open === opens && mark(READER_MARKS.painted),
    () => open === opens && mark(READER_MARKS.frame),
  );
}
