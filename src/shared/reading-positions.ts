/**
 * Where the reader was in each article, in `storage.local` (this device only,
 * never synced): one key per article, `position:` + its original address, so a
 * save writes one small entry. Only the most recent MAX_POSITIONS are kept: the
 * first save of an article drops the oldest beyond that. Written by the
 * background (src/background/reading-positions.ts) for the readers, cleared from
 * the options page.
 */
import browser from './browser';
import type { StoredPosition } from './messages';
import { asPosition } from './stored-position';

export { asPosition };

/** How many articles' positions are kept. */
export const MAX_POSITIONS = 300;

const PREFIX = 'position:';

/** A stored entry: the position and when it was saved (ms since the epoch). */
interface Entry extends StoredPosition {
  at: number;
}

/** The subset of `browser.storage.local` this module uses; tests pass an in-memory one. */
export interface PositionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * The key of an article: its address without the fragment or `utm_*` tracking
 * parameters, so a link shared from a newsletter finds the same place. Undefined
 * for anything but a web address.
 */
export function positionKey(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (/^utm_/i.test(name)) u.searchParams.delete(name);
  return PREFIX + u.href;
}

/** Reading positions over one storage area. */
export interface PositionStore {
  /** The position saved for `url`, if any. */
  get(url: string): Promise<StoredPosition | undefined>;
  /** Saves `position` for `url` (or forgets it when absent: the reader is back at the top). */
  save(url: string, position: StoredPosition | undefined): Promise<void>;
  /** Forgets every position; resolves to how many there were. */
  clear(): Promise<number>;
}

/** A store over `area`; `now` gives the time (tests pass their own). */
export function createPositionStore(area: PositionArea, now: () => number = Date.now): PositionStore {
  /** Keys saved since this store was made: only a new article's first save can go over the bound. */
  const seen = new Set<string>();
  const all = async () => Object.entries(await area.get(null)).filter(([key]) => key.startsWith(PREFIX));
  const dropOldest = async () => {
    const entries = await all();
    if (entries.length <= MAX_POSITIONS) return;
    const at = (v: unknown) => (typeof v === 'object' && v !== null && typeof (v as Entry).at === 'number' ? (v as Entry).at : 0);
    entries.sort((a, b) => at(b[1]) - at(a[1]));
    await area.remove(entries.slice(MAX_POSITIONS).map(([key]) => key));
  };
  return {
    async get(url) {
      const key = positionKey(url);
      if (!key) return undefined;
      return asPosition((await area.get(key))[key]);
    },
    async save(url, position) {
      const key = positionKey(url);
      if (!key) return;
      if (!position) return area.remove(key);
      const entry: Entry = { ...position, at: now() };
      await area.set({ [key]: entry });
      if (seen.has(key)) return;
      seen.add(key);
      await dropOldest();
    },
    async clear() {
      const keys = (await all()).map(([key]) => key);
      if (keys.length) await area.remove(keys);
      seen.clear();
      return keys.length;
    },
  };
}

/** The positions in `storage.local`, looked up at each call (see settings.ts's syncArea for why). */
export const readingPositions: PositionStore = createPositionStore({
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
});
