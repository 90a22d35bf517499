/**
 * `npm run bench`: the built extension (dist/) in real Chromium and Firefox, on
 * issue 5's three pages: the seed as a rendered page, a long rfi.fr article (300
 * paragraphs, 40 images) and a 5 MB page of 20,000 elements; and on a fourth,
 * a blog page only Readability can read, where the reader first has Readability
 * injected (src/reader/load-readability.ts): what that round trip costs.
 *
 * Per page it prints the click-to-painted time measured in the page (from a mark
 * set just before the real toolbar click, or in Firefox from the moment the
 * browser window dispatched it, to the reader's `liseuse:painted` mark: the
 * first frame painted with the article's header and first part in it),
 * plain Readability's parse time of a clone of the same document in the same
 * browser, their difference (our fixed overhead) and ratio, the bytes injected at
 * page load and on open, and the memory the overlay holds after open and after
 * close, and the engine's floor: the same click with an empty reader bundle.
 * Every page is left to settle after loading before it is clicked (SETTLE_MS).
 * Then the robustness tests' bad inputs: how soon each is answered and how long
 * the page is blocked meanwhile (bad-inputs.ts). Timings are printed against the
 * budgets of issue 5, never asserted (docs/performance.md).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, launch, type BrowserName, type ReaderBrowser } from '../../test/e2e/harness/browsers';
import { htmlRoute, startFixtureServer, type Route } from '../../test/e2e/harness/server';
import { fixtureRoutes } from '../../test/support/fixture-routes';
import { badInputRoutes } from '../../test/support/bad-input-pages';
import { bigArticlePage, longRfiArticle } from '../../test/support/generated-pages';
import { badInputOk, benchBadInputs, printBadInputs, type BadInputRow } from './bad-inputs';
import { consoleMessage, loadSettled, median, only, SETTLE_MS } from './driver';

const root = join(import.meta.dirname, '..', '..');
const readabilitySource = readFileSync(join(root, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

/** The budgets of issue 5. */
const BUDGET = { overheadMs: 40, ratio: 1.5, loadScriptGzip: 4096, memoryBackWithin: 0.1 };

/** Runs per page and engine; the median is reported. */
const RUNS = Number(process.env.LISEUSE_BENCH_RUNS ?? 7);

interface BenchPage {
  name: string;
  url: (port: number) => string;
  /** Whether the ratio budget applies (the long and the 5 MB pages). */
  ratioBudget: boolean;
  /**
   * Whether the overhead budget applies: issue 5's three pages. The blog page is
   * there to show what loading Readability on demand costs; its overhead is
   * printed and checked, but it is not one of the pages the budget was set for.
   */
  overheadBudget: boolean;
}

const long = longRfiArticle(300, 40);
const PAGES: BenchPage[] = [
  {
    name: 'seed (rendered page)',
    url: (port) => `http://127.0.0.1:${port}/feedx/archive-md/rfi-seed-20230928.html`,
    ratioBudget: false,
    overheadBudget: true,
  },
  {
    name: 'long rfi.fr (300 p, 40 img)',
    url: (port) => new URL(long.path, `http://www.rfi.fr:${port}`).href,
    ratioBudget: true,
    overheadBudget: true,
  },
  { name: '5 MB (20,000 nodes)', url: (port) => `http://127.0.0.1:${port}/bench/5mb.html`, ratioBudget: true, overheadBudget: true },
  {
    name: 'blog (Readability on demand)',
    url: (port) => `http://127.0.0.1:${port}/generic/blog-post.html`,
    ratioBudget: false,
    overheadBudget: false,
  },
];

/** Clicks so far: each click waits for a console text of its own (see clickToPainted). */
let completions = 0;

