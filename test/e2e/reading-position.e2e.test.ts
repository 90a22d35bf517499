/**
 * Keeping the reader's place, in real Chromium and Firefox ESR on the built
 * extension: an article reopened after a close, or after a reload of the page
 * with the reader still open, scrolls back to the paragraph it was at and says
 * so; the same article in another wrapping (its feedx copy, then its rfi.fr
 * page) finds it too; the progress line follows; "Start from the top" and the
 * options page's "Forget reading positions" forget it.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureRoutes, rfiFixtureUrl } from '../support/fixture-routes';
import { longRfiArticle } from '../support/generated-pages';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { htmlRoute, startFixtureServer, type FixtureServer } from './harness/server';
import { waitForOverlay, waitForOverlayClosed } from './support/overlay';
import { clickControl, focusedInOverlay, waitForSettingsApplied } from './support/toolbar';
import { forgetReadingPositions } from './support/positions';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const long = longRfiArticle(120, 10);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer([htmlRoute(long.path, long.html), ...fixtureRoutes()]);
});
afterAll(() => server?.close());

/** Where the reader is: the body block at the top of the view (below the toolbar), the notice, the progress line. */
interface Place {
  scrollTop: number;
  /** The text of the first block whose bottom is below the toolbar (a paragraph of the long page ends with its number). */
  topBlock: string;
  /** How far that block's top is above the toolbar's bottom, in px. */
  into: number;
  notice: string;
  progress: number;
}

function readPlace(page: Page): Promise<Place> {
  return page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    const scroller = root.querySelector('.scroller')!;
    const line = root.querySelector('[data-liseuse="toolbar"]')!.getBoundingClientRect().bottom;
    const blocks = Array.from(root.querySelectorAll('[data-liseuse="body"] p, [data-liseuse="body"] h2, [data-liseuse="body"] figure'));
    const top = blocks.find((b) => b.getBoundingClientRect().bottom > line);
    const bar = root.querySelector('[data-liseuse="progress"] .progress-bar');
    const scale = bar ? /scaleX\(([\d.e-]+)\)/.exec((bar as HTMLElement).style.transform)?.[1] : undefined;
    return {
      scrollTop: scroller.scrollTop,
      topBlock: (top?.textContent ?? '').trim(),
      into: top ? Math.round(line - top.getBoundingClientRect().top) : 0,
      notice: (root.querySelector('[data-liseuse="position-notice"]')?.textContent ?? '').trim(),
      progress: scale ? Number(scale) : -1,
    };
  });
}

/**
 * Scrolls the reader so that the toolbar's bottom edge is `into` (a fraction of its
 * height) into the body paragraph containing `text`: half-way by default, so that
 * an image above that loads (or fails) meanwhile does not put another block on top.
 */
