/**
 * Whether the reader's first frame has been painted: false while it is
 * rendered, true from just after. What is not needed to start reading (the
 * toolbar's setting controls, the reading time) is rendered then, one frame
 * later, so that the article's text is painted sooner (README, Performance).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { afterNextPaint } from '../perf-marks';

/**
 * The page's `painted` mark (perf-marks.ts) asked for its frame earlier, so its
 * task runs before this re-render, which the mark would otherwise count.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  // Preact ignores the state of a reader closed before its first paint.
  useLayoutEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