/**
 * One click, measured in the page: from a mark set just before the click to `liseuse:painted`.
 *
 * Between the click and the reader's last mark, the driver does nothing in the
 * page: an observer set up before the click logs a text of its own to the console
 * once the reader's `liseuse:painted` and `liseuse:complete` marks are both set,
 * and only then are the marks read. Only the observer's callback runs in the page
 * meanwhile, a few microseconds after each of the reader's marks.
 * Waiting by polling instead (puppeteer's waitForFunction every 5 ms) ran the
 * driver's own scripts on the page's main thread while the reader opened, and
 * they were counted as ours: about 3 to 6 ms on the long rfi.fr page in Firefox,
 * where each poll is a WebDriver BiDi command handled in the page's process
 * (alternating runs, 12 and 14 opens each way, 2026-11-26; Chromium's medians
 * moved within their noise).
 */
export async function clickToPainted(
  b: ReaderBrowser,
  page: Page,
): Promise<{ total: number; frame: number; phases: Record<string, number> }> {
  const done = `liseuse-bench:complete:${++completions}`;
  const completed = consoleMessage(page, done);
  // Awaited below; a click that fails first must not leave it to reject unheard.
  completed.catch(() => undefined);
  const { marked, origin } = await page.evaluate((text: string) => {
    performance.clearMarks('liseuse:frame');
    performance.clearMarks('liseuse:painted');
    performance.clearMarks('liseuse:complete');
    const marked = performance.mark('bench:click').startTime;
    // A short body is all in before the first paint (`complete` before `painted`).
    const observer = new PerformanceObserver(() => {
      if (
        !performance.getEntriesByName('liseuse:painted', 'mark').length ||
        !performance.getEntriesByName('liseuse:complete', 'mark').length
      )
        return;
      observer.disconnect();
      console.debug(text);
    });
    observer.observe({ type: 'mark' });
    return { marked, origin: performance.timeOrigin };
  }, done);
  // Where the driver can tell when the click itself happened (Firefox), the time
  // it took to get there is left out: it is the driver's, not the click's.
  const clicked = b.clickToolbarButtonTimed
    ? Math.max(marked, (await b.clickToolbarButtonTimed(page)) - origin)
    : (await b.clickToolbarButton(page), marked);
  // A huge body goes in progressively (src/reader/overlay/insert-body.ts): the time
  // until all of it is in is printed too.
  await completed;
  const at = (name: string) => page.evaluate((n: string) => performance.getEntriesByName(n, 'mark').at(-1)!.startTime, name);
  const painted = await at('liseuse:painted');
  const complete = await at('liseuse:complete');
  const phases = await page.evaluate(() => {
    const at = (n: string) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? NaN;
    return {
      injected: at('liseuse:injected'),
      open: at('liseuse:open'),
      extracted: at('liseuse:extracted'),
      settings: at('liseuse:settings'),
      mounted: at('liseuse:mounted'),
      frame: at('liseuse:frame'),
    };
  });
  // The bundle's start mark belongs to this click only if it came after it.
  const injected = phases.injected >= clicked ? phases.injected : clicked;
  return {
    total: painted - clicked,
    frame: phases.frame - clicked,
    phases: {
      ...(clicked > marked ? { 'driver, left out': clicked - marked } : {}),
      'click→bundle': injected - clicked,
      'bundle→open': phases.open - injected,
      extract: phases.extracted - phases.open,
      'wait for settings': phases.settings - phases.extracted,
      mount: phases.mounted - phases.settings,
      'mount→frame': phases.frame - phases.mounted,
      'frame→painted': painted - phases.frame,
      'whole body in': complete - clicked,
    },
  };
}

/** Plain Readability in the page's own world: parse time of a fresh clone of the document. */
async function plainReadability(page: Page): Promise<{ parse: number; clone: number }> {
  await page.evaluate(`${readabilitySource}\n;window.__benchReadability = Readability;`);
  return page.evaluate(() => {
    const R = (window as unknown as { __benchReadability: new (doc: Document) => { parse(): unknown } }).__benchReadability;
    const t0 = performance.now();
    const clone = document.cloneNode(true) as Document;
    const t1 = performance.now();
    new R(clone).parse();
    return { clone: t1 - t0, parse: performance.now() - t1 };
  });
}

/**
 * The engine's floor: the same click, background and injection, with a reader
 * bundle that does nothing but set the reader's marks and wait for the next
 * frame to be painted, as src/reader/perf-marks.ts afterNextPaint does. What the browser itself takes (Firefox sets up an extension's script
 * context on a page the first time one is injected there), which no reader
 * can go under; printed beside our times, never subtracted from them.
 */
