/**
 * The tt-rss captures (test/fixtures/feed-readers/tt-rss/<view>/) say what their
 * pages show: the item named in expected.json is the one marked as being read,
 * with that title, original link and shown date, among the listed items.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_CSRF_TOKEN } from '../e2e/feed-readers/tt-rss/capture';
import { ttrssLongDate } from '../e2e/feed-readers/tt-rss/shown-date';
import { feedxItem } from '../e2e/feed-readers/tt-rss/feed';
import { fixturesDir } from '../support/fixtures';

const dir = join(fixturesDir, 'feed-readers', 'tt-rss');
const views = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

interface Capture {
  view: string;
  itemCount: number;
  read: {
    selector: string;
    title: string;
    link: string;
    feedxFixture: string;
    shownDate: { text: string; selector: string; zone: string; instant: string };
  };
}

it('has the four views', () => {
  expect(views.sort()).toEqual(['collapsed', 'combined', 'share', 'three-panes']);
});

describe.each(views)('tt-rss capture %s', (view) => {
  const html = readFileSync(join(dir, view, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, view, 'expected.json'), 'utf8')) as Capture;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const read = doc.querySelectorAll(expected.read.selector);
  const rows = [...doc.querySelectorAll('#headlines-frame > [id^="RROW-"]')];

  it('marks exactly one item as being read, the one expected.json names', () => {
    expect(read).toHaveLength(1);
    const item = feedxItem(expected.read.feedxFixture);
    expect([expected.read.title, expected.read.link]).toEqual([item.title, item.link]);
    const links = [...read[0]!.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') === expected.read.link);
    expect(links.some((a) => a.textContent!.includes(expected.read.title))).toBe(true);
    if (view !== 'share') {
      const active = rows.filter((r) => r.classList.contains('active'));
      expect(active.map((r) => r.getAttribute('data-article-title'))).toEqual([expected.read.title]);
    }
  });

  it('shows the date expected.json gives, in its zone', () => {
    const date = read[0]!.querySelector(expected.read.shownDate.selector) ?? doc.querySelector(expected.read.shownDate.selector);
    expect(date?.textContent?.trim()).toBe(expected.read.shownDate.text);
    const [, sign, h, m] = /^([+-])(\d\d):(\d\d)$/.exec(expected.read.shownDate.zone)!;
    const offset = (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
    expect(ttrssLongDate(new Date(expected.read.shownDate.instant), offset)).toBe(expected.read.shownDate.text);
  });

  it('lists the items it says, and keeps no session secret', () => {
    expect(rows.length || 1).toBe(expected.itemCount);
    const token = /const __csrf_token = "([^"]*)"/.exec(html)?.[1];
    expect(token === undefined || token === FIXED_CSRF_TOKEN).toBe(true);
  });
});
