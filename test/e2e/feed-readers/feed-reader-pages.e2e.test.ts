/**
 * Liseuse over the hand-made Miniflux, FreshRSS, Nextcloud News and Inoreader
 * pages (test/fixtures/feed-readers, README.md), in Chromium and Firefox: each
 * case as its rule asks (the reader's mark, a real click into an item's text, a
 * scroll that puts an item at the top of its pane), then the real toolbar button,
 * and the article checked field by field. A page of many open items opens the one
 * the user clicked into, whichever it is. Miniflux's pages carry its real CSP
 * (Trusted Types required): the overlay works and is styled there. Firefox: the
 * shortcut works on a feed reader, and the address-bar button is not shown there.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaseExpected } from '../../../scripts/fixtures/feed-readers/expected';
import { articleProblems } from '../../support/check-article';
import { fixtureRoutes } from '../../support/fixture-routes';
import { fixtureCase, fixtureCases, type Expected } from '../../support/fixtures';
import { BROWSER_NAMES, CAPABILITIES, launch, type ReaderBrowser } from '../harness/browsers';
import { startFixtureServer, type FixtureServer } from '../harness/server';
import { overlayAsArticle, waitForOverlay } from '../support/overlay';

const dist = join(import.meta.dirname, '..', '..', '..', 'dist');
const cases = fixtureCases('feed-readers')
  .filter((c) => c.expected?.handmade === true)
  .map((c) => ({ id: c.id, e: c.expected as unknown as CaseExpected }));

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixtureRoutes());
});
afterAll(() => server?.close());

/** `e` as served here: what the reader's page holds under its own origin (Miniflux's proxied images) is under ours. */
function served(e: CaseExpected): Expected {
  const origin = new URL(e.url!).origin;
  const here = (url: string | undefined) => (url?.startsWith(`${origin}/`) ? server.origin + url.slice(origin.length) : url);
  return { ...e, image: here(e.image), images: e.images?.map((u) => here(u)!) };
}

/** Does what the case's rule asks, as a user: a click into the text, or a scroll that brings the item to the top. */
async function actAsUser(page: Page, e: CaseExpected): Promise<void> {
  if (e.read.rule === 'last-clicked') await page.click(e.read.click!);
  if (e.read.rule === 'nearest-top') {
    await page.$eval(e.read.scrollTo!, (el) => el.scrollIntoView({ block: 'start' }));
    // Scrolling is applied by the next frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

/** Opens the reader on `page` with `open`; what it shows that `expected` does not (a message where an article is expected, and the reverse). */
async function problemsOf(page: Page, open: (p: Page) => Promise<void>, expected: Expected): Promise<string[]> {
  await open(page);
  const view = await waitForOverlay(page);
  if (view.message) return expected.article ? [`message: ${view.message}`] : [];
  const { article, body } = overlayAsArticle(view);
  return [...articleProblems(article, body, expected), ...(view.styled ? [] : ['the overlay is not styled'])];
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'));
  });
  afterAll(() => b?.close());

  test.each(cases)('$id', async ({ id, e }) => {
    const page = await b.open(`${server.origin}/${id}.html`);
    await page.setViewport({ width: 1280, height: 900 });
    await actAsUser(page, e);
    expect(await problemsOf(page, b.clickToolbarButton, served(e))).toEqual([]);
    await page.close();
  });

  // The same page, every item open and none marked: the third item is clicked into instead of the case's.
  test.each([
    ['freshrss/list-unmarked-click', 'freshrss/list-unmarked-scroll'],
    ['inoreader/expanded-unmarked-click', 'inoreader/expanded-unmarked-scroll'],
  ])('a page of many items: %s, a click into the third item’s text opens that item', async (pageCase, thirdItemCase) => {
    const e = fixtureCase(`feed-readers/${thirdItemCase}`).expected as unknown as CaseExpected;
    expect(e.read.index).toBe(2);
    const page = await b.open(`${server.origin}/feed-readers/${pageCase}.html`);
    await page.setViewport({ width: 1280, height: 900 });
    const third = await page.$$(e.read.items).then((items) => items[2]!);
    await (await third.$('p'))!.click();
    expect(await problemsOf(page, b.clickToolbarButton, served(e))).toEqual([]);
    await page.close();
  });

  if (CAPABILITIES[name].shortcut)
    test('Firefox: no address-bar button on a feed reader; the shortcut opens the item clicked into', async () => {
      const { id, e } = cases.find((c) => c.id === 'feed-readers/nextcloud-news/screenreader-unmarked-click')!;
      const page = await b.open(`${server.origin}/${id}.html`);
      expect(await b.isAddressBarButtonShown!(page)).toBe(false);
      await actAsUser(page, e);
      expect(await problemsOf(page, (p) => b.pressShortcut!(p), served(e))).toEqual([]);
      await page.close();
    });
});