const EMPTY_READER = `for (const m of ['injected', 'open', 'extracted', 'settings', 'mounted']) performance.mark('liseuse:' + m);
requestAnimationFrame(() => { performance.mark('liseuse:frame'); const c = new MessageChannel(); c.port1.onmessage = () => { c.port1.close(); performance.mark('liseuse:painted'); performance.mark('liseuse:complete'); }; c.port2.postMessage(null); });`;

/** A copy of the build `dist` whose reader.js is EMPTY_READER; removed by the caller. */
function emptyReaderBuild(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-floor-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, 'reader.js'), EMPTY_READER);
  return dir;
}

/** Median click-to-painted of the empty reader on `spec`, fresh page each run. */
async function floorOf(b: ReaderBrowser, spec: BenchPage, port: number): Promise<number> {
  const page = await b.browser.newPage();
  const runs: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await loadSettled(page, spec.url(port));
      runs.push((await clickToPainted(b, page)).total);
    }
  } finally {
    await page.close();
  }
  return median(runs);
}

interface Row {
  floor: number;
  page: string;
  ours: number;
  /** Click to the start of the first frame (liseuse:frame), issue 5's example measure. */
  frame: number;
  warm: number;
  plain: number;
  clone: number;
  overhead: number;
  ratio: number;
  ratioBudget: boolean;
  overheadBudget: boolean;
  phases: Record<string, number>;
  memOpen: number;
  memClosed: number;
  memBase: number;
  memCode: number;
}

