/** Reading time per language: Chinese by characters, Persian calibrated, others by words. */
import { describe, expect, it } from 'vitest';
import { persianWpm, readingMinutes, wordsPerMinute } from '../../src/reader/reading-time';

const words = (n: number, word = 'mot') => Array.from({ length: n }, () => word).join(' ');

describe('readingMinutes', () => {
  it('extrapolates a very long text from its first 8,000 characters, as if it had counted it all', () => {
    expect(Math.abs(readingMinutes(words(228 * 300), 'en') - 300)).toBeLessThanOrEqual(1);
    expect(readingMinutes('中文'.repeat(255 * 50), 'zh-Hans')).toBe(100);
  });
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
  it('counts a word only where it holds a letter or digit, at any whitespace, astral characters included', () => {
    // 228 words a minute in English: 228 × 2 counted words are 2 minutes, 228 × 3 are 3.
    const unit = 'a\u00a0b — c,\td\n 12 ! e’f'; // a, b, c,, d, 12, e’f: six words; — and ! are not words
    expect(readingMinutes(Array.from({ length: 114 }, () => unit).join(' '), 'en')).toBe(3);
    // Supplementary-plane Han (U+20000) counts as characters, like the basic plane.
    expect(readingMinutes('\u{20000}'.repeat(255 * 2), 'zh-Hans')).toBe(2);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('Bref.', 'fr')).toBe(1);
  });
});
