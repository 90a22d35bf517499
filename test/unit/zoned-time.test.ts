import { describe, expect, it } from 'vitest';
import { instantToIso, wallClockToIso } from '../../src/shared/zoned-time';

describe('Paris wall-clock time to ISO 8601 with offset', () => {
  it('uses summer time in September (the seed: 19:25 Paris = 17:25 UTC)', () => {
    const iso = wallClockToIso({ year: 2023, month: 9, day: 28, hour: 19, minute: 25 }, 'Europe/Paris');
    expect(iso).toBe('2023-09-28T19:25:00+02:00');
    expect(new Date(iso).toISOString()).toBe('2023-09-28T17:25:00.000Z');
  });
  it('uses winter time in January', () => {
    expect(wallClockToIso({ year: 2024, month: 1, day: 31, hour: 8, minute: 5 }, 'Europe/Paris')).toBe('2024-01-31T08:05:00+01:00');
  });
  it('settles times right after the spring change', () => {
    expect(wallClockToIso({ year: 2024, month: 3, day: 31, hour: 3, minute: 30 }, 'Europe/Paris')).toBe('2024-03-31T03:30:00+02:00');
  });
  it('writes an instant as Paris time', () => {
    expect(instantToIso(Date.UTC(2023, 8, 28, 17, 25), 'Europe/Paris')).toBe('2023-09-28T19:25:00+02:00');
    expect(instantToIso(Date.UTC(2023, 8, 28, 17, 25), 'UTC')).toBe('2023-09-28T17:25:00+00:00');
  });
});
