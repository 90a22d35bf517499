/**
 * Which Chinese script an article is written in, from its BCP 47 tag, and the
 * tag it carries once shown in the other script (the overlay's fonts follow it:
 * reader.css picks SC, TC or HK faces by `:lang()`).
 */
import type { ChineseVariant } from '../../shared/settings';

/** Simplified (Hans) or traditional (Hant) characters. */
export type ChineseScript = 'hans' | 'hant';

/**
 * The script of `lang`, or undefined for a language other than Chinese (and a
 * bare `zh`, which says nothing: the extractors always tell the two apart).
 */
export function chineseScriptOf(lang: string): ChineseScript | undefined {
  const tag = lang.toLowerCase();
  if (!/^zh(-|$)/.test(tag)) return undefined;
  if (/-hant\b|-(tw|hk|mo)\b/.test(tag)) return 'hant';
  if (/-hans\b|-(cn|sg|my)\b/.test(tag)) return 'hans';
  return undefined;
}

/** The region a traditional-Chinese tag names (zh-Hant-TW, zh-HK…), as a variant; `standard` when it names none. */
export function traditionalVariantOf(lang: string): ChineseVariant {
  const tag = lang.toLowerCase();
  if (/-tw\b/.test(tag)) return 'tw';
  if (/-(hk|mo)\b/.test(tag)) return 'hk';
  return 'standard';
}

/** The tag of text converted to `script`; traditional text says whose conventions it follows. */
export function convertedLang(script: ChineseScript, variant: ChineseVariant): string {
  if (script === 'hans') return 'zh-Hans';
  return variant === 'tw' ? 'zh-Hant-TW' : variant === 'hk' ? 'zh-Hant-HK' : 'zh-Hant';
}
