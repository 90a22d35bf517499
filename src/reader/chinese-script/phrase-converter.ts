/**
 * OpenCC's conversion, over OpenCC's own dictionaries (the `opencc-js` package's
 * copies, `|`-separated "phrase replacement…" entries) and its configurations
 * (normalisation, segmentation, then a chain of dictionary groups, each matched
 * longest first), with plain Maps instead of opencc-js's trie of Maps: building
 * that trie for Taiwan's configuration took about 170 ms and held 42 MB of heap
 * in Node (2026-12-02), once per page; these tables take a few MB and build in a
 * fraction of the time. test/unit/chinese-convert.test.ts checks that both agree
 * on the fixtures' text.
 */

/** One OpenCC configuration, as opencc-js's presets give them (`configs.s2twp`, …). */
export interface OpenccConfig {
  normalizationChain?: readonly (readonly string[])[];
  segmentation?: string | readonly string[];
  conversionChain: readonly (readonly string[])[];
}

/** A dictionary group: its phrases, and how long the longest is for each first code unit. */
interface PhraseTable {
  phrases: Map<string, string>;
  longest: Map<number, number>;
}

/**
 * The group's dictionaries merged; where two have the same phrase, the first
 * dictionary's replacement wins, as in OpenCC. Of several replacements the
 * first is taken.
 */
function tableOf(dicts: readonly string[]): PhraseTable {
  const phrases = new Map<string, string>();
  const longest = new Map<number, number>();
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space <= 0) continue;
      const phrase = entry.slice(0, space);
      if (phrases.has(phrase)) continue;
      const next = entry.indexOf(' ', space + 1);
      phrases.set(phrase, entry.slice(space + 1, next < 0 ? undefined : next));
      const first = phrase.charCodeAt(0);
      if ((longest.get(first) ?? 0) < phrase.length) longest.set(first, phrase.length);
    }
  }
  return { phrases, longest };
}

/** The longest phrase of `table` at `text[i]`: its length and replacement, or undefined. */
function matchAt(table: PhraseTable, text: string, i: number): [number, string] | undefined {
  for (let length = Math.min(table.longest.get(text.charCodeAt(i)) ?? 0, text.length - i); length > 0; length--) {
    const replacement = table.phrases.get(text.slice(i, i + length));
    if (replacement !== undefined) return [length, replacement];
  }
  return undefined;
}

/** One code point's length in UTF-16 code units at `i`. */
const codePointLength = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** `text` with every longest match of `table` replaced, left to right. */
function replaceAll(table: PhraseTable, text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const match = matchAt(table, text, i);
    if (match) {
      out += match[1];
      i += match[0];
    } else {
      const n = codePointLength(text, i);
      out += text.slice(i, i + n);
      i += n;
    }
  }
  return out;
}

/** `text` cut where OpenCC's segmentation cuts it: each longest match alone, what lies between them together. */
function segments(table: PhraseTable, text: string): string[] {
  const out: string[] = [];
  let unmatched = -1;
  let i = 0;
  while (i < text.length) {
    const match = matchAt(table, text, i);
    if (match) {
      if (unmatched >= 0) out.push(text.slice(unmatched, i));
      unmatched = -1;
      out.push(text.slice(i, i + match[0]));
      i += match[0];
    } else {
      if (unmatched < 0) unmatched = i;
      i += codePointLength(text, i);
    }
  }
  if (unmatched >= 0) out.push(text.slice(unmatched));
  return out;
}

/** A converter for `config`: normalise, cut into segments, then run each segment through the chain. */
export function converterFor(config: OpenccConfig): (text: string) => string {
  const normalise = (config.normalizationChain ?? []).map(tableOf);
  const segmentation = config.segmentation === undefined ? undefined : tableOf([config.segmentation].flat());
  const chain = config.conversionChain.map(tableOf);
  return (text) => {
    const normal = normalise.reduce((s, table) => replaceAll(table, s), text);
    const parts = segmentation ? segments(segmentation, normal) : [normal];
    return parts.map((part) => chain.reduce((s, table) => replaceAll(table, s), part)).join('');
  };
}
