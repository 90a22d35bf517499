/**
 * Issue 16: on pages of sites Liseuse has no rules for, it is never worse than
 * plain Readability with its default options (Firefox Reader View). Every case of
 * test/fixtures/generic is read by both; Liseuse must open what Readability opens,
 * reach at least Readability's body F1 against the expected text (0.95 at least
 * where Readability reaches it), and get the title right wherever Readability
 * does (test/unit/page-fixtures.test.ts checks each against its expected.json).
 * `npm run generic-report` prints the figures side by side.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../support/fixtures';
import { expectedText } from '../support/body-score';
import { compareGeneric, worseThanReadability } from '../support/generic-comparison';

const cases = fixtureCases('generic');

describe.each(cases)('generic page $id', (c) => {
  const expected = c.expected!;
  it('is a reviewed hand-made case that says what it follows and what a reader shows', () => {
    expect(expected.handmade).toBe(true);
    expect(expected.shape).toBeTruthy();
    expect(expected.url).toMatch(/^https?:\/\//);
    if (expected.article) {
      expect(expected.title).toBeTruthy();
      expect(expectedText(c).length).toBeGreaterThan(100);
    }
  });
  it('is read by Liseuse at least as well as by plain Readability', () => {
    expect(worseThanReadability(compareGeneric(c))).toEqual([]);
  });
});

it('covers every page shape the issue names', () => {
  const shapes = cases.map((c) => c.expected!.shape!).join('\n');
  for (const kind of [/articleBody/, /JSON-LD/, /WordPress/, /Ghost/, /Hugo/, /Jekyll/, /Sphinx/, /MkDocs/, /Docusaurus/, /Wikipedia/]) {
    expect(shapes).toMatch(kind);
  }
  expect(cases.length).toBeGreaterThanOrEqual(30);
});
