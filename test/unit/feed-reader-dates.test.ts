/**
 * A feed reader's own date for an item, in the zone it was written in (docs/feed-readers.md):
 * tt-rss's text at the browser's offset (UTC on a shared page), Miniflux's zone-less
 * wall time (UTC, its default), FreshRSS's and Nextcloud's `datetime`, and only the
 * day of Inoreader's zone-less "Date posted".
 */
import { describe, expect, it } from 'vitest';
import { readerDate } from '../../src/sites/feed-readers/reader-dates';

const el = (text: string, attributes: Record<string, string> = {}) => {
  const e = document.createElement('span');
  e.textContent = text;
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  return e;
};

describe('tt-rss', () => {
  // 2026-03-02 10:00 UTC: 18:00 at +08:00.
  const now = Date.UTC(2026, 2, 2, 10, 0);
  it('another year: the whole date, at the browser offset', () => {
    expect(readerDate(el('Mon, Oct 05 2020 - 22:56'), 'tt-rss', 480, now)).toBe('2020-10-05T22:56:00+08:00');
    expect(readerDate(el('Thu, Jan 07 2021 - 9:54'), 'tt-rss', -300, now)).toBe('2021-01-07T09:54:00-05:00');
  });
  it('this year: the month and day, the year of now at that offset', () => {
    expect(readerDate(el('Jan 07, 9:54'), 'tt-rss', 480, now)).toBe('2026-01-07T09:54:00+08:00');
  });
  it("today: the time alone, on today's date at that offset", () => {
    expect(readerDate(el('9:54'), 'tt-rss', 480, now)).toBe('2026-03-02T09:54:00+08:00');
    // 10:00 UTC is still 1 March at -11:00.
    expect(readerDate(el('9:54'), 'tt-rss', -660, now)).toBe('2026-03-01T09:54:00-11:00');
  });
  it('the shared page, seen without a session: UTC', () => {
    expect(readerDate(el('Thu, Jan 07 2021 - 9:54'), 'tt-rss-utc', 480, now)).toBe('2021-01-07T09:54:00+00:00');
  });
  it('a format the user changed in the preferences: no date rather than a wrong one', () => {
    expect(readerDate(el('07.01.2021 09:54'), 'tt-rss', 480, now)).toBeUndefined();
  });
});

describe('datetime attributes', () => {
  it('Miniflux: wall time without a zone, in UTC (its default user zone)', () => {
    expect(readerDate(el('2 years ago', { datetime: '2023-11-25 15:15:01' }), 'wall-utc', 480)).toBe('2023-11-25T15:15:01+00:00');
  });
  it('FreshRSS: the offset kept as written', () => {
    expect(readerDate(el('', { datetime: '2026-02-03T16:15:00+08:00' }), 'iso', 0)).toBe('2026-02-03T16:15:00+08:00');
  });
  it('Nextcloud News: UTC with milliseconds', () => {
    expect(readerDate(el('', { datetime: '2026-02-03T08:15:00.000Z' }), 'iso', 0)).toBe('2026-02-03T08:15:00+00:00');
  });
  it('Inoreader: the day of "Date posted" only, its zone being unknown', () => {
    const title = 'Date received: 2026-02-03 09:22:00\nDate posted: 2026-02-03 09:15:00';
    expect(readerDate(el('yesterday', { title }), 'posted-day', 0)).toBe('2026-02-03');
  });
});
