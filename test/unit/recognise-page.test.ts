/**
 * Recognising pages by content (feedx items, wherever shown) and by address
 * (rfi.fr), and the CJK-aware article check that replaces Readability's.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { isListOfArticles, isProbablyArticle } from '../../src/sites/generic/readerable';
import { recognisePage } from '../../src/sites/index';
import { plainTextPage, renderFeedxPage } from '../support/feedx-pages';
import { fixtureCase, fixtureCases } from '../support/fixtures';
import { pageAt } from '../support/extract-in-jsdom';

const seed = fixtureCase('feedx/archive-md/rfi-seed-20230928').source;

describe('feedx items are recognised by content, on any host', () => {
  it('as archive text opened as a plain-text document', () => {
    const page = recognisePage(pageAt(plainTextPage(seed), 'https://raw.example.org/a.md'), 'https://raw.example.org/a.md');
    expect(page).toEqual({ site: 'feedx', wrapping: 'text', article: true });
  });
  it.each(['jekyll', 'code-host'] as const)('as a %s rendered page', (style) => {
    const page = recognisePage(pageAt(renderFeedxPage(seed, style), 'https://x.example/'), 'https://x.example/');
    expect(page).toEqual({ site: 'feedx', wrapping: 'rendered', article: true });
  });
  it.each(fixtureCases('feedx').map((c) => c.id))('%s in both wrappings', (id) => {
    const md = fixtureCase(id).source;
    expect(recognisePage(pageAt(plainTextPage(md), 'https://x.example/'), 'https://x.example/')?.site).toBe('feedx');
    expect(recognisePage(pageAt(renderFeedxPage(md, 'jekyll'), 'https://x.example/'), 'https://x.example/')?.site).toBe('feedx');
  });
  it('but not an ordinary Markdown file or page with a heading link', () => {
    const md = '[A link](https://example.org/)\n------\n\nSome *text* here.\n';
    expect(recognisePage(pageAt(plainTextPage(md), 'https://x.example/'), 'https://x.example/')).toBeUndefined();
    const html = '<h2><a href="https://example.org/">A link</a></h2><p>Some text here.</p>';
    expect(recognisePage(pageAt(html, 'https://x.example/'), 'https://x.example/')).toBeUndefined();
  });
});

describe('Chinese articles count as articles', () => {
  // The item's HTML on a page of its own, as a feed reader or a bare mirror shows it.
  const itemPage = pageAt(seed.slice(seed.indexOf('------') + 6), 'https://x.example/');
  it("plain Readability's check says no to the seed item (why ours exists)", () => {
    expect(isProbablyReaderable(itemPage)).toBe(false);
  });
  it('our check says yes', () => {
    expect(isProbablyArticle(itemPage)).toBe(true);
  });
  it('and still says no to a page of short teasers', () => {
    const teasers = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/a${i}">标题${i}：中美会谈势头强劲</a><p>短短的导语。</p></li>`,
    ).join('');
    expect(isProbablyArticle(pageAt(`<ul>${teasers}</ul>`, 'https://x.example/'))).toBe(false);
  });
});

describe('lists of articles are not articles', () => {
  const teaser = (i: number) =>
    `<article><h2><a href="/news/${i}">Story ${i}</a></h2><p>${'A summary long enough to be counted as a paragraph of text by the check. '.repeat(3)}</p></article>`;
  const teasers = [1, 2, 3, 4].map(teaser).join('');
  it('a page of teasers, each its own <article> headed by a link (generic/news-front-page-list)', () => {
    expect(isListOfArticles(pageAt(teasers, 'https://x.example/'))).toBe(true);
  });
  it('but not an article followed by cards of other stories', () => {
    const story = `<article><h1>The story</h1>${'<p>A paragraph of the story itself, with enough words in it to weigh more than a card. </p>'.repeat(12)}</article>`;
    expect(isListOfArticles(pageAt(story + teasers, 'https://x.example/'))).toBe(false);
  });
  it('nor comments marked up as <article>s (WordPress), whose headings link nowhere', () => {
    const comments = [1, 2, 3].map((i) => `<article class="comment-body"><p>Comment ${i}</p></article>`).join('');
    expect(isListOfArticles(pageAt(`<article><h1>Post</h1><p>Text.</p></article>${comments}`, 'https://x.example/'))).toBe(false);
  });
});
