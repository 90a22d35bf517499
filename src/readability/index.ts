/**
 * Readability bundle entry: Mozilla's Readability, injected into the reader's
 * content-script world only when a page needs it (src/reader/load-readability.ts
 * asks the background, src/background/inject-readability.ts injects this file).
 * rfi.fr articles, feedx items and pages with clear article markup never do, so
 * their reader bundle leaves it out.
 */
import { Readability } from '@mozilla/readability';
import { mark, READER_MARKS } from '../reader/perf-marks';

declare global {
  // The content-script world is the extension's own: the page cannot see this.
  var __liseuseReadability: typeof Readability | undefined;
}

globalThis.__liseuseReadability ??= Readability;
// Tests count this mark to prove the file is injected only where needed, once.
mark(READER_MARKS.readabilityInjected);