/** Measures one page in one engine. */
async function benchPage(b: ReaderBrowser, spec: BenchPage, port: number): Promise<Row> {
  const page = await b.browser.newPage();
  const url = spec.url(port);
  const ours: number[] = [];
  const frame: number[] = [];
  const warm: number[] = [];
  const phaseRuns: Record<string, number[]> = {};
  const plain: number[] = [];
  const clone: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh page each run: the first open, with the bundle injected, is what a user meets.
      await loadSettled(page, url);
      const cold = await clickToPainted(b, page);
      ours.push(cold.total);
      frame.push(cold.frame);
      for (const [k, v] of Object.entries(cold.phases)) (phaseRuns[k] ??= []).push(v);
      await b.clickToolbarButton(page);
      await page.waitForFunction(() => !document.querySelector('liseuse-reader'));
      warm.push((await clickToPainted(b, page)).total);

      await loadSettled(page, url);
      const p = await plainReadability(page);
      plain.push(p.parse);
      clone.push(p.clone);
    }
    // Memory, each figure after a full GC. The bundle's code and its world stay
    // after the first close, by design (a second open takes a fraction of the
    // first): that one-time cost is printed apart; the overlay's own memory is
    // measured from there, open, then closed.
    await page.goto(url, { waitUntil: 'load' });
    const memPristine = await b.heapBytes(page);
    await clickToPainted(b, page);
    await b.clickToolbarButton(page);
    await page.waitForFunction(() => !document.querySelector('liseuse-reader'));
    const memBase = await b.heapBytes(page);
    await clickToPainted(b, page);
    const memOpen = await b.heapBytes(page);
    await b.clickToolbarButton(page);
    await page.waitForFunction(() => !document.querySelector('liseuse-reader'));
    const memClosed = await b.heapBytes(page);
    const o = median(ours);
    const pl = median(plain);
    return {
      floor: NaN,
      page: spec.name,
      ours: o,
      frame: median(frame),
      warm: median(warm),
      plain: pl,
      clone: median(clone),
      overhead: o - pl,
      ratio: o / pl,
      ratioBudget: spec.ratioBudget,
      overheadBudget: spec.overheadBudget,
      phases: Object.fromEntries(Object.entries(phaseRuns).map(([k, v]) => [k, median(v)])),
      memBase,
      memCode: memBase - memPristine,
      memOpen: memOpen - memBase,
      memClosed: memClosed - memBase,
    };
  } finally {
    await page.close();
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const signedKib = (n: number) => `${n >= 0 ? '+' : ''}${(n / 1024).toFixed(0)} KiB`;

/** When each script is injected. */
const INJECTED_WHEN: Record<string, string> = {
  'detector.js': 'at page load (rfi.fr, feedx hosts)',
  'reader.js': 'on first open',
  'readability.js': 'then, only where Readability is needed',
};

/** Script sizes of one build, raw and gzip. */
function scriptSizes(dir: string): { name: string; raw: number; gzip: number }[] {
  return Object.keys(INJECTED_WHEN).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** Runs the whole benchmark and prints it; the last line is the one-line summary. */
export async function main(): Promise<void> {
  const routes: Route[] = [
    htmlRoute(long.path, long.html),
    htmlRoute('/bench/5mb.html', bigArticlePage(5 * 1024 * 1024, 20_000)),
    ...badInputRoutes(),
    ...fixtureRoutes(),
  ];
  const server = await startFixtureServer(routes);
  /** Per engine; `pages` is missing when LISEUSE_BENCH_PAGES left only bad inputs. */
  const summary: {
    engine: BrowserName;
    pages?: { worstOverhead: Row; worstRatio: Row; memOk: boolean };
    sizes: ReturnType<typeof scriptSizes>;
    bad: BadInputRow[];
  }[] = [];
  try {
    for (const name of BROWSER_NAMES.filter(only('LISEUSE_BENCH_BROWSERS'))) {
      const dist = join(root, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
      const sizes = scriptSizes(dist);
      console.log(`\n## ${name} (${RUNS} runs per page, medians; each page clicked ${SETTLE_MS} ms and an idle moment after its load)\n`);
      for (const s of sizes) {
        console.log(
          `${s.name.padEnd(15)} ${INJECTED_WHEN[s.name]!.padEnd(40)} ${kib(s.raw).padStart(10)} raw ${kib(s.gzip).padStart(10)} gzip`,
        );
      }
      const pages = PAGES.filter((p) => only('LISEUSE_BENCH_PAGES')(p.name));
      const b = await launch(name, dist, { rfiHostPort: server.port });
      const rows: Row[] = [];
      let bad: BadInputRow[];
      try {
        for (const spec of pages) rows.push(await benchPage(b, spec, server.port));
        bad = await benchBadInputs(b, server.origin);
      } finally {
        await b.close();
      }
      if (rows.length) {
        const emptyDist = emptyReaderBuild(dist);
        const empty = await launch(name, emptyDist, { rfiHostPort: server.port });
        try {
          for (const [i, spec] of pages.entries()) rows[i]!.floor = await floorOf(empty, spec, server.port);
        } finally {
          await empty.close();
          rmSync(emptyDist, { recursive: true, force: true });
        }
        console.log('');
        console.log(
          `${'page'.padEnd(30)}${'click→painted'.padStart(14)}${'→frame'.padStart(9)}${'warm'.padStart(9)}${'Readability'.padStart(13)}${'overhead'.padStart(10)}${'ratio'.padStart(7)}${'floor'.padStart(9)}${'mem open'.padStart(11)}${'mem closed'.padStart(12)}`,
        );
        for (const r of rows) {
          console.log(
            `${r.page.padEnd(30)}${ms(r.ours).padStart(14)}${ms(r.frame).padStart(9)}${ms(r.warm).padStart(9)}${ms(r.plain).padStart(13)}${ms(r.overhead).padStart(10)}${r.ratio.toFixed(2).padStart(7)}${ms(r.floor).padStart(9)}${signedKib(r.memOpen).padStart(11)}${signedKib(r.memClosed).padStart(12)}`,
          );
        }
        console.log(
          "→frame: to the start of the first frame after the article went in (issue 5's example measure); painted is after that frame",
        );
        console.log("floor: the same click with an empty reader bundle, the browser's own share (not subtracted)");
        console.log('\nphases (medians):');
        for (const r of rows) {
          console.log(
            `  ${r.page.padEnd(30)} ${Object.entries(r.phases)
              .map(([k, v]) => `${k} ${ms(v)}`)
              .join(', ')}; document clone ${ms(r.clone)}`,
          );
        }
        console.log('\none-time memory of the injected bundle (its code and world, kept for the next open):');
        for (const r of rows) {
          console.log(`  ${r.page.padEnd(30)} ${signedKib(r.memCode)}`);
        }
      }
      console.log('\nbudgets:');
      for (const r of rows) {
        const memBack = r.memClosed <= r.memBase * BUDGET.memoryBackWithin;
        console.log(
          `  ${r.page.padEnd(30)} overhead ${r.overhead <= BUDGET.overheadMs ? 'ok' : 'OVER'}${r.overheadBudget ? '' : " (not one of issue 5's pages: not in the summary)"}` +
            `${r.ratioBudget ? `, ratio ${r.ratio <= BUDGET.ratio ? 'ok' : 'OVER'} (to the frame's start: ${(r.frame / r.plain).toFixed(2)})` : ''}` +
            `, memory after close ${memBack ? 'ok' : 'OVER'} (${((r.memClosed / r.memBase) * 100).toFixed(1)} % of ${kib(r.memBase)})`,
        );
      }
      const detector = sizes.find((s) => s.name === 'detector.js')!;
      console.log(`  page-load script ${kib(detector.gzip)} gzip: ${detector.gzip <= BUDGET.loadScriptGzip ? 'ok' : 'OVER'}`);
      printBadInputs(bad);
      summary.push({
        engine: name,
        pages: rows.length
          ? {
              // The blog page alone (LISEUSE_BENCH_PAGES=blog) stands in when no budget page is measured.
              worstOverhead: (rows.some((r) => r.overheadBudget) ? rows.filter((r) => r.overheadBudget) : rows).reduce((a, r) =>
                r.overhead > a.overhead ? r : a,
              ),
              // The seed page has no ratio budget: it stands in when it is the only page measured.
              worstRatio: rows.filter((r) => r.ratioBudget).reduce((a, r) => (r.ratio > a.ratio ? r : a), { ...rows[0]!, ratio: 0 }),
              memOk: rows.every((r) => r.memClosed <= r.memBase * BUDGET.memoryBackWithin),
            }
          : undefined,
        sizes,
        bad,
      });
    }
  } finally {
    await server.close();
  }
  const loadGzip = Math.max(...summary.map((s) => s.sizes.find((x) => x.name === 'detector.js')!.gzip));
  const measured = summary.flatMap((s) => (s.pages ? [{ engine: s.engine, ...s.pages }] : []));
  const parts = [];
  let ok = loadGzip <= BUDGET.loadScriptGzip;
  if (measured.length) {
    const worstOverhead = measured.reduce((a, s) => (s.worstOverhead.overhead > a.worstOverhead.overhead ? s : a));
    const worstRatio = measured.reduce((a, s) => (s.worstRatio.ratio > a.worstRatio.ratio ? s : a));
    const memOk = measured.every((s) => s.memOk);
    ok &&= worstOverhead.worstOverhead.overhead <= BUDGET.overheadMs && worstRatio.worstRatio.ratio <= BUDGET.ratio && memOk;
    parts.push(
      `worst overhead ${ms(worstOverhead.worstOverhead.overhead)} (${worstOverhead.engine}, ${worstOverhead.worstOverhead.page}; budget ${BUDGET.overheadMs} ms)`,
      `worst ratio ${worstRatio.worstRatio.ratio.toFixed(2)} (${worstRatio.engine}, ${worstRatio.worstRatio.page}; budget ${BUDGET.ratio})`,
    );
    parts.push(`page-load script ${kib(loadGzip)} gzip`, `memory after close ${memOk ? 'back within 10 %' : 'NOT back'}`);
  } else parts.push(`page-load script ${kib(loadGzip)} gzip`);
  const bad = summary.flatMap((s) => s.bad);
  if (bad.length) {
    const badOk = bad.every(badInputOk);
    ok &&= badOk;
    parts.push(`bad inputs ${badOk ? 'within their limits' : 'OVER their limits'}`);
  }
  console.log('');
  console.log(`summary: ${parts.join(', ')}: ${ok ? 'within budgets' : 'OVER BUDGET'}`);
}
