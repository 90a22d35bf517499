/**
 * Every reviewed feedx fixture (a folder with expected.json) in each wrapping a
 * reader meets: the raw archive text, the page a static site or a code host
 * renders from it, and a feed reader's page (tt-rss's shared page, the item's
 * HTML as feedx's feed carries it).
 */
import { describe, expect, it } from 'vitest';
import { articleProblems } from '../support/check-article';
import { plainTextPage, renderFeedxPage } from '../support/feedx-pages';
import { fixtureCases, type Expected } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';
import { TTRSS_SHARED_URL, ttRssSharedPage } from '../support/feed-reader-pages';
import { feedxItemOf } from '../e2e/feed-readers/tt-rss/feed';

const cases = fixtureCases('feedx').filter((c) => c.expected);

const wrappings = {
  'plain text': (md: string) => ({ html: plainTextPage(md), url: 'https://raw.example.org/news/item.md' }),
  'Jekyll page': (md: string) => ({ html: renderFeedxPage(md, 'jekyll'), url: 'https://archive.example.org/2023/09/28/item.html' }),
  'code-host page': (md: string) => ({ html: renderFeedxPage(md, 'code-host'), url: 'https://code.example.org/news/blob/main/item.md' }),
  'feed reader’s page': (md: string) => ({ html: ttRssSharedPage(feedxItemOf(md)), url: TTRSS_SHARED_URL }),
};

/**
 * What a feed reader shows changes one thing: an item with no date of its own
 * (FT, CNA) is dated by the reader, to the minute, in the reader's zone (UTC on
 * tt-rss's shared page), rather than by the crawl time in the publisher's.
 */
function expectedIn(wrapping: string, c: (typeof cases)[number]): Expected {
  const crawled = feedxItemOf(c.source).published.getTime();
  if (wrapping !== 'feed reader’s page' || Date.parse(c.expected!.published ?? '') !== crawled) return c.expected!;
  return { ...c.expected!, published: `${new Date(Math.floor(crawled / 60_000) * 60_000).toISOString().slice(0, 16)}:00+00:00` };
}

describe.each(cases)('feedx fixture $id', (c) => {
  it.each(Object.entries(wrappings))('is read exactly right as a %s', (wrapping, wrap) => {
    const { html, url } = wrap(c.source);
    const { article, body, before, after } = readInJsdom(html, url);
    expect(articleProblems(article, body, expectedIn(wrapping, c))).toEqual([]);
    expect(after, 'the page itself is never modified').toBe(before);
  });
});

it('has reviewed fixtures to test', () => {
  expect(cases.map((c) => c.id)).toContain('feedx/archive-md/rfi-seed-20230928');
});
