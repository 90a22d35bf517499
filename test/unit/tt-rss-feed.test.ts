/**
 * The feed the real tt-rss subscribes to (test/e2e/feed-readers/tt-rss/feed.ts)
 * carries the fixture items exactly as feedx publishes them.
 */
import { expect, it } from 'vitest';
import { buildFeed, feedItems, feedxItem } from '../e2e/feed-readers/tt-rss/feed';
import { FEEDX_FIXTURE_IDS, HANDMADE_ITEMS } from '../e2e/feed-readers/tt-rss/feed-items';
import { fixtureCases } from '../support/fixtures';

const isRfi = (id: string) => /\/rfi-/.test(id);
const textLength = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s/g, '').length;

it('holds 25 real feedx items (20 RFI) and the hand-made posts', () => {
  expect(new Set(FEEDX_FIXTURE_IDS).size).toBe(25);
  expect(FEEDX_FIXTURE_IDS.filter(isRfi)).toHaveLength(20);
  expect(feedItems()).toHaveLength(25 + HANDMADE_ITEMS.length);
  expect(HANDMADE_ITEMS.every((i) => i.title.startsWith('Hand-made post:'))).toBe(true);
});

it('includes the shortest RFI items of the fixtures (short items once got "No article found")', () => {
  const rfi = fixtureCases('feedx')
    // The real RFI items of the two archives.
    .filter((c) => /^feedx\/(archive-md|jekyll-post)\/rfi-/.test(c.id))
    .map((c) => ({ id: c.id, length: textLength(feedxItem(c.id).html) }))
    .sort((a, b) => a.length - b.length);
  for (const { id } of rfi.slice(0, 2)) expect(FEEDX_FIXTURE_IDS).toContain(id);
});

it('is RSS 2.0 whose items carry title, original link, crawl time and the item HTML unchanged', () => {
  const items = feedItems();
  const doc = new DOMParser().parseFromString(buildFeed(items, 'http://10.213.7.1/'), 'application/xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.getAttribute('version')).toBe('2.0');
  const parsed = [...doc.querySelectorAll('channel > item')].map((item) => ({
    title: item.querySelector('title')!.textContent,
    link: item.querySelector('link')!.textContent,
    pubDate: new Date(item.querySelector('pubDate')!.textContent!).getTime(),
    html: item.querySelector('description')!.textContent,
  }));
  expect(parsed).toEqual(items.map((i) => ({ title: i.title, link: i.link, pubDate: i.published.getTime(), html: i.html })));
});

it('takes the crawl time from the <!--epoch--> comment and the HTML after the ------ line', () => {
  const seed = feedxItem('feedx/archive-md/rfi-seed-20230928');
  expect(seed.published.getTime()).toBe(1695923101000);
  expect(seed.link).toMatch(/^https:\/\/www\.rfi\.fr\/cn\//);
  expect(seed.html.startsWith('<')).toBe(true);
  expect(seed.html).not.toContain('------');
});
