/**
 * A feedx item is recognised inside a feed reader by its HTML and its original link
 * alone (readers strip classes, ids and data-*): every feedx fixture's item, as
 * feedx's feed carries it and with its classes and attributes stripped, is one;
 * ordinary feed items, and a publisher's own summary under its link, are not.
 */
import { describe, expect, it } from 'vitest';
import { isFeedxItem } from '../../src/sites/feedx';
import { feedxItem } from '../e2e/feed-readers/tt-rss/feed';
import { HANDMADE_ITEMS } from '../e2e/feed-readers/tt-rss/feed-items';
import { fixtureCases } from '../support/fixtures';

const ids = fixtureCases('feedx')
  .filter((c) => c.expected && !c.id.includes('/hostile/'))
  .map((c) => c.id);
const body = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
/** What tt-rss's sanitiser leaves: no class, id, style or data-* attribute. */
const stripped = (html: string) => {
  const root = body(html);
  for (const el of Array.from(root.querySelectorAll('*')))
    for (const name of el.getAttributeNames()) if (/^(class|id|style|data-)/.test(name)) el.removeAttribute(name);
  return root;
};

describe.each(ids)('%s', (id) => {
  const { html, link } = feedxItem(id);
  it('is a feedx item as its feed carries it', () => expect(isFeedxItem(body(html), link)).toBe(true));
  it('and with its classes and attributes stripped', () => expect(isFeedxItem(stripped(html), link)).toBe(true));
});

describe('not feedx items', () => {
  it.each(HANDMADE_ITEMS.map((i) => [i.title, i]))('%s', (_, item) => expect(isFeedxItem(body(item.html), item.link)).toBe(false));
  it("a publisher's own feed: a summary under its link", () => {
    const summary = '<p>Le président a annoncé mardi une réforme des retraites, qui doit être présentée au Parlement en juin.</p>';
    expect(isFeedxItem(body(summary), 'https://www.rfi.fr/fr/france/20240102-reforme')).toBe(false);
    expect(isFeedxItem(body('<p><i>BBC News</i> A short summary of the story.</p>'), 'https://www.bbc.com/news/world-1')).toBe(false);
  });
});
