/**
 * The settings as the reader world knows them, so the overlay mounts once, with
 * the user's settings, and is visible in its first frame. The first read starts
 * as this module loads, first of the bundle (src/reader/index.ts), and runs while
 * the rest of the bundle starts and the page is extracted (started from the first
 * open instead, Firefox still kept the reader waiting for it). After it, a copy
 * kept current by storage change events lets every later open mount at once.
 *
 * The first read is one message to the background, which answers with the
 * settings and the interface strings (src/background/reader-setup.ts): the
 * storage and i18n APIs are not touched in this world before the first paint.
 * Change events are followed from just after it (followSettingChanges), with one
 * more read then, so a change made meanwhile is not missed. If the background
 * does not answer, storage is read here instead.
 * Mounting first and applying the settings later would lay the article out twice.
 */
import browser from '../shared/browser';
import type { ReaderSetupMessage, ReaderSetupReply } from '../shared/messages';
import { defaults, normalise, settings, type Settings } from '../shared/settings';
import { provideStrings } from './strings';

/** How long an open waits for storage before it shows the reader with the defaults. */
const PATIENCE_MS = 500;

let known: Settings | undefined;
let reading: Promise<Settings> | undefined;
let following = false;
const listeners = new Set<(s: Settings) => void>();

/** The settings and strings from the background; the settings alone from storage if it cannot answer. */
async function firstRead(): Promise<Settings> {
  let reply: ReaderSetupReply | undefined;
  try {
    const message: ReaderSetupMessage = { type: 'liseuse:reader-setup' };
    reply = (await browser.runtime.sendMessage(message)) as ReaderSetupReply | undefined;
  } catch {
    // Read below, here.
  }
  if (typeof reply !== 'object' || reply === null) return settings.get();
  provideStrings(reply.strings, reply.locale);
  // The reply's own settings are checked again: what is stored may come from another version.
  return typeof reply.settings === 'object' && reply.settings !== null ? normalise(reply.settings) : defaults;
}

/** Starts reading the settings (once per world). */
function startReading(): Promise<Settings> {
  reading ??= new Promise<Settings>((resolve) => {
    let given = false;
    const done = (s: Settings) => {
      if (given) return;
      given = true;
      clearTimeout(patience);
      resolve(s);
    };
    // A profile whose storage fails or stalls still gets a reader, with the defaults.
    const patience = setTimeout(() => done(known ?? defaults), PATIENCE_MS);
    firstRead().then(
      (s) => {
        // Anything known by now (a change event) is newer than this answer.
        if (known) return done(known);
        // Too late for the open, which shows the defaults: the overlay is told.
        if (given) return update(s);
        known = s;
        done(s);
      },
      () => done(known ?? defaults),
    );
  });
  return reading;
}

/** The settings now when already known, else a promise of them (the defaults after PATIENCE_MS). */
export function readerSettings(): Settings | Promise<Settings> {
  return known ?? startReading();
}

/** Whether two settings are alike; the voice map is compared by content (storage answers with a new object each time). */
const same = (a: Settings, b: Settings) =>
  (Object.keys(defaults) as (keyof Settings)[]).every((k) => a[k] === b[k] || JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** Takes `s` as the current settings and tells the open overlay, if they changed. */
function update(s: Settings): void {
  if (known && same(known, s)) return;
  known = s;
  for (const listener of listeners) listener(s);
}

/**
 * Follows changes made on the options page or in a reader in another tab (once
 * per world), then reads the settings once more. Called once the reader is first
 * painted (src/reader/reader-controller.ts). The listener lives in the
 * extension's world, not on the page, and goes with it. Without change events the
 * reader still opens, with the settings it has.
 */
export function followSettingChanges(): void {
  if (following) return;
  following = true;
  try {
    settings.onChanged(update);
    settings.get().then(update, () => undefined);
  } catch (error) {
    console.warn('Liseuse will not follow setting changes made elsewhere:', error);
  }
}

/**
 * Records a change made in this reader's toolbar (which stores it too), so that
 * a change back made elsewhere before storage reports ours is still news.
 */
export function noteReaderSettingsChange(changes: Partial<Settings>): void {
  known = { ...(known ?? defaults), ...changes };
}

/** Calls `listener` with the settings each time they change (the open overlay: src/shared/use-settings.ts); returns the unsubscribe. */
export function onReaderSettingsChanged(listener: (s: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

startReading();
