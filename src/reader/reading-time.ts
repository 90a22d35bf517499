/**
 * Estimated reading time, per language: Chinese and Japanese by characters (a word
 * count means nothing in unspaced scripts), other languages by words.
 *
 * Rates are those measured by the International Reading Speed Texts study
 * (Trauzettel-Klosinski & Dietz, IOVS 2012, doi:10.1167/iovs.11-8284), 17 languages
 * with matched texts, which Firefox Reader View uses too. Persian is not among
 * them, and Firefox then falls back to English speed; see `persianWpm`.
 */

/** Words per minute by primary language subtag (IReST means). */
export const wordsPerMinute: Readonly<Record<string, number>> = {
  en: 228,
  fr: 195,
  es: 218,
  pt: 181,
  de: 179,
  it: 188,
  nl: 202,
  ru: 184,
  pl: 166,
  tr: 166,
  fi: 161,
  sv: 218,
  he: 187,
  ar: 138,
};

/**
 * Persian, calibrated from Arabic: IReST measured Arabic, the same script, at
 * 138 wpm. Arabic attaches articles, prepositions and pronouns to the word
 * (وبالكتاب is one word), while Persian writes them apart and often splits verbs
 * and compounds at a space ("می شود"), so the same content counts roughly a
 * third more space-separated words in Persian: 138 × 4/3 ≈ 185 wpm, counted at
 * spaces with the zero-width non-joiner (U+200C) kept inside a word. An estimate,
 * not a measurement: no published Persian silent-reading norm was at hand.
 * TODO(2026-11-27): replace with a measured rate when one is published.
 */
export const persianWpm = 185;

/** Characters per minute for unspaced scripts (IReST: Chinese 255, Japanese 357). */
export const charactersPerMinute: Readonly<Record<string, number>> = { zh: 255, ja: 357 };

/** Speed for languages we have no measurement for: Brysbaert's silent English non-fiction rate, rounded down. */
const fallbackWpm = 200;

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Estimated whole minutes (at least 1) to read `text`, written in BCP 47 `lang`. */
export function readingMinutes(text: string, lang: string): number {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const characters = (text.match(unspaced) ?? []).length;
  // Latin words inside Chinese text (names, acronyms) are read as words.
  const words = text.replace(unspaced, ' ').split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const wpm = primary === 'fa' ? persianWpm : (wordsPerMinute[primary] ?? fallbackWpm);
  const cpm = charactersPerMinute[primary] ?? charactersPerMinute.zh!;
  return Math.max(1, Math.round(characters / cpm + words / wpm));
}
