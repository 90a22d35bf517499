/**
 * The settings as the reader world knows them, so the overlay mounts once, with
 * the user's settings, and is visible in its first frame. The first read starts
 * as this module loads, first of the bundle (src/reader/index.ts), and runs while
 * the rest of the bundle starts and the page is extracted: started from the first
 * open instead, Firefox still kept the reader waiting 2 to 4 ms for it (npm run
 * bench, 2026-11-26). After it, a copy kept current by storage change events lets
 * every later open mount at once.
 *
 * Mounting first and applying the settings when storage answered (as before)
 * painted an invisible overlay, then laid the article out a second time when
 * the stored text size or width differed from the defaults.
 */
import { defaults, settings, type Settings } from '../shared/settings';

/** How long an open waits for storage before it shows the reader with the defaults. */
const PATIENCE_MS = 500;

let known: Settings | undefined;
let reading: Promise<Settings> | undefined;

/** Starts reading the settings (once per world) and following their changes. */
function startReading(): Promise<Settings> {
  reading ??= new Promise<Settings>((resolve) => {
    const done = (s: Settings) => {
      clearTimeout(patience);
      resolve(s);
    };
    // A profile whose storage fails or stalls still gets a reader, with the defaults.
    const patience = setTimeout(() => done(known ?? defaults), PATIENCE_MS);
    settings.get().then(
      (s) => done((known ??= s)),
      () => done(known ?? defaults),
    );
    // Follows changes made on the options page or in a reader in another tab. The
    // listener lives in the extension's world, not on the page, and goes with it.
    // Without change events the reader still opens, with the settings read now.
    try {
      settings.onChanged((s) => {
        known = s;
      });
    } catch (error) {
      console.warn('Liseuse will not follow setting changes made elsewhere:', error);
    }
  });
  return reading;
}

/** The settings now when already known, else a promise of them (the defaults after PATIENCE_MS). */
export function readerSettings(): Settings | Promise<Settings> {
  return known ?? startReading();
}

startReading();
