/**
 * Body text compared as a bag of tokens, as article-extraction benchmarks do:
 * words in alphabetic scripts, single characters in Chinese and Japanese (which
 * write no spaces between words). Order and markup do not count, only the text.
 */

const ideographic = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** The tokens of `text`, lower-cased. A zero-width non-joiner stays inside its Persian word. */
export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(ideographic, ' $& ')
      .match(/[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u200c]*[\p{L}\p{M}\p{N}])?/gu) ?? []
  );
}

/** F1 of the tokens of `got` against those of `want`: 1 when both are empty. */
export function tokenF1(got: string, want: string): number {
  const a = tokens(got);
  const b = tokens(want);
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}
