/**
 * Reads the date line of non-RFI feedx items, each publisher in its own format
 * (test/fixtures/feedx/README.md), into ISO 8601 with an offset, or a bare date
 * when the publisher gives no time.
 */
import { wallClockToIso } from '../../shared/zoned-time';

/**
 * Zones assumed for dates written without one, by publisher host.
 * cn.nytimes.com writes Beijing time: `2020-08-10 09:42:48` was crawled at 01:44 UTC.
 */
const assumedZones: readonly [RegExp, string][] = [
  [/(^|\.)nytimes\.com$/, 'Asia/Shanghai'],
  [/(^|\.)cna\.com\.tw$/, 'Asia/Taipei'],
  [/(^|\.)ft\.com$/, 'Asia/Shanghai'],
];

const zoneFor = (host: string) => assumedZones.find(([re]) => re.test(host))?.[1] ?? 'UTC';

/** Parses a publisher's date text; undefined when it is not a date. */
export function parsePublisherDate(text: string, host: string): string | undefined {
  const t = text.trim();
  // ISO 8601 with a zone (DW, Reuters): keep the instant, shown in UTC.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  // A wall-clock time without a zone (NYT): the publisher's own zone.
  let m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m) {
    const [, year, month, day, hour, minute, second] = m.map(Number);
    return wallClockToIso({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second || 0 }, zoneFor(host));
  }
  // A date alone (BBC `2020年 7月 17日`): no time to invent.
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  // RFC 2822 (VOA `Thu, 13 Aug 2020 21:35:27 GMT`).
  if (/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|UTC|[+-]\d{4})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  return undefined;
}
