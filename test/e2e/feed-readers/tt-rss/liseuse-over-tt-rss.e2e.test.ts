/**
 * Liseuse over the real Tiny Tiny RSS, in Chromium and Firefox: every item of the
 * test feed (25 feedx items, 3 hand-made posts) in each of tt-rss's four ways of
 * reading, opened as a user opens it there (the shared page; a click into its text
 * among all items expanded; its headline among collapsed ones; its headline beside
 * the content pane), then the real toolbar button. Each is checked field by field
 * against what Liseuse must show (title, date, source, site "… via feedx", lead,
 * images, body of that item only: test/support/feed-reader-items.ts), then closed
 * with Esc; the next item is opened on the same page. Firefox: the shortcut works
 * there, and the address-bar button is not shown (no host permission).
 *
 * The browsers run in Asia/Shanghai: tt-rss writes dates at the browser's offset
 * when the user logged in (UTC on the shared page, seen without a session), so a
 * date read in the wrong zone shows. About a minute per view and browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleProblems } from '../../../support/check-article';
import { expectedAsShown } from '../../../support/feed-reader-items';
import { fixtureCase, type Expected } from '../../../support/fixtures';
import { BROWSER_NAMES, CAPABILITIES, launch, type ReaderBrowser } from '../../harness/browsers';
import { overlayAsArticle, waitForOverlay, waitForOverlayClosed } from '../../support/overlay';
import { forgetReadingPositions } from '../../support/positions';
import type { FeedItem } from './feed-items';
import { startTtRss, stopTtRss, TTRSS_SETUP_TIMEOUT, type TtRss } from './service';
import {
  expandItem,
  focusItem,
  itemRow,
  openCollapsedView,
  openCombinedView,
  openThreePaneView,
  sharedArticleUrl,
  showInContentPane,
} from './ttrss';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const dist = join(root, 'dist');
/** With LISEUSE_SCREENSHOTS=1 the screenshot test writes docs/screenshots/feed-reader*.png (tracked files). */
const writeScreenshots = process.env.LISEUSE_SCREENSHOTS === '1';
// Not UTC, so that a date read at the wrong offset is wrong (the browsers inherit it).
process.env.TZ = 'Asia/Shanghai';

let ttrss: TtRss;
beforeAll(async () => {
  ttrss = await startTtRss();
}, TTRSS_SETUP_TIMEOUT);
afterAll(() => stopTtRss());

/** tt-rss's own words and icons (ligature text) around an item: never in the article. */
const ttrssChrome = ['Imported at', 'no tags', 'trending_neutral', 'label_outline', 'rss_feed', 'Tiny Tiny RSS'];

/** What Liseuse must show for `item` as tt-rss shows it (`shownHtml`), its dates at `offset` minutes from UTC. */
function expectedFor(item: FeedItem, shownHtml: string, offset: number): Expected {
  const base: Expected = item.fixtureId
    ? expectedAsShown(fixtureCase(item.fixtureId).expected!, shownHtml)
    : {
        article: true,
        title: item.title,
        sourceUrl: item.link,
        // tt-rss shows the feed's time to the minute.
        published: `${new Date(Math.floor(item.published.getTime() / 60_000) * 60_000 + offset * 60_000).toISOString().slice(0, 16)}:00${offset ? '+08:00' : '+00:00'}`,
        siteName: new URL(item.link).hostname,
        lang: 'en',
        dir: 'ltr',
        mustContain: [/<p>([^<&]{20,60})/.exec(item.html)![1]!],
      };
  return { ...base, mustNotContain: [...(base.mustNotContain ?? []), ...ttrssChrome] };
}

/** The item's content as tt-rss shows it now, at `selector`. */
const shownHtml = (page: Page, selector: string) => page.$eval(selector, (el) => el.innerHTML);

/** Opens the reader with `open` (a real button click), checks it against `item`, closes it with Esc; the problems, none when right. */
async function readAndClose(page: Page, open: (p: Page) => Promise<void>, item: FeedItem, html: string, offset: number): Promise<string[]> {
  await open(page);
  const view = await waitForOverlay(page);
  const { article, body } = overlayAsArticle(view);
  const problems = view.message ? [`message: ${view.message}`] : articleProblems(article, body, expectedFor(item, html, offset));
  await page.keyboard.press('Escape');
  await waitForOverlayClosed(page);
  return problems;
}

/** Runs `each` for every item of the feed; the problems by item title (an empty object when every item was right). */
async function everyItem(items: readonly FeedItem[], each: (item: FeedItem) => Promise<string[]>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const item of items) {
    const problems = await each(item);
    if (problems.length) found[item.title] = problems;
  }
  return found;
}

