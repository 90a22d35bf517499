/**
 * The marked-up article path (src/sites/generic/marked-up-article.ts) takes a page's
 * one <article> when it holds nearly all the paragraphs, and leaves every doubtful
 * page, untouched, to Readability.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/reader/pipeline/extract-article';
import { draftFromMarkup } from '../../src/sites/generic/marked-up-article';
import { bigArticlePage } from '../support/generated-pages';
import { pageAt } from '../support/extract-in-jsdom';

const url = 'https://news.example/2026/story';
const page = (body: string) => `<!doctype html><html lang="en"><head><title>The story | News</title></head><body>${body}</body></html>`;

const paragraphs = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${from + i} of a story long enough to be read as one.</p>`).join('');

describe('draftFromMarkup', () => {
  it('reads the bench page (one <article> with every paragraph): every paragraph, the title once', () => {
    const doc = pageAt(bigArticlePage(200_000, 800), url);
    const article = draftFromMarkup(doc, new URL(url))!;
    expect(article.title).toBe('Council meets again over the river works');
    expect(article.body.querySelectorAll('p').length).toBe(394);
    expect(article.body.querySelector('h1')).toBeNull();
    expect(article.body.textContent).not.toContain('Home');
  });

  it('declines a page of several articles (a front page of teasers)', () => {
    const doc = pageAt(page(`<article>${paragraphs(3)}</article><article>${paragraphs(3, 3)}</article>`), url);
    expect(draftFromMarkup(doc, new URL(url))).toBeUndefined();
  });

  it('declines an <article> that holds few of the paragraphs, and leaves the page as it was', () => {
    const doc = pageAt(page(`<article><h1>Teaser</h1>${paragraphs(3)}</article><div class="story">${paragraphs(10, 3)}</div>`), url);
    const before = doc.documentElement.outerHTML;
    expect(draftFromMarkup(doc, new URL(url))).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('takes itemprop="articleBody" when there is one, whatever the <article>s around it', () => {
    const doc = pageAt(
      page(`<article><h1>The story</h1><div itemprop="articleBody">${paragraphs(5)}</div></article><article>${paragraphs(0)}</article>`),
      url,
    );
    const article = draftFromMarkup(doc, new URL(url))!;
    expect(article.title).toBe('The story');
    expect(article.body.querySelectorAll('p').length).toBe(5);
  });

  it("takes the declared headline over a page-level <h1> that is the site's name", () => {
    const head = '<meta property="og:title" content="Bridge reopens after repairs">';
    const doc = pageAt(
      `<!doctype html><html><head>${head}<title>News</title></head><body><h1>The Daily Example</h1><article>${paragraphs(5)}</article></body></html>`,
      url,
    );
    expect(draftFromMarkup(doc, new URL(url))!.title).toBe('Bridge reopens after repairs');
  });
});

describe('the link to the original on other sites', () => {
  const long = (i: number) =>
    `<p>Paragraph ${i}: the council met again on Tuesday to discuss the river, the budget and the timetable, and the residents who came asked why the works were late.</p>`;
  const story = `<div class="story">${Array.from({ length: 12 }, (_, i) => long(i)).join('')}</div>`;
  const withCanonical = (href: string) =>
    `<!doctype html><html lang="en"><head><title>Story | News</title><link rel="canonical" href="${href}"></head><body><h1>Story</h1>${story}</body></html>`;

  it("is the page's declared canonical address (a mirrored copy links to the original), through Readability too", () => {
    const mirror = 'https://mirror.example/copy/123';
    const article = extractArticle(pageAt(withCanonical('https://news.example/2026/story'), mirror), mirror, Readability)!;
    expect(article.sourceUrl).toBe('https://news.example/2026/story');
  });

  it("is the page's own address when the canonical names a home page", () => {
    const article = extractArticle(pageAt(withCanonical('https://news.example/'), url), url, Readability)!;
    expect(article.sourceUrl).toBe(url);
  });
});

describe('the markup path and Readability agree', () => {
  const long = (i: number) =>
    `<p>Paragraph ${i}: the council met again on Tuesday to discuss the river, the budget and the timetable, and the residents who came asked why the works were late.</p>`;
  const body = Array.from({ length: 8 }, (_, i) => long(i)).join('');

  it('hands the page to Readability, untouched, when Readability’s rules leave too little of its <article>', () => {
    // A body named like page furniture: Readability sets it aside, finds too little, and looks again.
    const html = page(`<article><h1>The story</h1><p>A short first line.</p><div class="story-extra">${body}</div></article>`);
    const doc = pageAt(html, url);
    const before = doc.documentElement.outerHTML;
    expect(draftFromMarkup(doc, new URL(url))).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
    const article = extractArticle(pageAt(html, url), url, Readability)!;
    expect(article.content.textContent).toContain('Paragraph 7: the council');
  });

  it('leaves an embedded player to Readability', () => {
    const html = page(
      `<article><h1>The story</h1>${body}<div class="player"><video src="/v.mp4"></video><span>0:00 / 2:14</span></div></article>`,
    );
    expect(draftFromMarkup(pageAt(html, url), new URL(url))).toBeUndefined();
  });
});
