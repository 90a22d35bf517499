/**
 * The built extension (dist/chrome, dist/firefox) in real Chromium and Firefox ESR,
 * opened by the real buttons a user clicks: the reader shows the documented fields
 * right, closes by Esc, by its close button and by the same button again, and
 * leaves the page exactly as it was.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleProblems } from '../support/check-article';
import { fixtureCase } from '../support/fixtures';
import { fixtureRoutes, rfiFixtureUrl } from '../support/fixture-routes';
import { BROWSER_NAMES, CAPABILITIES, launch, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { overlayAsArticle, pageState, readOverlay, waitForOverlay, waitForOverlayClosed } from './support/overlay';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const seed = fixtureCase('feedx/archive-md/rfi-seed-20230928');
const cnArticle = fixtureCase('rfi/cn-article');

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixtureRoutes());
});
afterAll(() => server?.close());

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port });
  });
  afterAll(() => b?.close());

  const seedText = () => `${server.origin}/feedx/archive-md/rfi-seed-20230928.md`;
  const seedPage = () => `${server.origin}/feedx/archive-md/rfi-seed-20230928.html`;

  /** Opens with `click`, checks the fields against `expected`, closes with `close`, checks the page is unchanged. */
  async function openCheckClose(
    page: Page,
    click: (p: Page) => Promise<void>,
    close: 'Escape' | 'close button' | 'same button',
    check: (view: Awaited<ReturnType<typeof readOverlay>>) => void,
  ) {
    // Scroll first: the reader must give the reader back their place.
    await page.evaluate(() => window.scrollTo(0, Math.min(400, document.documentElement.scrollHeight)));
    const before = await pageState(page);
    await click(page);
    const view = await waitForOverlay(page);
    check(view);
    expect(view.styled, 'our stylesheet applies').toBe(true);
    expect(view.dialogLabelled, 'a labelled dialog').toBe(true);
    expect(view.focusInside, 'the dialog takes focus').toBe(true);
    if (close === 'Escape') await page.keyboard.press('Escape');
    else if (close === 'close button') {
      await page.evaluate(() =>
        (document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[data-liseuse="close"]') as HTMLElement).click(),
      );
    } else await click(page);
    await waitForOverlayClosed(page);
    expect(await pageState(page), 'the page is exactly as before').toEqual(before);
  }

  test('an rfi.fr article at its own address (release match patterns) opens right', async () => {
    const page = await b.open(rfiFixtureUrl(cnArticle.id, server.port));
    // Firefox: the address-bar button appears on recognised articles; Chromium: the toolbar button.
    const click = CAPABILITIES[name].addressBarButton ? b.clickAddressBarButton! : b.clickToolbarButton;
    if (CAPABILITIES[name].addressBarButton) {
      await page.waitForFunction(() => document.readyState === 'complete');
      await expect.poll(() => b.isAddressBarButtonShown!(page), { timeout: 5000 }).toBe(true);
    }
    await openCheckClose(page, click, 'Escape', (view) => {
      const { article, body } = overlayAsArticle(view);
      expect(articleProblems(article, body, cnArticle.expected!)).toEqual([]);
    });
  });

  test('the seed as a plain-text archive file opens exactly right', async () => {
    const page = await b.open(seedText());
    await openCheckClose(page, b.clickToolbarButton, 'close button', (view) => {
      const { article, body } = overlayAsArticle(view);
      expect(articleProblems(article, body, seed.expected!)).toEqual([]);
      expect(view.published?.text, 'the date is shown for people').toMatch(/2023/);
    });
  });

  test('the seed as a rendered page opens right and closes with the same button', async () => {
    const page = await b.open(seedPage());
    const click = CAPABILITIES[name].shortcut ? (p: Page) => b.pressShortcut!(p) : b.clickToolbarButton;
    await openCheckClose(page, click, 'same button', (view) => {
      const { article, body } = overlayAsArticle(view);
      expect(articleProblems(article, body, seed.expected!)).toEqual([]);
    });
  });

  test('a page with no article gets a polite message, and stays as it was', async () => {
    const page = await b.open(`${server.origin}/generic/not-an-article.html`);
    await openCheckClose(page, b.clickToolbarButton, 'Escape', (view) => {
      expect(view.message).toBe('No article found on this page');
      expect(view.title).toBeUndefined();
    });
  });

  /** How many times `file`'s bundle was evaluated in `page` (src/reader/perf-marks.ts). */
  const evaluations = (page: Page, file: 'reader' | 'readability') =>
    page.evaluate(
      (m: string) => performance.getEntriesByName(m, 'mark').length,
      file === 'reader' ? 'liseuse:injected' : 'liseuse:readability-injected',
    );

  test('a page only Readability can read loads it on demand, once; an rfi.fr article never loads it', async () => {
    const blog = fixtureCase('generic/blog-post');
    const page = await b.open(`${server.origin}/generic/blog-post.html`);
    for (const close of ['Escape', 'same button'] as const) {
      await openCheckClose(page, b.clickToolbarButton, close, (view) => {
        const { article, body } = overlayAsArticle(view);
        expect(articleProblems(article, body, blog.expected!)).toEqual([]);
      });
    }
    expect(await evaluations(page, 'reader'), 'reader.js, once').toBe(1);
    expect(await evaluations(page, 'readability'), 'readability.js, once for two opens').toBe(1);

    const rfi = await b.open(rfiFixtureUrl(cnArticle.id, server.port));
    await openCheckClose(rfi, b.clickToolbarButton, 'Escape', (view) => {
      expect(view.title).toBe(cnArticle.expected!.title);
    });
    expect(await evaluations(rfi, 'readability'), 'no Readability on rfi.fr').toBe(0);
  });

  test('an rfi.fr section front is not an article', async () => {
    const page = await b.open(rfiFixtureUrl('rfi/cn-section-front', server.port));
    if (CAPABILITIES[name].addressBarButton) {
      await page.waitForFunction(() => document.readyState === 'complete');
      // Give the detector time to report, then check the button stayed hidden.
      await new Promise((r) => setTimeout(r, 500));
      expect(await b.isAddressBarButtonShown!(page)).toBe(false);
    }
    await openCheckClose(page, b.clickToolbarButton, 'close button', (view) => {
      expect(view.message).toBe('No article found on this page');
    });
  });

  if (CAPABILITIES[name].shortcut) {
    test('the keyboard shortcut opens and closes the reader on any site', async () => {
      const page = await b.open(seedText());
      await openCheckClose(
        page,
        (p) => b.pressShortcut!(p),
        'same button',
        (view) => {
          expect(view.title).toBe(seed.expected!.title);
        },
      );
    });
  }
});
