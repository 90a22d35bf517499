/**
 * `npm run bench:compare -- DIR_A DIR_B`: two builds (copies of dist/, each with
 * chrome/ and firefox/) compared by interleaved opens, one browser per build,
 * the opens alternating between them (ABBA), on the long rfi.fr page and the
 * seed item. Prints each phase's median per build and the median of the paired
 * differences (B − A). The machine's drift from one minute to the next moved
 * full `npm run bench` runs of the same code by a third; alternating opens puts
 * both builds through the same moments, so a change of 1 to 2 ms shows.
 * LISEUSE_BENCH_BROWSERS, LISEUSE_BENCH_PAGES (long, seed) and
 * LISEUSE_COMPARE_RUNS (default 15) narrow or widen it. Printed, never asserted.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, launch, type ReaderBrowser } from '../../test/e2e/harness/browsers';
import { htmlRoute, startFixtureServer } from '../../test/e2e/harness/server';
import { fixtureRoutes } from '../../test/support/fixture-routes';
import { longRfiArticle } from '../../test/support/generated-pages';
import { clickToPainted } from './bench';
import { loadSettled, median, only } from './driver';

const RUNS = Number(process.env.LISEUSE_COMPARE_RUNS ?? 15);

export async function main(): Promise<void> {
  const dirs = process.argv.slice(2).map((d) => resolve(d));
  if (dirs.length !== 2) throw new Error('usage: npm run bench:compare -- DIR_A DIR_B (two copies of a built dist/)');
  const long = longRfiArticle(300, 40);
  const server = await startFixtureServer([htmlRoute(long.path, long.html), ...fixtureRoutes()]);
  const pages = [
    { name: 'long', url: new URL(long.path, `http://www.rfi.fr:${server.port}`).href },
    { name: 'seed', url: `http://127.0.0.1:${server.port}/feedx/archive-md/rfi-seed-20230928.html` },
  ].filter((p) => only('LISEUSE_BENCH_PAGES')(p.name));
  try {
    for (const name of BROWSER_NAMES.filter(only('LISEUSE_BENCH_BROWSERS'))) {
      const browsers: ReaderBrowser[] = [];
      try {
        for (const dir of dirs)
          browsers.push(await launch(name, `${dir}/${name === 'chromium' ? 'chrome' : 'firefox'}`, { rfiHostPort: server.port }));
        const tabs: Page[] = await Promise.all(browsers.map((b) => b.browser.newPage()));
        for (const spec of pages) {
          const runs: Record<string, number>[][] = [[], []];
          // One open each first, left out: the first open in a fresh browser also sets up its caches.
          for (let i = 0; i <= RUNS; i++) {
            for (const v of i % 2 ? [1, 0] : [0, 1]) {
              await loadSettled(tabs[v]!, spec.url);
              const open = await clickToPainted(browsers[v]!, tabs[v]!);
              if (i > 0) runs[v]!.push({ ...open.phases, total: open.total });
            }
          }
          console.log(`\n## ${name}, ${spec.name} page (${RUNS} opens each, alternating; ms)\n`);
          console.log(`${'phase'.padEnd(20)}${'A'.padStart(8)}${'B'.padStart(8)}${'B − A (paired)'.padStart(16)}`);
          for (const key of Object.keys(runs[0]![0]!)) {
            const a = runs[0]!.map((r) => r[key]!);
            const b = runs[1]!.map((r) => r[key]!);
            const diff = median(a.map((x, i) => b[i]! - x));
            console.log(
              `${key.padEnd(20)}${median(a).toFixed(1).padStart(8)}${median(b).toFixed(1).padStart(8)}${`${diff >= 0 ? '+' : ''}${diff.toFixed(1)}`.padStart(16)}`,
            );
          }
        }
      } finally {
        for (const b of browsers) await b.close();
      }
    }
  } finally {
    await server.close();
  }
}
