/**
 * What the two converter files (to-traditional.ts, to-simplified.ts) leave in
 * the reader's content-script world, and the OpenCC configuration each variant
 * uses. Kept free of dictionaries so the reader bundle can import the types.
 */
import type { ChineseVariant } from '../../shared/settings';
import type { ChineseScript } from './script-of';

/** Converts text to one script, in the variant asked for (the converter is built on first use, then kept). */
export type ScriptConverters = (variant: ChineseVariant) => (text: string) => string;

declare global {
  // The content-script world is the extension's own: the page cannot see this.
  var __liseuseChinese: Partial<Record<ChineseScript, ScriptConverters>> | undefined;
}

/**
 * OpenCC's configuration for each direction and variant. Towards traditional, the
 * reader's variant: Taiwan's characters and words (s2twp: 软件 → 軟體), Hong Kong's
 * characters (s2hk), or OpenCC's standard characters (s2t). Towards simplified,
 * the variant the article is written in (script-of.ts): Taiwan's and Hong Kong's
 * words go back to the mainland's only when the article says it is from there,
 * as RFI's traditional edition writes mainland words in traditional characters,
 * which Taiwan's reverse table would change (應用程序 → 应用进程).
 */
export const configNames: Record<ChineseScript, Record<ChineseVariant, string>> = {
  hant: { tw: 's2twp', hk: 's2hk', standard: 's2t' },
  hans: { tw: 'tw2sp', hk: 'hk2s', standard: 't2s' },
};
