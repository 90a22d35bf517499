/**
 * Waiting for the reader to be done with a page, as the hostile suite needs it,
 * once it is shown (support/overlay.ts, waitForOverlay): every image it shows
 * loaded or failed, and nothing more asked of the test server for a moment
 * (queued error and load events have run by then). Reads the overlay with
 * `document.querySelector` only: a hostile page may clobber other document
 * properties (`<img name=body>`).
 */
import type { Page } from 'puppeteer-core';
import type { FixtureServer } from '../harness/server';

/** How long the server must see no request before the page counts as quiet. */
const QUIET_MS = 250;

/** Waits until the server has seen no request for QUIET_MS (requests the page's frames and images make land there). */
export async function serverQuiet(server: FixtureServer, page: Page): Promise<void> {
  let seen = -1;
  // Polls from the page's side so a page that navigated away fails loudly here.
  for (;;) {
    if (server.requests.length === seen) return;
    seen = server.requests.length;
    await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), QUIET_MS);
  }
}

/**
 * Waits until every image the reader shows has loaded or failed. Images below the
 * fold are lazy: they are made to load as scrolling down to them would.
 */
export async function waitForReaderImages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    for (const img of Array.from(root.querySelectorAll('img'))) img.loading = 'eager';
  });
  await page.waitForFunction(
    () => Array.from(document.querySelector('liseuse-reader')?.shadowRoot?.querySelectorAll('img') ?? []).every((i) => i.complete),
    { timeout: 20_000, polling: 50 },
  );
}

/**
 * Provokes every handler an element in the reader's article could carry: mouse,
 * pointer, focus, click (links and what is inside them excepted: they open
 * tabs; a script address in a link is a finding of reader-findings.ts), media and animation
 * events, dispatched on each element, and a real focus of each focusable one.
 */
export async function provokeReader(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    const article = root.querySelector('article') ?? root;
    const types = [
      'mouseover',
      'mouseenter',
      'mousemove',
      'pointerover',
      'pointerenter',
      'focus',
      'focusin',
      'error',
      'load',
      'toggle',
      'animationstart',
      'transitionend',
      'begin',
      'play',
    ];
    for (const el of Array.from(article.querySelectorAll('*'))) {
      for (const type of types) el.dispatchEvent(new Event(type));
      if (el instanceof HTMLElement) {
        el.focus();
        if (!el.closest('a')) el.click();
      }
    }
  });
}
