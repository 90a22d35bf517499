/**
 * Hand-made web pages: rfi.fr pages of every edition (test/fixtures/rfi, built from
 * docs/rfi-pages.md) and pages of other sites (test/fixtures/generic). Articles are
 * read exactly right, listings are not articles, the page itself is never modified.
 */
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../src/sites/index';
import { articleProblems } from '../support/check-article';
import { fixtureCases } from '../support/fixtures';
import { pageAt, readInJsdom } from '../support/extract-in-jsdom';

const cases = [...fixtureCases('rfi'), ...fixtureCases('generic')];

describe.each(cases)('page fixture $id', (c) => {
  const expected = c.expected!;
  const recognised = c.id.startsWith('rfi/') ? { site: 'rfi', article: expected.article } : undefined;
  it(recognised ? 'is recognised from its address' : 'is not a page Liseuse has rules for', () => {
    const page = recognisePage(pageAt(c.source, expected.url!), expected.url!);
    if (recognised) expect(page).toMatchObject(recognised);
    else expect(page).toBeUndefined();
  });
  it(expected.article ? 'is read exactly right' : 'shows no article', () => {
    const { article, body, before, after } = readInJsdom(c.source, expected.url!);
    expect(articleProblems(article, body, expected)).toEqual([]);
    expect(after, 'the page itself is never modified').toBe(before);
  });
});

it('covers cn, fr, a section front and a page of another site at least', () => {
  const ids = cases.map((c) => c.id);
  expect(ids).toEqual(expect.arrayContaining(['rfi/cn-article', 'rfi/fr-article', 'rfi/cn-section-front', 'generic/not-an-article']));
});
