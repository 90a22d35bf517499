/**
 * The real Tiny Tiny RSS of the feed-reader tests works in both browsers: it lists
 * every item of the test feed in each of its four ways of reading, and shows the
 * item a reader opens. (Liseuse over these views is tested with the feed-reader
 * adapter.) The first run on a machine installs tt-rss from Debian: minutes.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureCase } from '../../../support/fixtures';
import { BROWSER_NAMES, launch, type ReaderBrowser } from '../../harness/browsers';
import { feedxItem } from './feed';
import { HANDMADE_ITEMS } from './feed-items';
import { startTtRss, stopTtRss, TTRSS_SETUP_TIMEOUT, type TtRss } from './service';
import { expandItem, focusItem, itemRow, openCollapsedView, openCombinedView, openThreePaneView, sharedArticleUrl } from './ttrss';

const dist = join(import.meta.dirname, '..', '..', '..', '..', 'dist');

let ttrss: TtRss;
beforeAll(async () => {
  ttrss = await startTtRss();
}, TTRSS_SETUP_TIMEOUT);
afterAll(() => stopTtRss());

const normalise = (s: string) => s.replace(/\s+/g, ' ');
/** A phrase of the item's own text, from its fixture's reviewed expectations. */
const phraseOf = (fixtureId: string) => fixtureCase(fixtureId).expected!.mustContain![0]!;

const shortRfi = 'feedx/jekyll-post/rfi-2020-10-05_1601909809000_752b61be';
const rfi2023 = 'feedx/archive-md/rfi-999950';
const voa = 'feedx/jekyll-post/voa_2020-08-13_1597354891000_9796b0fa';
const afpWire = 'feedx/jekyll-post/rfi-2021-01-07_1610013272000_1030f323';

/** Titles of the listed rows, and each row's kind (classes tt-rss gives it). */
async function listed(page: Page) {
  return page.$$eval('#headlines-frame > [id^="RROW-"]', (rows) =>
    rows.map((r) => ({
      title: r.getAttribute('data-article-title'),
      kind: ['expanded', 'expandable', 'hl'].find((c) => r.classList.contains(c)),
      active: r.classList.contains('active'),
      text: r.querySelector('.content-inner')?.textContent?.trim() ?? '',
    })),
  );
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  let page: Page;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'));
    page = await b.browser.newPage();
  });
  afterAll(() => b?.close());

  test('combined view: every item expanded in one list; a click into one makes it the active item', async () => {
    await openCombinedView(page, ttrss);
    const rows = await listed(page);
    expect(rows.map((r) => r.title).sort()).toEqual(ttrss.items.map((i) => i.title).sort());
    expect(rows.every((r) => r.kind === 'expanded')).toBe(true);

    await focusItem(page, feedxItem(shortRfi).title);
    const row = await itemRow(page, feedxItem(shortRfi).title);
    expect(normalise(await row.$eval('.content-inner', (c) => c.textContent!))).toContain(phraseOf(shortRfi));
    expect((await listed(page)).filter((r) => r.active).map((r) => r.title)).toEqual([feedxItem(shortRfi).title]);
  });

  test('collapsed view: headlines only; a click on one expands that one', async () => {
    await openCollapsedView(page, ttrss);
    const before = await listed(page);
    expect(before).toHaveLength(ttrss.items.length);
    expect(before.every((r) => r.kind === 'expandable' && !r.active && r.text === '')).toBe(true);

    await expandItem(page, feedxItem(rfi2023).title);
    const after = await listed(page);
    expect(after.filter((r) => r.text !== '').map((r) => r.title)).toEqual([feedxItem(rfi2023).title]);
    expect(normalise(after.find((r) => r.active)!.text)).toContain(phraseOf(rfi2023));
  });

  test('three panes: the headline list, and the clicked item in the content pane', async () => {
    await openThreePaneView(page, ttrss, feedxItem(voa).title);
    const rows = await listed(page);
    expect(rows).toHaveLength(ttrss.items.length);
    expect(rows.every((r) => r.kind === 'hl')).toBe(true);
    const pane = await page.$eval('#content-insert .post', (p) => ({
      link: p.querySelector('.header .title a')?.getAttribute('href'),
      text: p.querySelector('.content')?.textContent ?? '',
    }));
    expect(pane.link).toBe(feedxItem(voa).link);
    expect(normalise(pane.text)).toContain(phraseOf(voa));
  });

  test('the shared-article page shows one item, feedx or not', async () => {
    await page.goto(sharedArticleUrl(ttrss, feedxItem(afpWire).title), { waitUntil: 'load' });
    const shared = await page.$eval('body > .container', (c) => ({
      link: c.querySelector('h1 a')?.getAttribute('href'),
      text: c.querySelector('.content .content')?.textContent ?? '',
    }));
    expect(shared.link).toBe(feedxItem(afpWire).link);
    expect(normalise(shared.text)).toContain(phraseOf(afpWire));

    const blog = HANDMADE_ITEMS[0]!;
    await page.goto(sharedArticleUrl(ttrss, blog.title), { waitUntil: 'load' });
    expect(await page.$eval('body > .container h1 a', (a) => a.getAttribute('href'))).toBe(blog.link);
    expect(await page.$eval('body > .container', (c) => c.textContent)).toContain('eighteen 1/4-inch balls');
  });
});
