/**
 * The reader's settings: defaults, their type, the values each may take, and
 * get/set/onChanged over `storage.sync` (so they follow the user's browser
 * profile to other devices). The overlay's toolbar, the options page and the
 * background all read and write them through this module only.
 *
 * Each setting is stored under its own key, so two tabs changing two different
 * settings at once cannot overwrite each other's change.
 */
import browser from './browser';

/** Text sizes offered, in CSS px at 100 % zoom: twelve steps. */
export const fontSizes = [14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 32] as const;
/** Font families: a serif or a sans-serif face, chosen per script by the overlay's CSS. */
export const fontFamilies = ['serif', 'sans'] as const;
/** Measures: the overlay's CSS turns them into a line length per script. */
export const contentWidths = ['narrow', 'medium', 'wide'] as const;
/** Line spacings: the overlay's CSS scales each script's own line height by them. */
export const lineHeights = ['compact', 'normal', 'loose'] as const;
/** Colour themes; `system` follows prefers-color-scheme (light or dark). */
export const themes = ['system', 'light', 'sepia', 'dark'] as const;
/** Reading-aloud speeds offered, as SpeechSynthesisUtterance.rate (1 is the voice's normal speed). */
export const speechRates = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** How Chinese articles are shown: as written, or always in simplified or traditional characters. */
export const chineseScripts = ['original', 'hans', 'hant'] as const;
/** Whose traditional characters (and words) conversion to traditional follows: Taiwan's, Hong Kong's or OpenCC's standard ones. */
export const chineseVariants = ['tw', 'hk', 'standard'] as const;

/** A font family setting. */
export type FontFamily = (typeof fontFamilies)[number];
/** A content width setting. */
export type ContentWidth = (typeof contentWidths)[number];
/** A line height setting. */
export type LineHeight = (typeof lineHeights)[number];
/** A theme setting. */
export type Theme = (typeof themes)[number];
/** A Chinese script setting. */
export type ChineseScriptSetting = (typeof chineseScripts)[number];
/** A traditional-Chinese variant setting. */
export type ChineseVariant = (typeof chineseVariants)[number];

/** What a new user gets. */
export const defaults = {
  fontSize: 20 as number,
  fontFamily: 'serif' as FontFamily,
  contentWidth: 'medium' as ContentWidth,
  lineHeight: 'normal' as LineHeight,
  theme: 'system' as Theme,
  /** Open the reader when an RFI article (or its feedx copy) loads; off by default. */
  autoOpen: false as boolean,
  /** Reading-aloud speed, one of speechRates. */
  speechRate: 1 as number,
  /**
   * The reading-aloud voice chosen per language (key: src/reader/read-aloud/speech-language.ts,
   * e.g. `fr`, `zh-Hant`), as the browser's voiceURI; a language without one gets the best match.
   */
  speechVoices: {} as Readonly<Record<string, string>>,
  /** Chinese articles shown in the script they are written in unless the user asks (docs/chinese-and-position.md). */
  chineseScript: 'original' as ChineseScriptSetting,
  /** Taiwan's: most readers of RFI's traditional edition are there (docs/chinese-and-position.md). */
  chineseVariant: 'tw' as ChineseVariant,
};

/** All settings. */
export type Settings = typeof defaults;

/** The subset of `browser.storage.sync` this module uses; tests pass an in-memory one. */
export interface SettingsArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T | undefined =>
    values.includes(v as T) ? (v as T) : undefined;

/** The closest offered size, so a size from another version still lands on a step. */
export function nearestFontSize(px: number): number {
  return fontSizes.reduce((best, s) => (Math.abs(s - px) < Math.abs(best - px) ? s : best), fontSizes[0]);
}

/** At most this many languages with a chosen voice: storage.sync allows 8 KB per item. */
export const MAX_SPEECH_VOICES = 40;

/**
 * The voice map when every key is a language key and every value a voiceURI of
 * sane length; the same object, so that set() can tell it is valid.
 */
function speechVoicesOf(v: unknown): Settings['speechVoices'] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v);
  const valid =
    entries.length <= MAX_SPEECH_VOICES &&
    entries.every(([key, uri]) => /^[a-z]{2,3}(-Han[st])?$/.test(key) && typeof uri === 'string' && uri.length > 0 && uri.length <= 200);
  return valid ? (v as Settings['speechVoices']) : undefined;
}

