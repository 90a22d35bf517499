/**
 * What the bench's driver does around a click, shared by `npm run bench`,
 * `npm run bench:compare` and the bad-input figures: load a page and let it
 * settle, hear the page's word that it is done, take medians, narrow the run.
 */
import type { ConsoleMessage, Page } from 'puppeteer-core';

/** For a quick look while working: only the engines and pages whose names contain these words (comma-separated). */
export const only = (variable: string) => (name: string) => (process.env[variable]?.split(',') ?? ['']).some((word) => name.includes(word));

/** The median of `xs`. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * How long after its load event a page is left before a click: a reader clicks
 * a page already on screen, not one in the middle of the browser's own work
 * after loading (docs/performance.md). Plain Readability is timed on pages left
 * just as long.
 */
export const SETTLE_MS = 300;

/** Loads `url`, then waits SETTLE_MS and for the page's next idle moment. */
export async function loadSettled(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(
    (ms: number) => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 2000 }), ms)),
    SETTLE_MS,
  );
}

/**
 * Resolves when `page` logs `text` to its console, rejects after 20 s. Only
 * listens: nothing runs in the page on the driver's behalf.
 */
export function consoleMessage(page: Page, text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', heard);
      reject(new Error(`bench: no ${text} from the page within 20 s`));
    }, 20_000);
    const heard = (message: ConsoleMessage) => {
      if (message.text() !== text) return;
      clearTimeout(timer);
      page.off('console', heard);
      resolve();
    };
    page.on('console', heard);
  });
}
