/**
 * Reads the date line of non-RFI feedx items, each publisher in its own format
 * (test/fixtures/feedx/README.md), into ISO 8601 with an offset, or a bare date
 * when the publisher gives no time. The zone of zone-less times is the
 * publisher's (src/sites/feedx-publishers.ts says which one was assumed, and why).
 */
import { wallClockToIso } from '../../shared/zoned-time';

/** An instant as ISO 8601 in UTC, the zone the publisher wrote it in. */
const utcIso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** Parses a publisher's date text; undefined when it is not a date. `timeZone` applies to zone-less times. */
export function parsePublisherDate(text: string, timeZone = 'UTC'): string | undefined {
  const t = text.trim();
  // ISO 8601 with a zone (DW, Reuters, The Economist's time[datetime]): keep the instant, in UTC.
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
