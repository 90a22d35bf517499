/**
 * Chinese conversion on real fixture text (RFI's simplified and traditional
 * editions, feedx items, a CNA item): our OpenCC converter (Maps over opencc-js's
 * dictionaries, src/reader/chinese-script/phrase-converter.ts) gives exactly
 * what opencc-js's own converter gives, known phrases convert the way each
 * variant writes them, and the text shown converted goes back to what was
 * written exactly.
 */
import * as opencc from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import * as t2cn from 'opencc-js/preset/t2cn';
import { beforeAll, describe, expect, it } from 'vitest';
import { configNames } from '../../src/reader/chinese-script/converters';
import { converterFor, type OpenccConfig } from '../../src/reader/chinese-script/phrase-converter';
import { chineseScriptOf, convertedLang, traditionalVariantOf } from '../../src/reader/chinese-script/script-of';
import { fixtureCase } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';

const presets = { hant: cn2t, hans: t2cn } as const;
const ours = (script: 'hans' | 'hant', variant: 'tw' | 'hk' | 'standard') =>
  converterFor((presets[script].configs as Record<string, OpenccConfig>)[configNames[script][variant]]!);

/** The text the reader shows for a fixture: title and body. */
function shownText(id: string): string {
  const c = fixtureCase(id);
  const url = c.expected!.url ?? (c.expected as { sourceUrl?: string }).sourceUrl ?? 'https://example.org/';
  const page = id.startsWith('feedx/')
    ? `<html><body><pre>${c.source.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>`
    : c.source;
  const { article, body } = readInJsdom(page, id.startsWith('feedx/') ? 'https://example.org/item.md' : url);
  expect(article, id).toBeDefined();
  return `${article!.title}\n${body!.text}`;
}

const simplified = ['rfi/cn-article', 'feedx/archive-md/rfi-seed-20230928', 'feedx/archive-md/rfi-1005000'];
const traditional = ['rfi/tw-article', 'feedx/jekyll-post/cna_2020-08-22_1598104695000_eee85049'];

describe('our converter agrees with opencc-js on the fixtures', () => {
  const texts = new Map<string, string>();
  beforeAll(() => {
    for (const id of [...simplified, ...traditional]) texts.set(id, shownText(id));
  });
  it.each([
    ['hant', 'tw', 'cn', 'twp'],
    ['hant', 'hk', 'cn', 'hk'],
    ['hant', 'standard', 'cn', 't'],
  ] as const)('simplified → %s (%s)', (script, variant, from, to) => {
    const theirs = opencc.ConverterBuilder(cn2t as never)({ from, to });
    const convert = ours(script, variant);
    for (const id of simplified) {
      const text = texts.get(id)!;
      expect(convert(text), id).toBe(theirs(text));
      expect(convert(text), id).not.toBe(text);
    }
  });
  it.each([
    ['hans', 'tw', 'twp', 'cn'],
    ['hans', 'hk', 'hk', 'cn'],
    ['hans', 'standard', 't', 'cn'],
  ] as const)('traditional → %s (from %s)', (script, variant, from, to) => {
    const theirs = opencc.ConverterBuilder(t2cn as never)({ from, to });
    const convert = ours(script, variant);
    for (const id of traditional) {
      const text = texts.get(id)!;
      expect(convert(text), id).toBe(theirs(text));
      expect(convert(text), id).not.toBe(text);
    }
  });
});

describe('phrases', () => {
  it("Taiwan's traditional changes words too: 软件 → 軟體, 信息 → 資訊, 鼠标 → 滑鼠, and back from Taiwan's", () => {
    const toTw = ours('hant', 'tw');
    expect(toTw('我们的软件需要更新信息，请用鼠标点击')).toBe('我們的軟體需要更新資訊，請用滑鼠點選');
    const fromTw = ours('hans', 'tw');
    expect(fromTw('我們的軟體需要更新資訊，請用滑鼠點選')).toBe('我们的软件需要更新信息，请用鼠标点击');
  });
  it("Hong Kong's and the standard change characters only, phrase by phrase", () => {
    expect(ours('hant', 'hk')('软件和鼠标')).toBe('軟件和鼠標');
    expect(ours('hant', 'standard')('软件和鼠标')).toBe('軟件和鼠標');
    // One simplified character, two traditional ones, told apart by the phrase: 头发 / 发展, 后来 / 皇后.
    expect(ours('hant', 'standard')('头发的发展，后来的皇后')).toBe('頭髮的發展，後來的皇后');
  });
  it("RFI's traditional edition writes mainland words: back to simplified, they stay (Taiwan's reverse table would change them)", () => {
    const text = fixtureCase('rfi/tw-article').source;
    expect(text).toContain('下載法廣應用程序跟蹤國際時事');
    expect(ours('hans', 'standard')('下載法廣應用程序')).toBe('下载法广应用程序');
    expect(ours('hans', 'tw')('下載法廣應用程序'), 'why standard is the default back to simplified').toBe('下载法广应用进程');
  });
});

describe('scripts and tags', () => {
  it.each([
    ['zh-Hans', 'hans'],
    ['zh-CN', 'hans'],
    ['zh-Hant', 'hant'],
    ['zh-Hant-TW', 'hant'],
    ['zh-HK', 'hant'],
    ['zh', undefined],
    ['fa', undefined],
    ['en', undefined],
  ] as const)('%s is %s', (lang, script) => expect(chineseScriptOf(lang)).toBe(script));
  it('a traditional tag names its variant; converted text says whose', () => {
    expect(['zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-HK', 'zh-Hant-MO'].map(traditionalVariantOf)).toEqual([
      'standard',
      'tw',
      'tw',
      'hk',
      'hk',
    ]);
    expect([
      convertedLang('hant', 'tw'),
      convertedLang('hant', 'hk'),
      convertedLang('hant', 'standard'),
      convertedLang('hans', 'tw'),
    ]).toEqual(['zh-Hant-TW', 'zh-Hant-HK', 'zh-Hant', 'zh-Hans']);
  });
});
