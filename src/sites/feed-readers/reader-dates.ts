/**
 * A feed reader's own date for an item, as ISO 8601 with the zone the reader
 * wrote it in, or a bare date when only the day is certain. Each reader writes it
 * its own way (test/fixtures/feed-readers/README.md, tt-rss/README.md):
 *
 * - `tt-rss`: text only, `Thu, Jan 07 2021 - 9:54`, `Jan 07, 9:54` (this year) or
 *   `9:54` (today), at a fixed offset: the browser's when the user logged in;
 * - `tt-rss-utc`: the same text on the shared-article page, which a visitor without
 *   a session sees in UTC;
 * - `wall-utc`: `datetime="2023-11-25 15:15:01"` (Miniflux): wall time in the user's
 *   zone, which the page does not name; UTC is Miniflux's default;
 * - `iso`: `datetime` with an offset or `Z` (FreshRSS, Nextcloud News);
 * - `posted-day`: `title="…Date posted: 2026-02-03 09:15:00"` (Inoreader): wall time
 *   in the account's zone, which the page does not name: only the day is certain.
 */
import { formatOffset } from '../../shared/zoned-time';

/** How a reader writes its date. */
export type ReaderDateKind = 'tt-rss' | 'tt-rss-utc' | 'wall-utc' | 'iso' | 'posted-day';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** tt-rss's three forms; the fields left out come from `today` (the wall date now, at the offset). */
function ttRssDate(text: string, offsetMinutes: number, now: number): string | undefined {
  const local = new Date(now + offsetMinutes * 60_000);
  const today = { y: local.getUTCFullYear(), mo: local.getUTCMonth() + 1, d: local.getUTCDate() };
  let m = /^(?:[A-Z][a-z]{2}, )?([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) - (\d{1,2}):(\d{2})$/.exec(text);
  let when: { y: number; mo: number; d: number; h: number; mi: number } | undefined;
  if (m) when = { y: Number(m[3]), mo: months.indexOf(m[1]!) + 1, d: Number(m[2]), h: Number(m[4]), mi: Number(m[5]) };
  else if ((m = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{1,2}):(\d{2})$/.exec(text)))
    when = { y: today.y, mo: months.indexOf(m[1]!) + 1, d: Number(m[2]), h: Number(m[3]), mi: Number(m[4]) };
  else if ((m = /^(\d{1,2}):(\d{2})$/.exec(text))) when = { ...today, h: Number(m[1]), mi: Number(m[2]) };
  if (!when || when.mo < 1 || when.h > 23) return undefined;
  return `${when.y}-${pad(when.mo)}-${pad(when.d)}T${pad(when.h)}:${pad(when.mi)}:00${formatOffset(offsetMinutes)}`;
}

/** `Z` or `+00:00` with milliseconds dropped, an offset kept as written. */
function isoDate(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(value.trim());
  if (!m || Number.isNaN(Date.parse(value))) return undefined;
  const time = m[1]!.length === 16 ? `${m[1]}:00` : m[1]!;
  return `${time}${m[2] === 'Z' ? '+00:00' : m[2]}`;
}

/**
 * Reads the date element `el` as a reader of `kind` writes it. `offsetMinutes` is
 * the browser's offset (tt-rss), `now` the time of reading (tt-rss leaves out the
 * year of this year's dates).
 */
export function readerDate(el: Element, kind: ReaderDateKind, offsetMinutes: number, now = Date.now()): string | undefined {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  switch (kind) {
    case 'tt-rss':
      return ttRssDate(text, offsetMinutes, now);
    case 'tt-rss-utc':
      return ttRssDate(text, 0, now);
    case 'wall-utc': {
      const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(el.getAttribute('datetime')?.trim() ?? '');
      return m ? isoDate(`${m[1]}T${m[2]}Z`) : undefined;
    }
    case 'iso':
      return isoDate(el.getAttribute('datetime') ?? '');
    case 'posted-day':
      return /Date posted:\s*(\d{4}-\d{2}-\d{2})\b/.exec(el.getAttribute('title') ?? '')?.[1];
  }
}
