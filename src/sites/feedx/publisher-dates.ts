/**
 * The dates of non-RFI feedx items, each publisher in its own format
 * (test/fixtures/feedx/README.md), as ISO 8601 with an offset, or a bare date
 * when the publisher gives no time. The zone of zone-less times is the
 * publisher's (publishers.ts says which one was assumed, and why).
 */
import { wallClockToIso } from '../../shared/zoned-time';

/** An instant as ISO 8601 in UTC, the zone the publisher wrote it in. */
const utcIso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** Parses a publisher's date text; undefined when it is not a date. `timeZone` applies to zone-less times. */
export function parsePublisherDate(text: string, timeZone = 'UTC'): string | undefined {
  const t = text.trim();
  // ISO 8601 with a zone (DW, Reuters): keep the instant, in UTC.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : utcIso(ms);
  }
  // A wall-clock time without a zone (NYT): the publisher's own zone.
  let m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m) {
    const [, year, month, day, hour, minute, second] = m.map(Number);
    return wallClockToIso({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second || 0 }, timeZone);
  }
  // A date alone (BBC `2020年 7月 17日`): no time to invent, so no zone either.
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  // RFC 2822 (VOA `Thu, 13 Aug 2020 21:35:27 GMT`).
  if (/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|UTC|[+-]\d{4})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : utcIso(ms);
  }
  return undefined;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The Economist: no header, but a `time[datetime]` in an aside, taken out. Its
 * midnight-UTC value is the print edition's date, not an instant: kept as a date.
 */
export function printEditionDate(root: Element): string | undefined {
  const time = root.querySelector('time[datetime]');
  const value = time?.getAttribute('datetime') ?? '';
  const published = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/.test(value) ? value.slice(0, 10) : parsePublisherDate(value);
  if (!time || !published) return undefined;
  (time.closest('aside') ?? time).remove();
  return published;
}

/**
 * CNA: the day at the end of the text in the Republic of China calendar (1912 =
 * year 1), `（編輯：管中維）1090822` = 2020-08-22, as an ISO date; the text stays.
 */
export function rocTrailerDate(root: Element): string | undefined {
  const last = Array.from(root.querySelectorAll('p')).at(-1);
  const m = /(1\d{2})(\d{2})(\d{2})\s*$/.exec(squash(last?.textContent));
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]) + 1911, Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
