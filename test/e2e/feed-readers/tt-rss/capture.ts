/**
 * `node scripts/tt-rss.mjs capture`: saves the rendered DOM of the four tt-rss views
 * to test/fixtures/feed-readers/tt-rss/<view>/source.html, with expected.json
 * naming the item being read, for unit tests of the feed-reader adapter.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { BROWSER_BINARIES } from '../../harness/binaries';
import { feedxItem } from './feed';
import { offsetText, ttrssLongDate } from './shown-date';
import { startTtRss, stopTtRss, type TtRss } from './service';
import { expandItem, focusItem, itemRow, openCollapsedView, openCombinedView, openThreePaneView, sharedArticleUrl } from './ttrss';

const out = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'feed-readers', 'tt-rss');

/** The browser's zone during captures: not UTC, so a date read in the wrong zone shows. */
export const CAPTURE_TZ = 'Asia/Shanghai';

/** Replaces the page's CSRF token (the only session secret in the DOM) with a fixed value. */
export const FIXED_CSRF_TOKEN = 'liseuse-fixed-csrf-token';

/** One capture: the item read (a different kind in each view), how, and where its date is. */
interface View {
  name: string;
  fixtureId: string;
  how: string;
  /** The shown date, inside the item's element, else on the page. */
  dateSelector: string;
  /** True where tt-rss shows dates in UTC (no session: no browser offset). */
  utc?: boolean;
  /** Opens the view with `title` being read; returns the selector of its element. */
  open(page: Page, ttrss: TtRss, title: string): Promise<string>;
}

const rowSelector = async (page: Page, title: string) => `#${await (await itemRow(page, title)).evaluate((r) => r.id)}`;

// In this order: the share page first, before any login, as whoever receives a
// shared link usually is.
const VIEWS: View[] = [
  {
    name: 'share',
    // A short AFP wire.
    fixtureId: 'feedx/jekyll-post/rfi-2021-01-07_1610013272000_1030f323',
    how: 'the page shows this one item',
    dateSelector: '.post .header .row > div:last-child',
    utc: true,
    async open(page, ttrss, title) {
      await page.goto(sharedArticleUrl(ttrss, title), { waitUntil: 'load' });
      return 'body > .container';
    },
  },
  {
    name: 'combined',
    // The shortest RFI item (a YouTube iframe and a few lines).
    fixtureId: 'feedx/jekyll-post/rfi-2020-10-05_1601909809000_752b61be',
    how: 'clicked into its text: the row is .active',
    dateSelector: '.header .updated',
    async open(page, ttrss, title) {
      await openCombinedView(page, ttrss);
      await focusItem(page, title);
      return rowSelector(page, title);
    },
  },
  {
    name: 'collapsed',
    // RFI 2023: share block, related-articles aside, feedx footer.
    fixtureId: 'feedx/archive-md/rfi-999950',
    how: 'clicked its headline: the row is .active, the only one with content',
    dateSelector: '.header .updated',
    async open(page, ttrss, title) {
      await openCollapsedView(page, ttrss);
      await expandItem(page, title);
      return rowSelector(page, title);
    },
  },
  {
    name: 'three-panes',
    fixtureId: 'feedx/archive-md/rfi-seed-20230928',
    how: 'clicked its headline: the content pane shows it, its row is .active',
    dateSelector: '.header .date',
    async open(page, ttrss, title) {
      await openThreePaneView(page, ttrss, title);
      return '#content-insert .post';
    },
  },
];

async function save(page: Page, view: View, selector: string, zoneMinutes: number) {
  // Images point at the publishers' servers, unreachable here; let the failures settle.
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 15_000 }).catch(() => undefined);
  const item = feedxItem(view.fixtureId);
  const found = await page.evaluate(
    (readSel, dateSel) => {
      const el = document.querySelector(readSel);
      const dateEl = el?.querySelector(dateSel) ?? document.querySelector(dateSel);
      const rows = document.querySelectorAll('#headlines-frame > [id^="RROW-"]').length;
      return { exists: !!el, date: dateEl?.textContent?.trim() ?? null, rows, html: document.documentElement.outerHTML };
    },
    selector,
    view.dateSelector,
  );
  if (!found.exists) throw new Error(`${view.name}: ${selector} not on the page`);
  const instant = new Date(Math.floor(item.published.getTime() / 60_000) * 60_000);
  const expectedText = ttrssLongDate(instant, zoneMinutes);
  if (found.date !== expectedText)
    throw new Error(`${view.name}: tt-rss shows ${found.date}, expected ${expectedText} (${offsetText(zoneMinutes)})`);
  const csrf = /const __csrf_token = "([0-9a-f]+)"/.exec(found.html)?.[1];
  const html = csrf ? found.html.split(csrf).join(FIXED_CSRF_TOKEN) : found.html;
  const dir = join(out, view.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), `<!DOCTYPE html>\n${html}\n`);
  const expected = {
    capturedFrom: `Tiny Tiny RSS 21~git20210204.b4cbc79+dfsg-1.2 (Debian bookworm) run locally; Chromium ${(await page.browser().version()).replace(/^\D+/, '')}, TZ=${CAPTURE_TZ}`,
    view: view.name,
    // Items listed on the page (the share page shows one, outside any list).
    itemCount: found.rows || 1,
    read: {
      selector,
      how: view.how,
      title: item.title,
      link: item.link,
      feedxFixture: view.fixtureId,
      feedPubDate: item.published.toISOString(),
      shownDate: {
        text: found.date,
        selector: view.dateSelector,
        machine: null,
        zone: offsetText(zoneMinutes),
        instant: instant.toISOString(),
      },
    },
  };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  console.log(`captured ${view.name}: ${item.title}`);
}

/** Captures the four views from a freshly reset tt-rss in Chromium. */
export async function captureAll(): Promise<void> {
  const ttrss = await startTtRss();
  const browser = await puppeteer.launch({
    executablePath: BROWSER_BINARIES.chromium,
    headless: true,
    pipe: true,
    args: ['--no-sandbox'],
    env: { ...process.env, TZ: CAPTURE_TZ },
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const zone = -(await page.evaluate(() => new Date().getTimezoneOffset()));
    for (const view of VIEWS) {
      const selector = await view.open(page, ttrss, feedxItem(view.fixtureId).title);
      await save(page, view, selector, view.utc ? 0 : zone);
    }
  } finally {
    await browser.close();
    await stopTtRss();
  }
}
