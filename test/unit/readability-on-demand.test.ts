/**
 * Readability is loaded only for the pages that need it (src/reader/load-readability.ts):
 * the pages Liseuse is for never ask for it; another site's page may be read from
 * its article markup, but only where that gives what Readability would, and
 * otherwise asks for it, leaving the page as it was.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle, NEEDS_READABILITY } from '../../src/reader/pipeline/extract-article';
import type { Article } from '../../src/shared/article';
import { pageAt } from '../support/extract-in-jsdom';
import { renderFeedxPage } from '../support/feedx-pages';
import { fixtureCases } from '../support/fixtures';
import { bigArticlePage, longRfiArticle } from '../support/generated-pages';

const feedxItems = fixtureCases('feedx').filter((c) => c.sourceFile.endsWith('.md'));
const pages = [
  ...fixtureCases('rfi').map((c) => ({ id: c.id, html: c.source, url: c.expected!.url! })),
  ...feedxItems.map((c) => ({
    id: `${c.id} (Jekyll page)`,
    html: renderFeedxPage(c.source),
    url: 'https://archive.example.org/2023/09/28/item.html',
  })),
  { id: 'long rfi.fr page (bench)', html: longRfiArticle(30, 4).html, url: `https://www.rfi.fr${longRfiArticle(30, 4).path}` },
  { id: '5 MB page (bench), smaller', html: bigArticlePage(100_000, 400), url: 'https://news.example/2026/story' },
];

const generic = fixtureCases('generic').map((c) => ({ id: c.id, html: c.source, url: c.expected!.url! }));

/** The hand-made pages only Readability can read: plain <div>s, no article markup. */
const onlyReadability = new Set(['generic/blog-post']);

// Functions compare by identity: the cleaning left for later (Article.cleanBlocks) is compared by presence.
const comparable = (a: Article | undefined) => a && { ...a, content: a.content.outerHTML, cleanBlocks: a.cleanBlocks !== undefined };

describe.each(pages)('$id', ({ html, url }) => {
  it('is read without Readability, exactly as with it', () => {
    const without = extractArticle(pageAt(html, url), url);
    if (without === NEEDS_READABILITY) throw new Error('asked for Readability');
    expect(comparable(without)).toEqual(comparable(extractArticle(pageAt(html, url), url, Readability)));
  });
});

describe.each(generic.filter((p) => !onlyReadability.has(p.id)))('$id', ({ html, url }) => {
  it('is read without Readability exactly as with it, or asks for it and leaves the page as it was', () => {
    const doc = pageAt(html, url);
    const before = doc.documentElement.outerHTML;
    const without = extractArticle(doc, url);
    if (without === NEEDS_READABILITY) expect(doc.documentElement.outerHTML).toBe(before);
    else expect(comparable(without)).toEqual(comparable(extractArticle(pageAt(html, url), url, Readability)));
  });
});

describe.each(generic.filter((p) => onlyReadability.has(p.id)))('$id', ({ html, url }) => {
  it('asks for Readability, and leaves the page as it was', () => {
    const doc = pageAt(html, url);
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc, url)).toBe(NEEDS_READABILITY);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is read once Readability is given', () => {
    const article = extractArticle(pageAt(html, url), url, Readability);
    expect(article).toMatchObject({ title: expect.any(String) });
  });
});

it('covers rfi.fr, feedx items, marked-up pages and a page only Readability reads', () => {
  expect(feedxItems.length).toBeGreaterThan(5);
  expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining(['rfi/cn-article', 'rfi/fr-article']));
  expect(generic.map((p) => p.id)).toEqual(expect.arrayContaining(['generic/marked-up-article', ...onlyReadability]));
  // The shortcut is still taken where the markup is clear.
  const url = generic.find((p) => p.id === 'generic/marked-up-article')!.url;
  expect(extractArticle(pageAt(generic.find((p) => p.id === 'generic/marked-up-article')!.html, url), url)).not.toBe(NEEDS_READABILITY);
});
