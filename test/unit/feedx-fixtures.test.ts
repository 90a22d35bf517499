/**
 * Every reviewed feedx fixture (a folder with expected.json) in each wrapping a
 * reader meets: the raw archive text, and the page a static site or a code host
 * renders from it.
 */
import { describe, expect, it } from 'vitest';
import { articleProblems } from '../support/check-article';
import { plainTextPage, renderFeedxPage } from '../support/feedx-pages';
import { fixtureCases } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';

const cases = fixtureCases('feedx').filter((c) => c.expected);

const wrappings = {
  'plain text': (md: string) => ({ html: plainTextPage(md), url: 'https://raw.example.org/news/item.md' }),
  'Jekyll page': (md: string) => ({ html: renderFeedxPage(md, 'jekyll'), url: 'https://archive.example.org/2023/09/28/item.html' }),
  'code-host page': (md: string) => ({ html: renderFeedxPage(md, 'code-host'), url: 'https://code.example.org/news/blob/main/item.md' }),
};

describe.each(cases)('feedx fixture $id', (c) => {
  it.each(Object.entries(wrappings))('is read exactly right as a %s', (_, wrap) => {
    const { html, url } = wrap(c.source);
    const { article, body, before, after } = readInJsdom(html, url);
    expect(articleProblems(article, body, c.expected!)).toEqual([]);
    expect(after, 'the page itself is never modified').toBe(before);
  });
});

it('has reviewed fixtures to test', () => {
  expect(cases.map((c) => c.id)).toContain('feedx/archive-md/rfi-seed-20230928');
});
