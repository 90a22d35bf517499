/**
 * Language tags as speech voices give them and as articles carry them, read the
 * same way: voices come with tags such as `cmn`, `yue`, `fa-LATN`,
 * `vi-VN-X-CENTRAL` or `en-US-NYC` (Linux speech-dispatcher with espeak-ng,
 * docs/read-aloud.md) and `zh-TW` or `zh_CN` elsewhere; articles with `zh-Hans`,
 * `zh-Hant`, `fa`, `fr`…
 */

/** A tag's language, script and region, with the likely script and region filled in. */
export interface SpeechTag {
  /** Canonical language subtag (`cmn` becomes `zh`, `iw` becomes `he`). */
  language: string;
  /** Script, given or likely (`Hans`, `Arab`, `Latn`…). */
  script: string;
  /** Region as given, upper case; empty when the tag has none. */
  region: string;
  /** Region as given, else the likely one (`fr` → `FR`, `pt` → `BR`). */
  likelyRegion: string;
}

/** Tags read so far: a browser may list 13,362 voices in 131 languages. */
const parsed = new Map<string, SpeechTag | undefined>();

/**
 * Reads `tag` leniently: `_` as `-`, any case, and subtags Intl.Locale refuses
 * (`en-US-NYC`, a private-use `x-…`) dropped from the end until the rest is
 * valid. Undefined when not even the language is.
 */
export function parseSpeechTag(tag: string): SpeechTag | undefined {
  if (!parsed.has(tag)) parsed.set(tag, parse(tag));
  return parsed.get(tag);
}

function parse(tag: string): SpeechTag | undefined {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const x = parts.findIndex((p) => p.toLowerCase() === 'x');
  if (x >= 0) parts.length = x;
  while (parts.length) {
    try {
      const locale = new Intl.Locale(parts.join('-'));
      const likely = locale.maximize();
      return {
        language: locale.language,
        script: likely.script ?? '',
        region: locale.region ?? '',
        likelyRegion: likely.region ?? '',
      };
    } catch {
      parts.pop();
    }
  }
  return undefined;
}

/**
 * The key a voice choice is kept under for an article in `lang`: its language,
 * and for Chinese its script too (`zh-Hans`, `zh-Hant`), since a reader may want
 * a Mandarin voice for one and a Taiwanese or Hong Kong one for the other.
 */
export function speechLanguageKey(lang: string): string | undefined {
  const tag = parseSpeechTag(lang);
  if (!tag) return undefined;
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return tag.language;
}
