/**
 * The voice chosen for each article language, over the voice lists Chromium and
 * Firefox really report on Linux with speech-dispatcher and espeak-ng
 * (test/fixtures/voices), and over small hand-made lists where a case needs
 * voices those lack (a Taiwanese or Hong Kong voice): those follow the tags and
 * names Chrome reports on Windows and macOS, and say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseVoice, spokenLanguages, voicesForLanguage, type VoiceLike } from '../../src/reader/read-aloud/choose-voice';
import { parseSpeechTag, speechLanguageKey } from '../../src/reader/read-aloud/speech-language';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'voices');
const load = (file: string): VoiceLike[] => JSON.parse(readFileSync(join(fixtures, file), 'utf8')).voices;
const lists = {
  chromium: load('chromium-156-speech-dispatcher-espeak-ng.json'),
  firefox: load('firefox-esr-153-speech-dispatcher-espeak-ng.json'),
};

/** Hand-made: a voice as Chrome reports one, local, not the default. */
const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  voiceURI: name,
  localService: true,
  default: false,
  ...extra,
});

/** Without the "espeak-ng" Chromium adds, so both browsers' names compare. */
const shortName = (v: VoiceLike | undefined) => v?.name.replace(/ espeak-ng$/, '');

describe('speech tags', () => {
  it('reads the tags voices come with, whatever their case and extensions', () => {
    expect(parseSpeechTag('cmn')).toMatchObject({ language: 'zh', script: 'Hans' });
    expect(parseSpeechTag('cmn-LATN-PINYIN')).toMatchObject({ language: 'zh', script: 'Latn' });
    expect(parseSpeechTag('yue')).toMatchObject({ language: 'yue', script: 'Hant', likelyRegion: 'HK' });
    expect(parseSpeechTag('fa-LATN')).toMatchObject({ language: 'fa', script: 'Latn' });
    expect(parseSpeechTag('vi-VN-X-CENTRAL')).toMatchObject({ language: 'vi', region: 'VN' });
    expect(parseSpeechTag('en-US-NYC')).toMatchObject({ language: 'en', region: 'US' });
    expect(parseSpeechTag('chr-US-QAAA-X-WEST')).toMatchObject({ language: 'chr', region: 'US' });
    expect(parseSpeechTag('zh_TW')).toMatchObject({ language: 'zh', script: 'Hant', region: 'TW' });
    expect(parseSpeechTag('')).toBeUndefined();
    expect(parseSpeechTag('not a tag')).toBeUndefined();
  });

  it('keeps a voice choice per language, and per script for Chinese', () => {
    expect(['zh-Hans', 'zh-CN', 'zh', 'cmn'].map(speechLanguageKey)).toEqual(['zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans']);
    expect(['zh-Hant', 'zh-TW', 'zh-HK'].map(speechLanguageKey)).toEqual(['zh-Hant', 'zh-Hant', 'zh-Hant']);
    expect(['fa', 'fr-CA', 'pt-BR', 'en'].map(speechLanguageKey)).toEqual(['fa', 'fr', 'pt', 'en']);
  });
});