async function scrollToParagraph(page: Page, text: string, { into = 0.5, wait = true } = {}): Promise<void> {
  // A turn of the wheel first, as a reader scrolls: it ends the reader's holding on to a restored place.
  await page.mouse.move(500, 300);
  await page.mouse.wheel({ deltaY: 1 });
  await page.evaluate(
    (t, px) =>
      new Promise<void>((done) => {
        const root = document.querySelector('liseuse-reader')!.shadowRoot!;
        const scroller = root.querySelector('.scroller')!;
        const line = root.querySelector('[data-liseuse="toolbar"]')!.getBoundingClientRect().bottom;
        const p = Array.from(root.querySelectorAll('[data-liseuse="body"] p')).find((el) => el.textContent!.includes(t))!;
        // Frame after frame until it stays: blocks are laid out (content-visibility) only once near the view.
        let frames = 0;
        let still = 0;
        const step = () => {
          const box = p.getBoundingClientRect();
          const by = box.top - line + px * box.height;
          still = Math.abs(by) < 1 ? still + 1 : 0;
          // Held for three frames: Chromium lays out the blocks that came into view a frame or two later.
          if (still >= 3 || ++frames > 30) return done();
          if (!still) scroller.scrollTop += by;
          // Looked at again once the frame is painted: its rendering lays out the blocks now in view.
          requestAnimationFrame(() => setTimeout(step, 0));
        };
        step();
      }),
    text,
    into,
  );
  // A scroll is reported at most once a second: let the report go.
  if (wait) await new Promise((r) => setTimeout(r, 1500));
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port });
  });
  afterAll(() => b?.close());

  async function openReader(page: Page): Promise<void> {
    await b.clickToolbarButton(page);
    await waitForOverlay(page);
    await waitForSettingsApplied(page);
  }

  /** Waits until the reader has been put back (the notice is shown), then reads the place. */
  async function restoredPlace(page: Page): Promise<Place> {
    await page.waitForFunction(
      () => !!document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="position-notice"] .notice'),
      { timeout: 10_000 },
    );
    return readPlace(page);
  }

  test('close, reopen: back at the same paragraph, with a notice; the progress line follows', async () => {
    const page = await b.open(b.rfiUrl(long.path));
    await page.setViewport({ width: 1000, height: 700 });
    await openReader(page);
    const start = await readPlace(page);
    expect(start).toMatchObject({ scrollTop: 0, notice: '', progress: 0 });
    await scrollToParagraph(page, '(61)');
    const left = await readPlace(page);
    expect(left.topBlock).toContain('(61)');
    expect(left.progress).toBeGreaterThan(0.3);
    expect(left.progress).toBeLessThan(0.7);
    expect(
      await page.$eval('liseuse-reader', (h) => h.shadowRoot!.querySelector('[data-liseuse="progress"]')!.getAttribute('aria-hidden')),
    ).toBe('true');

    await b.clickToolbarButton(page);
    await waitForOverlayClosed(page);
    await openReader(page);
    const back = await restoredPlace(page);
    expect(back.topBlock).toBe(left.topBlock);
    expect(Math.abs(back.into - left.into), 'within a few px').toBeLessThanOrEqual(8);
    expect(back.notice).toContain('Back where you left off.');
    expect(back.notice).toContain('Start from the top');
    const live = await page.$eval('liseuse-reader', (h) =>
      h.shadowRoot!.querySelector('[data-liseuse="position-notice"]')!.getAttribute('role'),
    );
    expect(live).toBe('status');

    // The notice is reachable from the keyboard right after the toolbar, and dismissable.
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await focusedInOverlay(page)).toBe('position:start-over');
    await page.keyboard.press('Tab');
    expect(await focusedInOverlay(page)).toBe('position:dismiss');
    await page.keyboard.press('Enter');
    expect((await readPlace(page)).notice).toBe('');
    expect(await focusedInOverlay(page), 'the focus stays in the reader').toBe('dialog');
  });

  test('reload with the reader open, then reopen: back at the same paragraph, in a larger text size too', async () => {
    const page = await b.open(b.rfiUrl(long.path));
    await page.setViewport({ width: 1000, height: 700 });
    await openReader(page);
    // Scrolled and reloaded at once: the place is reported as the page goes (pagehide), not by the timer.
    await scrollToParagraph(page, '(91)', { wait: false });
    const left = await readPlace(page);
    expect(left.topBlock).toContain('(91)');
    await page.reload({ waitUntil: 'load' });
    await openReader(page);
    const back = await restoredPlace(page);
    expect(back.topBlock).toBe(left.topBlock);

    // Another text size lays the article out anew; the same paragraph is found.
    await clickControl(page, 'font-larger');
    await clickControl(page, 'font-larger');
    await scrollToParagraph(page, '(91)');
    const larger = await readPlace(page);
    expect(larger.topBlock).toContain('(91)');
    await b.clickToolbarButton(page);
    await waitForOverlayClosed(page);
    await openReader(page);
    expect((await restoredPlace(page)).topBlock).toBe(larger.topBlock);
    await clickControl(page, 'font-smaller');
    await clickControl(page, 'font-smaller');
  });

  test('the same article in another wrapping: its feedx copy, then its rfi.fr page', async () => {
    const feedx = await b.open(`${server.origin}/feedx/archive-md/rfi-seed-20230928.html`);
    await feedx.setViewport({ width: 900, height: 500 });
    await openReader(feedx);
    await scrollToParagraph(feedx, '中国大使馆表示');
    const left = await readPlace(feedx);
    expect(left.topBlock).toContain('中国大使馆表示');
    await b.clickToolbarButton(feedx);
    await waitForOverlayClosed(feedx);

    const rfi = await b.open(rfiFixtureUrl('rfi/cn-article-of-feedx-seed', server.port));
    await rfi.setViewport({ width: 900, height: 500 });
    await openReader(rfi);
    const back = await restoredPlace(rfi);
    expect(back.topBlock).toBe(left.topBlock);
  });

  test('"Start from the top" forgets the place; the options page forgets them all', async () => {
    const page = await b.open(b.rfiUrl(long.path));
    await page.setViewport({ width: 1000, height: 700 });
    await openReader(page);
    await restoredPlace(page);
    await clickControl(page, 'position:start-over');
    await page.waitForFunction(() => document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('.scroller')!.scrollTop === 0);
    expect((await readPlace(page)).notice).toBe('');
    await new Promise((r) => setTimeout(r, 1500));
    await b.clickToolbarButton(page);
    await waitForOverlayClosed(page);
    await openReader(page);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await readPlace(page)).toMatchObject({ scrollTop: 0, notice: '' });

    // Another place, then the options page's button.
    await scrollToParagraph(page, '(31)');
    await b.clickToolbarButton(page);
    await waitForOverlayClosed(page);
    // The long page and the seed article (both wrappings share one entry).
    expect(await forgetReadingPositions(b)).toBe('Done: reading positions forgotten (2 articles).');
    await page.bringToFront();
    await openReader(page);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await readPlace(page)).toMatchObject({ scrollTop: 0, notice: '' });
  });
});
