/**
 * Pages of sites Liseuse has no rules for, opened by the toolbar button of the
 * built extension in real Chromium and Firefox ESR: one page per way Liseuse
 * used to do worse than plain Readability (issue 16), each read with the
 * right title and its body all but exactly the expected text, as in jsdom
 * (test/unit/generic-vs-readability.test.ts compares the two there).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureCase } from '../support/fixtures';
import { fixtureRoutes } from '../support/fixture-routes';
import { bodyF1 } from '../support/body-score';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { waitForOverlay } from './support/overlay';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Token F1 these pages reach in jsdom is 1; a stray token or two of difference in a browser is allowed. */
const SAMPLE_F1 = 0.99;

/** The sample: case and what it checks. */
const sample: { id: string; why: string }[] = [
  { id: 'generic/news-h1-read-more', why: 'its <article>, whose own <h1> is "Read more"' },
  { id: 'generic/news-visibility-hidden', why: 'a block hidden by an inline style in its <article>' },
  { id: 'generic/speech-remarks-long', why: 'Readability, loaded on demand, past a short first block' },
  { id: 'generic/blog-no-title-element', why: 'no <title> element at all' },
  { id: 'generic/zh-short-brief', why: 'a short Chinese item' },
];

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

  test.each(sample)('$id ($why): the right title and text', async ({ id }) => {
    const c = fixtureCase(id);
    const page = await b.open(`${server.origin}/${id}.html`);
    await b.clickToolbarButton(page);
    const view = await waitForOverlay(page);
    expect(view.message).toBeUndefined();
    expect(view.title).toBe(c.expected!.title);
    expect(view.lang).toBe(c.expected!.lang);
    expect(view.dir).toBe(c.expected!.dir);
    expect(bodyF1(view.bodyHtml, c)).toBeGreaterThanOrEqual(SAMPLE_F1);
    await page.close();
  });
});
