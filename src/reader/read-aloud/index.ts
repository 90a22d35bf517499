/**
 * Read-aloud bundle entry: the engine (voices, the paragraph queue, the
 * highlight), injected into the reader's content-script world the first time
 * the reader presses "read aloud" (load-read-aloud.ts asks the background,
 * src/background/inject-readability.ts injects this file). Opening the reader
 * never compiles it: the reader bundle keeps only the button and the status line.
 */
import { mark } from '../perf-marks';
import type { ReadAloudBundle } from './load-read-aloud';
import { ReadAloudSession } from './read-aloud-session';

declare global {
  // The content-script world is the extension's own: the page cannot see this.
  var __liseuseReadAloud: ReadAloudBundle | undefined;
}

globalThis.__liseuseReadAloud ??= { ReadAloudSession };
// The e2e test counts this mark to see the file injected on the first press only.
mark('liseuse:read-aloud-injected');
