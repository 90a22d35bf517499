/**
 * finishArticle (src/reader/pipeline/finish-article.ts) makes every adapter's draft
 * into an Article by the same rules: dates, "updated", language, direction, title
 * and byline. One page per rule goes through the whole extraction too.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/reader/pipeline/extract-article';
import { finishArticle } from '../../src/reader/pipeline/finish-article';
import type { ArticleDraft } from '../../src/sites/adapter';
import { pageAt } from '../support/extract-in-jsdom';

const body = (text = 'Some text.') => Object.assign(document.createElement('div'), { textContent: text });
const draft = (over: Partial<ArticleDraft> = {}): ArticleDraft => ({
  title: 'A title',
  sourceUrl: 'https://news.example/a',
  siteName: 'News',
  body: body(),
  cleanup: {},
  ...over,
});
const finish = (over: Partial<ArticleDraft> = {}) => finishArticle(draft(over), { related: () => [] });

describe('finishArticle', () => {
  it('keeps dates that parse, as given, and drops the others', () => {
    expect(finish({ published: '2023-09-28T19:25:00+02:00' }).published).toBe('2023-09-28T19:25:00+02:00');
    expect(finish({ published: '2020-07-17' }).published).toBe('2020-07-17');
    expect(finish({ published: 'yesterday' }).published).toBeUndefined();
  });

  it('keeps "updated" only when it is later than "published"', () => {
    const published = '2023-09-28T19:25:00+02:00';
    expect(finish({ published, updated: '2023-09-28T20:00:00+02:00' }).updated).toBe('2023-09-28T20:00:00+02:00');
    expect(finish({ published, updated: published }).updated).toBeUndefined();
    expect(finish({ published, updated: '2023-09-28T17:00:00+00:00' }).updated).toBeUndefined();
    expect(finish({ updated: '2023-09-28T20:00:00+02:00' }).updated).toBeUndefined();
  });

  it('takes the declared language, else guesses it from the text, else the fallback, else English', () => {
    expect(finish({ lang: 'vi', body: body('国际油价陡升，这是中国的新闻。'.repeat(5)) }).lang).toBe('vi');
    expect(finish({ body: body('國際油價陡升，這是中國的新聞，經過時間。'.repeat(5)) }).lang).toBe('zh-Hant');
    expect(finish({ langFallback: 'fr' }).lang).toBe('fr');
    expect(finish().lang).toBe('en');
  });

  it('takes the declared direction, else the language decides', () => {
    expect(finish({ lang: 'fa' }).dir).toBe('rtl');
    expect(finish({ lang: 'ar-EG' }).dir).toBe('rtl');
    expect(finish({ lang: 'he' }).dir).toBe('rtl');
    expect(finish({ lang: 'fr' }).dir).toBe('ltr');
    expect(finish({ lang: 'fa', dir: 'ltr' }).dir).toBe('ltr');
    expect(finish({ lang: 'en', dir: 'rtl' }).dir).toBe('rtl');
  });

  it('puts the title and byline on one line, names once each', () => {
    const a = finish({ title: '\n  Floods close\n   the river path  ', byline: ['Hannah  Okafor', 'Hannah Okafor', ' Li Wei '] });
    expect(a.title).toBe('Floods close the river path');
    expect(a.byline).toBe('Hannah Okafor, Li Wei');
    expect(finish({ byline: [] }).byline).toBeUndefined();
  });
});

describe('every adapter gets the same rules', () => {
  const paragraphs = Array.from(
    { length: 6 },
    () => `<p>${'نص المقال الطويل بما يكفي ليقرأ كمقال في القارئ دون شك، فقرة بعد فقرة. '.repeat(3)}</p>`,
  ).join('');

  it('a page in Arabic that declares its language but no direction is read right to left', () => {
    const url = 'https://news.example/ar/story';
    const html = `<!doctype html><html lang="ar"><head><title>خبر</title></head><body><article><h1>خبر</h1>${paragraphs}</article></body></html>`;
    const article = extractArticle(pageAt(html, url), url, Readability)!;
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
  });
});
