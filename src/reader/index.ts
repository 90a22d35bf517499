/**
 * Reader bundle entry, injected by the background when the user asks for the
 * reader (src/background/toggle-reader.ts). The background injects it once per
 * page; later clicks call the controller it leaves in this content-script world.
 */
// First, so that the settings read it starts overlaps the rest of the bundle's start (reader-settings.ts).
import './reader-settings';
import { mark, READER_MARKS } from './perf-marks';
import { createReaderController, type ReaderController } from './reader-controller';

// One mark per evaluation of this bundle: tests count them to prove it is injected once.
mark(READER_MARKS.injected);

declare global {
  // The content-script world is the extension's own: the page cannot see this.
  var __liseuseReader: ReaderController | undefined;
}

// A guard against double injection: a second copy reuses the first controller.
globalThis.__liseuseReader ??= createReaderController();
globalThis.__liseuseReader.toggle();
