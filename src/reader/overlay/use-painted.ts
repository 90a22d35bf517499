/**
 * Whether the reader's first frame has been painted: false while it is
 * rendered, true from just after. What is not needed to start reading (the
 * toolbar's setting controls, the reading time, the related links) is rendered
 * then, one frame later, so that the article's text is painted sooner
 * (docs/performance.md).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { afterNextPaint } from '../perf-marks';

/**
 * The page's `painted` mark (perf-marks.ts) asked for its frame earlier, so its
 * task runs before this re-render, which the mark would otherwise count.
 * Printing before that frame renders it all at once, as insert-body.ts puts in
 * the whole body: Preact renders in a microtask, before the print is laid out.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useLayoutEffect(() => {
    const listeners = new AbortController();
    const show = () => {
      listeners.abort();
      setPainted(true);
    };
    window.addEventListener('beforeprint', show, { signal: listeners.signal });
    // A reader closed before its first paint has aborted: nothing more is rendered.
    afterNextPaint(() => !listeners.signal.aborted && show());
    return () => listeners.abort();
  }, []);
  return painted;
}
