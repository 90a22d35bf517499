/**
 * Hand-made rfi.fr pages of every edition (test/fixtures/rfi, built from
 * docs/rfi-pages.md): articles read exactly right, listings are not articles, and
 * the page itself is never modified.
 */
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../src/sites/recognise-page';
import { articleProblems } from '../support/check-article';
import { fixtureCases } from '../support/fixtures';
import { pageAt, readInJsdom } from '../support/extract-in-jsdom';

const cases = fixtureCases('rfi');

describe.each(cases)('rfi fixture $id', (c) => {
  const expected = c.expected!;
  it('is recognised from its address', () => {
    expect(recognisePage(pageAt(c.source, expected.url!), expected.url!)).toMatchObject({ site: 'rfi', article: expected.article });
  });
  it(expected.article ? 'is read exactly right' : 'shows no article', () => {
    const { article, body, before, after } = readInJsdom(c.source, expected.url!);
    expect(articleProblems(article, body, expected)).toEqual([]);
    expect(after, 'the page itself is never modified').toBe(before);
  });
});

it('covers cn, fr and a section front at least', () => {
  const ids = cases.map((c) => c.id);
  expect(ids).toEqual(expect.arrayContaining(['rfi/cn-article', 'rfi/fr-article', 'rfi/cn-section-front']));
});
