/**
 * The writing system of a language, which decides the overlay's measure and line
 * height (reader.css, `[data-script]`): Chinese and Japanese set one character
 * per em and want more leading; Arabic-script languages (Persian here) want more
 * leading for their ascenders and dots, and no letter-spacing.
 */

/** A family of scripts the overlay lays out differently. */
export type TextScript = 'latin' | 'cjk' | 'arabic';

/** The script family of BCP 47 `lang` (Cyrillic and Vietnamese lay out as Latin). */
export function textScript(lang: string): TextScript {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh' || primary === 'ja') return 'cjk';
  if (primary === 'fa' || primary === 'ar' || primary === 'ur' || primary === 'ps') return 'arabic';
  return 'latin';
}
