/** Dates for people: the reader's locale and zone with the zone named, relative when recent, Solar Hijri for Persian. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate, relativeDate, solarHijriDate, usesSolarHijri } from '../../src/reader/format-date';

const published = '2023-12-12T13:15:00+01:00'; // the Persian fixture: 13:15 Paris, 12:15 UTC

describe('formatDate', () => {
  it("shows the reader's own time and names the zone", () => {
    expect(formatDate(published, 'en-US', 'UTC')).toBe('December 12, 2023 at 12:15 PM UTC');
    expect(formatDate(published, 'en-US', 'Asia/Tehran')).toBe('December 12, 2023 at 3:45 PM GMT+3:30');
    expect(formatDate(published, 'fr', 'Europe/Paris')).toMatch(/^12 décembre 2023 (à )?13:15 UTC\+1$/);
  });
  it('shows a bare date as that day everywhere, without a time', () => {
    expect(formatDate('2020-07-17', 'en-US', 'Pacific/Honolulu')).toBe('July 17, 2020');
  });
  it('leaves what is not a date as it is', () => {
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
  });
  it('falls back to English for a locale Intl does not accept', () => {
    expect(formatDate(published, 'not a locale!', 'UTC')).toBe('December 12, 2023 at 12:15 PM UTC');
  });
});

describe('formatters', () => {
  const { DateTimeFormat, RelativeTimeFormat } = Intl;
  const made = { dates: 0, relative: 0 };
  beforeEach(() => {
    made.dates = made.relative = 0;
    Object.assign(Intl, {
      DateTimeFormat: class extends DateTimeFormat {
        constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
          super(...args);
          made.dates++;
        }
      },
      RelativeTimeFormat: class extends RelativeTimeFormat {
        constructor(...args: ConstructorParameters<typeof RelativeTimeFormat>) {
          super(...args);
          made.relative++;
        }
      },
    });
    // A fresh module: its formatters from the tests above are not counted.
    vi.resetModules();
  });
  afterEach(() => Object.assign(Intl, { DateTimeFormat, RelativeTimeFormat }));
  const fresh = () => import('../../src/reader/format-date');

  it('are made once per locale and options: a header formats two dates, and again after its first paint', async () => {
    const { formatDate, relativeDate } = await fresh();
    const now = Date.parse('2023-12-12T14:20:00Z');
    for (let i = 0; i < 3; i++) {
      expect(formatDate('2023-12-12T13:15:00Z', 'en-GB', 'Europe/Lisbon')).toBe('12 December 2023 at 13:15 WET');
      expect(formatDate('2023-12-12T14:15:00Z', 'en-GB', 'Europe/Lisbon')).toBe('12 December 2023 at 14:15 WET');
      expect(relativeDate('2023-12-12T14:15:00Z', 'en-GB', now)).toBe('5 minutes ago');
    }
    expect(made).toEqual({ dates: 1, relative: 1 });
    // Other options are another formatter, not the cached one.
    expect(formatDate('2023-12-12T13:15:00Z', 'en-GB', 'Asia/Tehran')).toBe('12 December 2023 at 16:45 GMT+3:30');
    expect(made.dates).toBe(2);
  });
  it("for the reader's own zone, follow a change of its offset", async () => {
    const { formatDate } = await fresh();
    const offset = vi.spyOn(Date.prototype, 'getTimezoneOffset');
    try {
      offset.mockReturnValue(-60);
      formatDate(published, 'en');
      formatDate(published, 'en');
      expect(made.dates).toBe(1);
      offset.mockReturnValue(-120);
      formatDate(published, 'en');
      expect(made.dates).toBe(2);
    } finally {
      offset.mockRestore();
    }
  });
  it('for a locale Intl does not accept, fall back to English once', async () => {
    const { formatDate } = await fresh();
    for (let i = 0; i < 3; i++) expect(formatDate(published, 'not a locale!', 'UTC')).toBe('December 12, 2023 at 12:15 PM UTC');
    expect(made.dates).toBe(1);
  });
});

describe('relativeDate', () => {
  const now = Date.parse('2023-12-12T14:20:00Z');
  it('says how long ago for items of the last day, in the reader’s language', () => {
    expect(relativeDate(published, 'en', now)).toBe('2 hours ago');
    expect(relativeDate('2023-12-12T14:15:00Z', 'en', now)).toBe('5 minutes ago');
    expect(relativeDate('2023-12-12T14:15:00Z', 'fr', now)).toBe('il y a 5 minutes');
    expect(relativeDate(published, 'zh-CN', now)).toBe('2小时前');
  });
  it('is silent for older items, bare dates, and far-future ones', () => {
    expect(relativeDate('2023-12-10T12:00:00Z', 'en', now)).toBeUndefined();
    expect(relativeDate('2023-12-12', 'en', now)).toBeUndefined();
    expect(relativeDate('2023-12-13T12:00:00Z', 'en', now)).toBeUndefined();
  });
  it('reads a publisher clock slightly ahead as just now, not "in 3 minutes"', () => {
    expect(relativeDate('2023-12-12T14:23:00Z', 'en', now)).toBe('this minute');
  });
});

describe('Solar Hijri', () => {
  it('is used for Persian only', () => {
    expect(usesSolarHijri('fa')).toBe(true);
    expect(usesSolarHijri('fa-IR')).toBe(true);
    expect(usesSolarHijri('fr')).toBe(false);
  });
  it('gives the Persian calendar date in Persian digits (21 Azar 1402)', () => {
    expect(solarHijriDate(published, 'Asia/Tehran')).toBe('۲۱ آذر ۱۴۰۲');
  });
  it('follows the reader’s day: 23:30 UTC is already the next day in Tehran', () => {
    expect(solarHijriDate('2023-12-12T23:30:00Z', 'UTC')).toBe('۲۱ آذر ۱۴۰۲');
    expect(solarHijriDate('2023-12-12T23:30:00Z', 'Asia/Tehran')).toBe('۲۲ آذر ۱۴۰۲');
  });
});
