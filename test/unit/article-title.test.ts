/**
 * The title of other sites' pages (src/reader/extract/article-title.ts): the same
 * as Readability's on every fixture page, since Firefox Reader View shows that
 * one; cut at a separator only where the head is the page's own heading; taken
 * from the heading over the text when the page declares none.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { articleTitle, readabilityTitle } from '../../src/sites/generic/article-title';
import { renderFeedxPage } from '../support/feedx-pages';
import { fixtureCases } from '../support/fixtures';
import { pageAt } from '../support/extract-in-jsdom';

const url = 'https://news.example/2026/story';
const page = (head: string, body = '') => pageAt(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);

describe('readabilityTitle', () => {
  const pages = [
    ...[...fixtureCases('generic'), ...fixtureCases('rfi')].map((c) => ({ id: c.id, html: c.source })),
    ...fixtureCases('feedx').map((c) => ({ id: c.id, html: renderFeedxPage(c.source, 'jekyll') })),
  ];
  it.each(pages)('is Readability 0.6.0’s title on $id', ({ html }) => {
    const theirs = new Readability(pageAt(html, url)).parse()?.title;
    if (theirs !== undefined) expect(readabilityTitle(pageAt(html, url))).toBe(theirs);
  });
});

describe('articleTitle', () => {
  it('cuts a site name after a separator Readability does not know, when the head is the page’s heading', () => {
    const permalink = '<a class="headerlink" href="#configuring-the-cache">¶</a>';
    expect(
      articleTitle(page('<title>Configuring the cache — Tidewater documentation</title>', `<h1>Configuring the cache${permalink}</h1>`)),
    ).toBe('Configuring the cache');
    expect(articleTitle(page('<title>Learning C# - Notes</title>', '<h1>Learning C#</h1>'))).toBe('Learning C#');
    expect(articleTitle(page('<title>长江中游多地启动防汛_社会_江城日报网</title>', '<h1>长江中游多地启动防汛</h1>'))).toBe(
      '长江中游多地启动防汛',
    );
  });

  it('leaves a title whole when no heading is its head', () => {
    expect(articleTitle(page('<title>Spring — a short story</title>', '<h1>Stories</h1>'))).toBe('Spring — a short story');
  });

  it('takes the heading the text follows on a page that declares no title', () => {
    const long = `<p>${'The text of the post, long enough to be read as its first paragraph. '.repeat(3)}</p>`;
    expect(articleTitle(page('', `<h1>My blog</h1><h2>A post about atlases</h2>${long}`))).toBe('A post about atlases');
  });
});
