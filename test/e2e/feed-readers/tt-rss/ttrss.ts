/**
 * The four ways of reading a feed in the real tt-rss, as a user gets to them,
 * for a puppeteer page in Chromium or Firefox (startTtRss first):
 *
 *   await openCombinedView(page, ttrss); await focusItem(page, title);  // all items expanded
 *   await openCollapsedView(page, ttrss); await expandItem(page, title); // headlines, one expanded
 *   await openThreePaneView(page, ttrss, title);                         // headlines + content pane
 *   await showInContentPane(page, otherTitle);                           // (another item, same view)
 *   await page.goto(sharedArticleUrl(ttrss, title));                     // the public share page
 *
 * Each view is its own account (tt-rss.sh), so opening one logs in as that account.
 * What each view's markup means: test/fixtures/feed-readers/tt-rss/README.md.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { shareKey, type TtRss, type TtRssUser } from './service';

const ROW = '#headlines-frame > [id^="RROW-"]';

// tt-rss's main object, a global `const` of its page (not a window property).
declare const App: { onActionSelected(action: string): void; getInitParam?(name: string): unknown } | undefined;
// Dojo's widget registry on tt-rss's pages.
declare const dijit: { byId?(id: string): unknown } | undefined;

/**
 * Logs `page` in as `user` (logging out whoever was in, as the menu's Logout
 * does); returns when the app has loaded. Waits on the page's state rather than
 * on navigation events: Firefox's WebDriver BiDi reports tt-rss's
 * post-and-redirect steps unreliably.
 */
export async function login(page: Page, ttrss: TtRss, user: TtRssUser): Promise<void> {
  // The page functions below run in the page: each names its conditions in full.
  // Login page ready: its widgets are built and the login field has taken focus
  // (keys typed before that could land in the wrong field). App ready: its
  // settings have arrived (logging out needs them).
  await page.goto(ttrss.base, { waitUntil: 'load' });
  const state = await page.waitForFunction(
    () =>
      typeof dijit !== 'undefined' &&
      typeof dijit.byId === 'function' &&
      dijit.byId('login') &&
      document.activeElement === document.getElementById('login')
        ? 'form'
        : typeof App !== 'undefined' && App.getInitParam?.('self_url_prefix')
          ? 'app'
          : false,
    { timeout: 30_000 },
  );
  if ((await state.jsonValue()) === 'app') {
    // The evaluation may end with its page.
    await page.evaluate(() => App!.onActionSelected('qmcLogout')).catch(() => undefined);
    await page.waitForFunction(
      () =>
        typeof dijit !== 'undefined' &&
        typeof dijit.byId === 'function' &&
        dijit.byId('login') &&
        document.activeElement === document.getElementById('login'),
      { timeout: 30_000 },
    );
  }
  await page.type('#login', user);
  await page.type('input[name="password"]', ttrss.password);
  await page.keyboard.press('Enter');
  const outcome = await page.waitForFunction(
    () =>
      document.querySelector('.ttrss_login .alert-danger')
        ? 'refused'
        : typeof App !== 'undefined' && App.getInitParam?.('self_url_prefix')
          ? 'in'
          : false,
    { timeout: 30_000 },
  );
  if ((await outcome.jsonValue()) !== 'in') throw new Error(`tt-rss refused the login of ${user}`);
}

/** Opens the account's subscription to the test feed (the address a bookmark of it has) and waits for every headline. */
async function openFeed(page: Page, ttrss: TtRss, user: TtRssUser): Promise<void> {
  await login(page, ttrss, user);
  const { feedId } = ttrss.users[user];
  // tt-rss opens the feed named in the address's hash (#f=ID&c=0) when it starts.
  await page.goto(`${ttrss.base}index.php#f=${feedId}&c=0`, { waitUntil: 'load' });
  await page.waitForFunction(
    (row, feedId, count) =>
      document.querySelector(`#headlines-frame[feed-id="${feedId}"]`) &&
      document.querySelectorAll(row).length === count &&
      (document.getElementById('overlay')?.offsetParent ?? null) === null,
    { timeout: 30_000 },
    ROW,
    feedId,
    ttrss.items.length,
  );
}

/** The default view: combined mode, every item expanded one after another in one list. */
export async function openCombinedView(page: Page, ttrss: TtRss): Promise<void> {
  await openFeed(page, ttrss, 'combined');
}