describe.each(Object.keys(lists) as (keyof typeof lists)[])('voices %s reports with speech-dispatcher', (browser) => {
  const voices = lists[browser];
  const chosen = (lang: string) => chooseVoice(voices, lang);

  it.each([
    ['zh-Hans', 'Chinese (Mandarin, latin as English)', 'cmn', false],
    // No Taiwanese or Hong Kong Mandarin voice: Cantonese is Hong Kong's, no note needed.
    ['zh-Hant', 'Chinese (Cantonese)', 'yue', false],
    ['fa', 'Persian', 'fa', false],
    ['fr', 'French (France)', 'fr-FR', false],
    ['en', 'English (America)', 'en-US', false],
    ['vi', 'Vietnamese (Northern)', 'vi', false],
    ['es', 'Spanish (Spain)', 'es', false],
    ['ru', 'Russian', 'ru', false],
    ['pt-BR', 'Portuguese (Brazil)', 'pt-BR', false],
  ])('%s is read by %s', (lang, name, voiceLang, fallback) => {
    const choice = chosen(lang);
    expect(shortName(choice?.voice)).toBe(name);
    expect(choice?.voice.lang).toBe(voiceLang);
    expect(choice?.fallback).toBe(fallback);
  });

  it('never reads Chinese with a voice of another language, nor Persian with Persian in Latin letters', () => {
    for (const lang of ['zh-Hans', 'zh-Hant']) {
      const offered = voicesForLanguage(voices, lang);
      expect(offered.length).toBeGreaterThan(0);
      for (const v of offered) expect(parseSpeechTag(v.lang)!.language, v.name).toMatch(/^(zh|yue|hak)$/);
    }
    expect(voicesForLanguage(voices, 'fa').map((v) => v.lang)).not.toContain('fa-LATN');
    expect(voicesForLanguage(voices, 'fa').every((v) => v.lang === 'fa')).toBe(true);
  });

  it('offers every voice of a language, plain voices first', () => {
    const french = voicesForLanguage(voices, 'fr').map(shortName);
    expect(french.slice(0, 3)).toEqual(['French (France)', 'French (Belgium)', 'French (Switzerland)']);
    expect(french).toHaveLength(9);
    expect(french).toContain('French (Belgium)+female2');
  });

  it("has no voice for languages espeak-ng lacks (RFI's Khmer, Hausa, Bambara and Fula editions)", () => {
    for (const lang of ['km', 'ha', 'bm', 'ff']) expect(chosen(lang), lang).toBeUndefined();
  });

  it('lists the languages it can read, Chinese by script', () => {
    const languages = spokenLanguages(voices);
    expect(languages).toEqual(expect.arrayContaining(['zh-Hans', 'yue', 'fa', 'fr', 'en', 'vi', 'es', 'ru', 'pt']));
    expect(languages).not.toContain('zh-Hant');
    expect(new Set(languages).size).toBe(languages.length);
  });

  it("takes the reader's own choice for the language when the browser has it", () => {
    const belgian = voices.find((v) => v.lang === 'fr-BE' && !v.name.includes('+'))!;
    expect(chooseVoice(voices, 'fr', belgian.voiceURI)?.voice).toBe(belgian);
    // A voice of another browser or machine (settings sync): the best fit instead.
    expect(shortName(chooseVoice(voices, 'fr', 'urn:moz-tts:speechd:Gone?fr')?.voice)).toBe('French (France)');
    // A choice that does not speak the language is not taken.
    const english = voices.find((v) => v.lang === 'en-US')!;
    expect(chooseVoice(voices, 'fr', english.voiceURI)?.voice.lang).toBe('fr-FR');
  });
});

describe('Chinese voices of other systems (hand-made lists, names and tags as Chrome reports them on Windows and macOS)', () => {
  const windows = [
    voice('Microsoft Zira - English (United States)', 'en-US', { default: true }),
    voice('Microsoft Huihui - Chinese (Simplified, PRC)', 'zh-CN'),
    voice('Microsoft Tracy - Chinese (Traditional, Hong Kong S.A.R.)', 'zh-HK'),
    voice('Microsoft Hanhan - Chinese (Traditional, Taiwan)', 'zh-TW'),
  ];

  it('reads simplified characters with a mainland Mandarin voice, traditional ones with a Taiwanese one', () => {
    expect(chooseVoice(windows, 'zh-Hans')).toEqual({ voice: windows[1], fallback: false });
    expect(chooseVoice(windows, 'zh-Hant')).toEqual({ voice: windows[3], fallback: false });
  });

  it('takes a Hong Kong voice for traditional characters when there is no Taiwanese one', () => {
    const noTaiwan = windows.filter((v) => v.lang !== 'zh-TW');
    expect(chooseVoice(noTaiwan, 'zh-Hant')).toEqual({ voice: windows[2], fallback: false });
  });

  it('reads traditional characters with a Mandarin voice of the mainland, saying so, when that is all there is', () => {
    const mainlandOnly = windows.filter((v) => v.lang === 'zh-CN' || v.lang === 'en-US');
    expect(chooseVoice(mainlandOnly, 'zh-Hant')).toEqual({ voice: windows[1], fallback: true });
  });

  it('never reads simplified characters in Cantonese by itself, nor Chinese in English', () => {
    const cantoneseOnly = windows.filter((v) => v.lang === 'zh-HK' || v.lang === 'en-US');
    expect(chooseVoice(cantoneseOnly, 'zh-Hans')).toBeUndefined();
    // …but a reader who chose it for simplified Chinese gets it.
    expect(chooseVoice(cantoneseOnly, 'zh-Hans', windows[2]!.voiceURI)?.voice).toBe(windows[2]);
    expect(chooseVoice([windows[0]!], 'zh-Hans')).toBeUndefined();
  });

  it("prefers the browser's default voice, then a local one, among equally good voices", () => {
    const mac = [voice('Thomas', 'fr-FR'), voice('Amélie', 'fr-CA'), voice('Google français', 'fr-FR', { localService: false })];
    expect(chooseVoice(mac, 'fr')?.voice.name).toBe('Thomas');
    expect(chooseVoice([mac[2]!, mac[0]!], 'fr')?.voice.name).toBe('Thomas');
    expect(chooseVoice([...mac, voice('Audrey', 'fr-FR', { default: true })], 'fr')?.voice.name).toBe('Audrey');
    expect(chooseVoice(mac, 'fr-CA')?.voice.name).toBe('Amélie');
  });
});
