/** Reading time per language: Chinese by characters, Persian calibrated, others by words. */
import { describe, expect, it } from 'vitest';
import { persianWpm, readingMinutes, wordsPerMinute } from '../../src/reader/reading-time';

const words = (n: number, word = 'mot') => Array.from({ length: n }, () => word).join(' ');

describe('readingMinutes', () => {
  it('counts English and French words at their own speeds', () => {
    expect(readingMinutes(words(228 * 3), 'en')).toBe(3);
    expect(readingMinutes(words(195 * 3), 'fr')).toBe(3);
    expect(readingMinutes(words(228 * 3), 'fr')).toBe(4);
  });
  it('counts Chinese by characters (255 a minute), not by its few spaces', () => {
    const text = '法国国际广播电台报道。'.repeat(102); // 1020 Han characters, 102 full stops
    expect(readingMinutes(text, 'zh-Hans')).toBe(4);
    expect(readingMinutes(text, 'zh-Hant')).toBe(4);
  });
  it('adds Latin words inside Chinese text as words', () => {
    expect(readingMinutes(`${'中'.repeat(255)} ${words(400, 'RFI')}`, 'zh-Hans')).toBe(3);
  });
  it('gives Persian its own calibrated speed, not English speed', () => {
    expect(persianWpm).toBeLessThan(wordsPerMinute.en!);
    expect(persianWpm).toBeGreaterThan(wordsPerMinute.ar!);
    const text = words(persianWpm * 4, 'می‌شود');
    expect(readingMinutes(text, 'fa')).toBe(4);
    expect(readingMinutes(text, 'en')).toBe(3);
  });
  it('keeps a zero-width non-joiner inside a Persian word', () => {
    expect(readingMinutes(words(persianWpm * 2, 'می‌شود'), 'fa')).toBe(readingMinutes(words(persianWpm * 2, 'شود'), 'fa'));
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('Bref.', 'fr')).toBe(1);
  });
});
