/**
 * The bad inputs' figures for `npm run bench` (test/support/bad-input-pages.ts):
 * how long after the click the reader's answer is in the page, and the longest
 * the page could not run meanwhile. The robustness tests check which path gives
 * each answer (test/e2e/robustness.e2e.test.ts); how long it takes is measured
 * here, against the limits those tests once asserted, and printed, never asserted.
 */
import type { Page } from 'puppeteer-core';
import type { ReaderBrowser } from '../../test/e2e/harness/browsers';
import { BAD_INPUTS } from '../../test/support/bad-input-pages';
import { consoleMessage, loadSettled, median, only } from './driver';

/** An answer within 2 s of the click; the page with no article never blocked over 200 ms. */
export const BAD_INPUT_LIMITS = { answerMs: 2000, blockedMs: 200, blockedOn: 'no article' };

/** Opens per bad input: the 20 MB page takes seconds to load, and the limits are far from the figures. */
const RUNS = 3;

/** One bad input's medians, in ms. */
export interface BadInputRow {
  what: string;
  /** Click to the overlay in the page (`liseuse:mounted`). */
  answer: number;
  /**
   * The longest gap between the page's 5 ms heartbeats, from the click to 50 ms
   * after the first paint; in both engines. Chromium's long-task entries are not
   * used: they showed none of these gaps, 250 ms ones included.
   */
  blocked: number;
}

let clicks = 0;

/** One open of the reader on `page`, already loaded; the page runs a heartbeat meanwhile. */
async function measureOpen(b: ReaderBrowser, page: Page): Promise<Omit<BadInputRow, 'what'>> {
  const done = `liseuse-bench:bad-input:${++clicks}`;
  const heard = consoleMessage(page, done);
  heard.catch(() => undefined);
  const { marked, origin } = await page.evaluate((text: string) => {
    performance.clearMarks('liseuse:mounted');
    performance.clearMarks('liseuse:painted');
    const state = { blocked: 0 };
    (window as unknown as { __benchBadInput: typeof state }).__benchBadInput = state;
    let last = performance.now();
    const beat = setInterval(() => {
      const now = performance.now();
      state.blocked = Math.max(state.blocked, now - last);
      last = now;
    }, 5);
    const marks = new PerformanceObserver(() => {
      if (!performance.getEntriesByName('liseuse:painted', 'mark').length) return;
      marks.disconnect();
      // A little past the paint, so that a task right after it counts too.
      setTimeout(() => {
        clearInterval(beat);
        console.debug(text);
      }, 50);
    });
    marks.observe({ type: 'mark' });
    return { marked: performance.mark('bench:click').startTime, origin: performance.timeOrigin };
  }, done);
  const clicked = b.clickToolbarButtonTimed
    ? Math.max(marked, (await b.clickToolbarButtonTimed(page)) - origin)
    : (await b.clickToolbarButton(page), marked);
  await heard;
  return page.evaluate((at: number) => {
    const state = (window as unknown as { __benchBadInput: { blocked: number } }).__benchBadInput;
    const mounted = performance.getEntriesByName('liseuse:mounted', 'mark').at(-1)!.startTime;
    return { answer: mounted - at, blocked: state.blocked };
  }, clicked);
}

/** Measures every bad input (LISEUSE_BENCH_PAGES narrows them by "bad input: <what>") in `b`, a fresh page per open. */
export async function benchBadInputs(b: ReaderBrowser, origin: string): Promise<BadInputRow[]> {
  const rows: BadInputRow[] = [];
  const page = await b.browser.newPage();
  try {
    for (const input of BAD_INPUTS.filter((i) => only('LISEUSE_BENCH_PAGES')(`bad input: ${i.what}`))) {
      const runs: Omit<BadInputRow, 'what'>[] = [];
      for (let i = 0; i < RUNS; i++) {
        await loadSettled(page, `${origin}${input.path}`);
        runs.push(await measureOpen(b, page));
      }
      rows.push({ what: input.what, answer: median(runs.map((r) => r.answer)), blocked: median(runs.map((r) => r.blocked)) });
    }
  } finally {
    await page.close();
  }
  return rows;
}

/** Whether `row` is within the limits. */
export const badInputOk = (row: BadInputRow) =>
  row.answer <= BAD_INPUT_LIMITS.answerMs && (row.what !== BAD_INPUT_LIMITS.blockedOn || row.blocked <= BAD_INPUT_LIMITS.blockedMs);

/** Prints `rows` with their limits. */
export function printBadInputs(rows: BadInputRow[]): void {
  if (!rows.length) return;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `\nbad inputs (${RUNS} opens each, medians; answer: click to the overlay in the page; blocked: the longest the page could not run, to 50 ms after the paint):`,
  );
  console.log(`  ${'page'.padEnd(22)}${'answer'.padStart(12)}${'blocked'.padStart(12)}`);
  for (const r of rows) {
    const limits = `answer ≤ ${BAD_INPUT_LIMITS.answerMs} ms${r.what === BAD_INPUT_LIMITS.blockedOn ? `, blocked ≤ ${BAD_INPUT_LIMITS.blockedMs} ms` : ''}`;
    console.log(
      `  ${r.what.padEnd(22)}${ms(r.answer).padStart(12)}${ms(r.blocked).padStart(12)}   ${badInputOk(r) ? 'ok' : 'OVER'} (${limits})`,
    );
  }
}
