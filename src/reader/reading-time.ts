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

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const space = /[\s\u00a0]/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** What a character is to the count: a separator, part of a word, a letter or digit of one, or an unspaced-script character. */
const Kind = { Space: 0, Mark: 1, Letter: 2, Unspaced: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** The kind of a non-ASCII code point; the regular expressions run once per distinct one. */
function kindOf(codePoint: number, seen: Map<number, Kind>): Kind {
  let kind = seen.get(codePoint);
  if (kind === undefined) {
    const ch = String.fromCodePoint(codePoint);
    kind = unspaced.test(ch) ? Kind.Unspaced : space.test(ch) ? Kind.Space : letterOrDigit.test(ch) ? Kind.Letter : Kind.Mark;
    seen.set(codePoint, kind);
  }
  return kind;
}

/**
 * Unspaced-script characters, and words: runs between whitespace (unspaced
 * characters count as whitespace) holding at least one letter or digit. One pass
 * without allocating a string per word, which splitting the text does, slowly.
 */
function countText(text: string): { characters: number; words: number } {
  const seen = new Map<number, Kind>();
  let characters = 0;
  let words = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind: Kind;
    if (c < 128) {
      const lower = c | 32;
      kind = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) ? Kind.Letter : c === 32 || (c >= 9 && c <= 13) ? Kind.Space : Kind.Mark;
    } else {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      kind = kindOf(codePoint, seen);
    }
    if (kind === Kind.Unspaced) characters++;
    if (kind === Kind.Space || kind === Kind.Unspaced) {
      if (hasLetter) words++;
      inWord = hasLetter = false;
    } else {
      inWord = true;
      if (kind === Kind.Letter) hasLetter = true;
    }
  }
  if (inWord && hasLetter) words++;
  return { characters, words };
}

/**
 * Text beyond this length is not counted but extrapolated from its first part:
 * 8,000 characters are five minutes of reading or more, plenty to know the text's
 * mix of words and characters, and counting a long page whole (cold code in each
 * page's new world) kept the first paint waiting. A native regular-expression
 * count is slower.
 */
const COUNTED_CHARS = 8_000;

/** Estimated whole minutes (at least 1) to read `text`, written in BCP 47 `lang`. */
export function readingMinutes(text: string, lang: string): number {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  // Latin words inside Chinese text (names, acronyms) are read as words.
  const { characters, words } = countText(text.length > COUNTED_CHARS ? text.slice(0, COUNTED_CHARS) : text);
  const scale = Math.max(1, text.length / COUNTED_CHARS);
  const wpm = primary === 'fa' ? persianWpm : (wordsPerMinute[primary] ?? fallbackWpm);
  const cpm = charactersPerMinute[primary] ?? charactersPerMinute.zh!;
  return Math.max(1, Math.round(scale * (characters / cpm + words / wpm)));
}