const rowContent = async (page: Page, title: string) => `#${await (await itemRow(page, title)).evaluate((r) => r.id)} .content-inner`;

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  let page: Page;
  let offset: number;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'));
    page = await b.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    offset = await page.evaluate(() => -new Date().getTimezoneOffset());
  });
  afterAll(() => b?.close());

  // First, before any login: whoever receives a shared link has no session, and tt-rss shows them UTC.
  test('the shared-article page of every item', { timeout: 600_000 }, async () => {
    const click = (p: Page) => b.clickToolbarButton(p);
    const problems = await everyItem(ttrss.items, async (item) => {
      await page.goto(sharedArticleUrl(ttrss, item.title), { waitUntil: 'load' });
      return readAndClose(page, click, item, await shownHtml(page, '.content.post > .content'), 0);
    });
    expect(problems).toEqual({});
  });

  test('all items expanded: a click into each one’s text, then the button', { timeout: 600_000 }, async () => {
    expect(offset, 'the browser runs at +08:00').toBe(480);
    await openCombinedView(page, ttrss);
    const problems = await everyItem(ttrss.items, async (item) => {
      await focusItem(page, item.title);
      return readAndClose(page, b.clickToolbarButton, item, await shownHtml(page, await rowContent(page, item.title)), offset);
    });
    expect(problems).toEqual({});
  });

  test('headlines collapsed: each one opened by a click, then the button', { timeout: 600_000 }, async () => {
    await openCollapsedView(page, ttrss);
    const problems = await everyItem(ttrss.items, async (item) => {
      await expandItem(page, item.title);
      return readAndClose(page, b.clickToolbarButton, item, await shownHtml(page, await rowContent(page, item.title)), offset);
    });
    expect(problems).toEqual({});
  });

  test('three panes: each headline shown in the content pane, then the button', { timeout: 600_000 }, async () => {
    await openThreePaneView(page, ttrss, ttrss.items[0]!.title);
    const problems = await everyItem(ttrss.items, async (item) => {
      await showInContentPane(page, item.title);
      return readAndClose(page, b.clickToolbarButton, item, await shownHtml(page, '#content-insert .post > .content'), offset);
    });
    expect(problems).toEqual({});
  });

  test('tt-rss’s own keys (next article, star, next feed) do nothing behind the open reader', async () => {
    const item = ttrss.items[1]!;
    await openCombinedView(page, ttrss);
    await focusItem(page, item.title);
    const state = () =>
      page.evaluate(() => ({
        active: document.querySelector('#headlines-frame > .active')?.id,
        marked: document.querySelectorAll('#headlines-frame > .marked').length,
        rows: document.querySelectorAll('#headlines-frame > [id^="RROW-"]').length,
      }));
    const before = await state();
    expect(before.active).toMatch(/^RROW-/);
    await b.clickToolbarButton(page);
    await waitForOverlay(page);
    // n: next article; s: star it; j and k: another feed; Ctrl+Down: next article.
    for (const key of ['n', 'n', 's', 'j', 'k'] as KeyInput[]) await page.keyboard.press(key);
    await page.keyboard.down('Control');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.up('Control');
    expect((await waitForOverlay(page)).message, 'the reader is still open on the article').toBeUndefined();
    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    // tt-rss acts on keys at once; a moment for any request it would have sent.
    await new Promise((r) => setTimeout(r, 500));
    expect(await state()).toEqual(before);
  });

  if (CAPABILITIES[name].shortcut)
    test('Firefox: the shortcut opens the item; no address-bar button on a feed reader’s host', async () => {
      const item = ttrss.items.find((i) => i.fixtureId?.includes('rfi-999950'))!;
      await openCombinedView(page, ttrss);
      await focusItem(page, item.title);
      expect(await b.isAddressBarButtonShown!(page)).toBe(false);
      const problems = await readAndClose(
        page,
        (p) => b.pressShortcut!(p),
        item,
        await shownHtml(page, await rowContent(page, item.title)),
        offset,
      );
      expect(problems).toEqual([]);
    });

  if (name === 'chromium')
    // One engine is enough for pictures; the checks above run in both.
    test('screenshots: an RFI item in tt-rss’s three panes, and Liseuse over it (900×600)', async () => {
      const item = ttrss.items.find((i) => i.fixtureId?.includes('rfi-999950'))!;
      await forgetReadingPositions(b);
      await page.setViewport({ width: 900, height: 600 });
      await openThreePaneView(page, ttrss, item.title);
      await showInContentPane(page, item.title);
      const shots: [string, Uint8Array][] = [['feed-reader-tt-rss', await page.screenshot({ type: 'png' })]];
      await b.clickToolbarButton(page);
      await waitForOverlay(page);
      await page.evaluate(() =>
        (document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement).focus(),
      );
      shots.push(['feed-reader', await page.screenshot({ type: 'png' })]);
      await page.keyboard.press('Escape');
      await waitForOverlayClosed(page);
      await page.setViewport({ width: 1280, height: 900 });
      for (const [file, png] of shots) {
        // PNG header: width and height, big-endian, at bytes 16 and 20.
        const header = Buffer.from(png);
        expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([900, 600]);
        expect(png.length, 'small enough for a README').toBeLessThan(400_000);
        if (writeScreenshots) {
          mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
          writeFileSync(join(root, 'docs', 'screenshots', `${file}.png`), png);
        }
      }
    });
});