const validators: { [K in keyof Settings]: (v: unknown) => Settings[K] | undefined } = {
  fontSize: (v) => (typeof v === 'number' && Number.isFinite(v) ? nearestFontSize(v) : undefined),
  fontFamily: oneOf(fontFamilies),
  contentWidth: oneOf(contentWidths),
  lineHeight: oneOf(lineHeights),
  theme: oneOf(themes),
  autoOpen: (v) => (typeof v === 'boolean' ? v : undefined),
  speechRate: (v) => (speechRates.includes(v as (typeof speechRates)[number]) ? (v as number) : undefined),
  speechVoices: speechVoicesOf,
  chineseScript: oneOf(chineseScripts),
  chineseVariant: oneOf(chineseVariants),
};

const settingNames = Object.keys(defaults) as (keyof Settings)[];

/** Settings from stored values: each valid value kept, anything else replaced by its default. */
export function normalise(stored: Record<string, unknown>): Settings {
  const out = { ...defaults } as Record<keyof Settings, unknown>;
  for (const name of settingNames) {
    const value = validators[name](stored[name]);
    if (value !== undefined) out[name] = value;
  }
  return out as Settings;
}

/** What a migration asks for: values to store and keys to delete. */
export interface MigrationResult {
  changed: Record<string, unknown>;
  removed: string[];
}

/**
 * Dated migrations, oldest first, run on every read over what is stored (they
 * must be idempotent: a profile synced from an older version may bring old values
 * back at any time). Add one when a setting is renamed or its values change.
 */
export const migrations: readonly { date: string; why: string; run(stored: Record<string, unknown>): MigrationResult }[] = [
  {
    date: '2026-11-27',
    why: 'drop keys that are no settings (left by removed settings); storage.sync allows 100 KB and 512 items per extension',
    run: (stored) => ({ changed: {}, removed: Object.keys(stored).filter((k) => !(k in defaults)) }),
  },
];

/** Runs every migration over `stored`; returns what to write back. */
export function migrate(stored: Record<string, unknown>): MigrationResult {
  const current = { ...stored };
  const result: MigrationResult = { changed: {}, removed: [] };
  for (const m of migrations) {
    const { changed, removed } = m.run(current);
    Object.assign(current, changed);
    Object.assign(result.changed, changed);
    for (const key of removed) {
      delete current[key];
      delete result.changed[key];
      if (key in stored) result.removed.push(key);
    }
  }
  return result;
}

/** Settings read and written through one storage area. */
export interface SettingsStore {
  /** The current settings, stored values migrated and validated. */
  get(): Promise<Settings>;
  /** Stores the given settings (invalid values are refused with an error). */
  set(changes: Partial<Settings>): Promise<void>;
  /** Calls `listener` with the full settings whenever any of them changes; returns the unsubscribe. */
  onChanged(listener: (settings: Settings) => void): () => void;
}

/** A store over `area`; `subscribe` delivers the area's change events. */
export function createSettingsStore(area: SettingsArea, subscribe: (onChange: () => void) => () => void): SettingsStore {
  const get = async () => {
    const stored = await area.get(null);
    const { changed, removed } = migrate(stored);
    if (Object.keys(changed).length) await area.set(changed);
    if (removed.length) await area.remove(removed);
    const current = { ...stored, ...changed };
    for (const key of removed) delete current[key];
    return normalise(current);
  };
  return {
    get,
    async set(changes) {
      for (const [name, value] of Object.entries(changes)) {
        if (!(name in validators) || validators[name as keyof Settings](value) !== value) {
          throw new Error(`invalid setting ${name}: ${JSON.stringify(value)}`);
        }
      }
      await area.set(changes);
    },
    onChanged(listener) {
      return subscribe(() => {
        get().then(listener, () => undefined);
      });
    },
  };
}

/**
 * `storage.sync`, looked up at each call rather than when this module loads: in
 * Firefox a content script's first use of an API namespace sets it up, a few ms
 * the reader keeps out of its first paint (src/reader/reader-settings.ts).
 */
const syncArea: SettingsArea = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
};

/** The settings in `storage.sync`. */
export const settings: SettingsStore = createSettingsStore(syncArea, (onChange) => {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'sync') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
});
