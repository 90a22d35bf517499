/**
 * Puts the sanitised body in the overlay (src/reader/pipeline/body-parts.ts): its first
 * part at once, before the first paint; the others in the tasks that follow, a
 * few milliseconds of work each, so that scrolling and keys are never held up
 * while they go in. Printing first takes in whatever is left. While parts are
 * missing the body is `aria-busy`, so assistive technologies (and the tests)
 * wait for the whole of it; `liseuse:complete` marks when it is all in.
 */
import type { BodyParts } from '../pipeline/body-parts';
import { mark, READER_MARKS } from '../perf-marks';

/** Work per task, in ms: well under a frame, so input is answered at once. */
const TASK_BUDGET_MS = 8;

/**
 * Shows `parts` in `target`; returns a function that stops an insertion still
 * under way (the reader closed). `signal`, the overlay's lifetime, stops it too:
 * a cleanup higher up that throws keeps Preact from unmounting the body, and the
 * parts still to come would keep the closed overlay alive. `onError` hears of a
 * part that failed, after which no more parts go in.
 */
export function insertBody(target: Element, parts: BodyParts, onError: (error: unknown) => void, signal?: AbortSignal): () => void {
  if (signal?.aborted) return () => undefined;
  parts.showFirst(target);
  if (parts.done) {
    mark(READER_MARKS.complete);
    return () => undefined;
  }
  target.setAttribute('aria-busy', 'true');
  const listeners = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    listeners.abort();
  };
  /** Shows parts for up to `budget` ms; true once none are left (or one failed). */
  const run = (budget: number): boolean => {
    const start = performance.now();
    try {
      while (parts.showNext(target)) if (performance.now() - start >= budget) return false;
    } catch (error) {
      onError(error);
    }
    stop();
    target.removeAttribute('aria-busy');
    mark(READER_MARKS.complete);
    return true;
  };
  const more = () => {
    if (!run(TASK_BUDGET_MS)) timer = setTimeout(more, 0);
  };
  // The other parts wait until the first frame is painted: a task queued before
  // it would delay it. requestAnimationFrame runs just before that paint; the
  // reader's own `painted` mark (perf-marks.ts, asked for before mounting) queues
  // its task from there first, and the parts start one task later still.
  frame = requestAnimationFrame(() => (timer = setTimeout(() => (timer = setTimeout(more, 0)), 0)));
  // Printing in the first moments must not print half an article.
  window.addEventListener('beforeprint', () => run(Infinity), { signal: listeners.signal });
  signal?.addEventListener('abort', stop, { signal: listeners.signal });
  return stop;
}