/** Combined mode with items collapsed to their headlines (CDM_EXPANDED off). */
export async function openCollapsedView(page: Page, ttrss: TtRss): Promise<void> {
  await openFeed(page, ttrss, 'collapsed');
}

/** Three panes: the headline list and, after a click on `title`'s headline, that item in the content pane. */
export async function openThreePaneView(page: Page, ttrss: TtRss, title: string): Promise<void> {
  await openFeed(page, ttrss, 'three-panes');
  await showInContentPane(page, title);
}

/** Three-pane view already open: clicks `title`'s headline and waits for that item in the content pane. */
export async function showInContentPane(page: Page, title: string): Promise<void> {
  const row = await itemRow(page, title);
  const id = await row.evaluate((r) => r.getAttribute('data-article-id')!);
  await (await row.$('.title'))!.click();
  await page.waitForFunction(
    (id) =>
      document.querySelector(`#content-insert [data-article-id="${id}"]`) &&
      document.getElementById(`RROW-${id}`)?.classList.contains('active'),
    { timeout: 30_000 },
    id,
  );
}

/** The row of the item whose headline reads `title` (the first if several). */
export async function itemRow(page: Page, title: string): Promise<ElementHandle<Element>> {
  const row = await page.evaluateHandle(
    (row, title) => [...document.querySelectorAll(row)].find((r) => r.getAttribute('data-article-title')?.trim() === title) ?? null,
    ROW,
    title,
  );
  const element = row.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`tt-rss lists no item titled ${JSON.stringify(title)}`);
  return element;
}

/**
 * Scrolls `row` to the top of the headline list and waits until it stays there:
 * tt-rss puts in the content of the rows scrolled over, which pushes this one
 * down (by thousands of pixels, the first time through a long list).
 */
async function scrollToRow(page: Page, row: ElementHandle<Element>): Promise<void> {
  let last = Number.NaN;
  for (let i = 0; i < 40; i++) {
    const top = await row.evaluate((r) => {
      r.scrollIntoView({ block: 'start' });
      return Math.round(r.getBoundingClientRect().top);
    });
    if (top === last) return;
    last = top;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('the row never stayed in place');
}

/**
 * Combined view: clicks into `title`'s text, as a reader does to start on an item;
 * tt-rss then marks that item active (and read). A click on the headline itself
 * would open the original article in a new tab.
 */
export async function focusItem(page: Page, title: string): Promise<void> {
  const row = await itemRow(page, title);
  await scrollToRow(page, row);
  // tt-rss fills in an expanded item's content once it has been scrolled into view.
  await page.waitForFunction((r) => (r.querySelector('.content-inner')?.textContent?.trim().length ?? 0) > 0, { timeout: 30_000 }, row);
  // A point inside the first text that is not a link, image or embed.
  const point = await row.evaluate((r) => {
    const inner = r.querySelector('.content-inner')!;
    const walker = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.textContent!.trim() && !n.parentElement!.closest('a, iframe, video, audio') ? 1 : 3),
    });
    const text = walker.nextNode();
    if (!text) return null;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(1, text.textContent!.length));
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  if (!point) throw new Error(`no text to click in ${JSON.stringify(title)}`);
  await page.mouse.click(point.x, point.y);
  await waitActive(page, row);
}

/** Collapsed view: clicks `title`'s headline, which expands that item (only that one). */
export async function expandItem(page: Page, title: string): Promise<void> {
  const row = await itemRow(page, title);
  await scrollToRow(page, row);
  await (await row.$('.title'))!.click();
  await waitActive(page, row);
}

async function waitActive(page: Page, row: ElementHandle<Element>): Promise<void> {
  await page.waitForFunction(
    (r) => r.classList.contains('active') && (r.querySelector('.content-inner')?.textContent?.trim().length ?? 0) > 0,
    { timeout: 30_000 },
    row,
  );
}

/** The public page of one item (`public.php?op=share&key=…`), as "Share by URL" gives it; no login needed. */
export function sharedArticleUrl(ttrss: TtRss, title: string): string {
  const item = ttrss.items.find((i) => i.title === title);
  if (!item) throw new Error(`the test feed has no item titled ${JSON.stringify(title)}`);
  return `${ttrss.base}public.php?op=share&key=${shareKey(item.link)}`;
}
