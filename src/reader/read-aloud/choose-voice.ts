/**
 * Which installed voice reads an article: one of the article's language, never
 * another (a French voice reading Persian, or an English one reading Chinese,
 * is noise). Chinese is chosen by where it is spoken: simplified-character
 * articles get a Mandarin voice of the mainland; traditional-character ones a
 * Taiwanese one, else a Hong Kong (Cantonese) one, else a Mandarin one, with a
 * note (`fallback`). The reader's own choice per language (settings
 * `speechVoices`) comes first when the browser still has that voice.
 */
import { parseSpeechTag, speechLanguageKey, type SpeechTag } from './speech-language';

/** What this module needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** A chosen voice; `fallback` when it is not of the place the article is written for (shown to the reader). */
export interface VoiceChoice<V extends VoiceLike> {
  voice: V;
  fallback: boolean;
}

/** Languages written with Chinese characters that a Chinese article may be read in, if the reader chooses so. */
const CHINESE_FAMILY = new Set(['zh', 'yue', 'hak', 'nan', 'wuu', 'gan', 'hsn', 'cdo', 'cjy', 'cpx', 'lzh']);

type ChineseKind = 'mainland' | 'taiwan' | 'cantonese' | 'latin' | 'other';

function chineseKind(tag: SpeechTag): ChineseKind {
  if (tag.language === 'yue') return 'cantonese';
  if (tag.language !== 'zh') return 'other';
  // Mandarin that reads Latin letters as pinyin (espeak-ng's cmn-Latn-pinyin): Chinese characters too, as a last resort.
  if (tag.script === 'Latn') return 'latin';
  // A zh-HK voice speaks Cantonese (Windows' Tracy, macOS's Sinji).
  if (tag.likelyRegion === 'HK' || tag.likelyRegion === 'MO') return 'cantonese';
  return tag.likelyRegion === 'TW' ? 'taiwan' : 'mainland';
}

/** Score of each kind of Chinese voice for simplified and traditional articles; 0 is never chosen by itself. */
const CHINESE_SCORES: Record<'zh-Hans' | 'zh-Hant', Record<ChineseKind, number>> = {
  'zh-Hans': { mainland: 4, taiwan: 2, latin: 1, cantonese: 0, other: 0 },
  'zh-Hant': { taiwan: 4, cantonese: 3, mainland: 2, latin: 1, other: 0 },
};

/** Below this score a Chinese voice is a fallback, said so to the reader. */
const CHINESE_PLACE_SCORE = 3;

/**
 * How well a voice tagged `voice` fits an article tagged `article`: 0 when it
 * must not read it (another language, or another script: `fa-Latn` is not for
 * Persian written in Arabic script), else up to 4 (the same region).
 */
function fit(article: SpeechTag, key: string, voice: SpeechTag): number {
  if (key === 'zh-Hans' || key === 'zh-Hant') return CHINESE_FAMILY.has(voice.language) ? CHINESE_SCORES[key][chineseKind(voice)] : 0;
  if (voice.language !== article.language || voice.script !== article.script) return 0;
  if (voice.region === article.region) return 4;
  return voice.region === article.likelyRegion || !voice.region ? 3 : 2;
}

/** Whether `voice` may be offered for `key` at all (the options page lists these). */
function allowed(key: string, voice: SpeechTag, score: number): boolean {
  return key === 'zh-Hans' || key === 'zh-Hant' ? CHINESE_FAMILY.has(voice.language) : score > 0;
}

/** espeak-ng's variants of a voice ("French (France)+Adam"): the plain voice first. */
const isVariant = (v: VoiceLike) => v.name.includes('+');

interface Ranked<V> {
  voice: V;
  score: number;
  index: number;
}

/** Best first: fit, the browser's default, offline, plain before variants, shorter name, then the browser's order. */
function byRank<V extends VoiceLike>(a: Ranked<V>, b: Ranked<V>): number {
  return (
    b.score - a.score ||
    Number(b.voice.default) - Number(a.voice.default) ||
    Number(b.voice.localService) - Number(a.voice.localService) ||
    Number(isVariant(a.voice)) - Number(isVariant(b.voice)) ||
    a.voice.name.length - b.voice.name.length ||
    a.index - b.index
  );
}

function rank<V extends VoiceLike>(voices: readonly V[], lang: string): Ranked<V>[] {
  const article = parseSpeechTag(lang);
  const key = speechLanguageKey(lang);
  if (!article || !key) return [];
  const ranked: Ranked<V>[] = [];
  voices.forEach((voice, index) => {
    const tag = parseSpeechTag(voice.lang);
    if (!tag) return;
    const score = fit(article, key, tag);
    if (allowed(key, tag, score)) ranked.push({ voice, score, index });
  });
  return ranked.sort(byRank);
}

/**
 * The voices that may read `lang`, for the options page's list: the plain voices
 * best first, then their variants (espeak-ng has a hundred of each voice).
 */
export function voicesForLanguage<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const ranked = rank(voices, lang).map((r) => r.voice);
  return [...ranked.filter((v) => !isVariant(v)), ...ranked.filter(isVariant)];
}

/**
 * The voice for an article in `lang`: `preferredURI` (the reader's choice for
 * the language) if installed and allowed, else the best fit; undefined when no
 * installed voice speaks the language.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string, preferredURI?: string): VoiceChoice<V> | undefined {
  const ranked = rank(voices, lang);
  const preferred = preferredURI ? ranked.find((r) => r.voice.voiceURI === preferredURI) : undefined;
  if (preferred) return { voice: preferred.voice, fallback: false };
  const best = ranked[0];
  if (!best || best.score === 0) return undefined;
  const key = speechLanguageKey(lang);
  const chinese = key === 'zh-Hans' || key === 'zh-Hant';
  return { voice: best.voice, fallback: chinese && best.score < CHINESE_PLACE_SCORE };
}

/** The language keys the installed voices speak (src/reader/read-aloud/speech-language.ts), each once, in the voices' order. */
export function spokenLanguages(voices: readonly VoiceLike[]): string[] {
  const keys = new Set<string>();
  for (const v of voices) {
    const key = speechLanguageKey(v.lang);
    if (key) keys.add(key);
  }
  return [...keys];
}
