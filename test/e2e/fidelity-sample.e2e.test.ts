/**
 * A sample of the fixtures read by the built extension in real Chromium and Firefox
 * ESR, checked against the same expected.json as the unit tests: the seed, one item
 * per period (2020 → 2024), an AFP wire, a non-RFI item, the Persian rfi.fr page and
 * another site's marked-up article.
 * Archive items are opened as rendered pages, except the seed, opened as text (the
 * reader tests cover both wrappings of the seed).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleProblems } from '../support/check-article';
import { fixtureCase } from '../support/fixtures';
import { fixtureRoutes, rfiFixtureUrl } from '../support/fixture-routes';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { overlayAsArticle, waitForOverlay } from './support/overlay';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** The sample: case id and how it is opened. */
const sample: { id: string; why: string; path: (origin: string, port: number) => string }[] = [
  { id: 'feedx/archive-md/rfi-seed-20230928', why: 'the seed, as archive text', path: (o) => `${o}/feedx/archive-md/rfi-seed-20230928.md` },
  {
    id: 'feedx/jekyll-post/rfi-2020-08-01_1596293803000_993ad774',
    why: '2020: audio embed',
    path: (o) => `${o}/feedx/jekyll-post/rfi-2020-08-01_1596293803000_993ad774.html`,
  },
  {
    id: 'feedx/jekyll-post/rfi-2021-01-07_1610049366000_30c7fb12',
    why: '2021: noscript figure',
    path: (o) => `${o}/feedx/jekyll-post/rfi-2021-01-07_1610049366000_30c7fb12.code.html`,
  },
  { id: 'feedx/archive-md/rfi-1020000', why: '2022: Array artefact', path: (o) => `${o}/feedx/archive-md/rfi-1020000.html` },
  { id: 'feedx/archive-md/rfi-999955', why: '2023: author block, related aside', path: (o) => `${o}/feedx/archive-md/rfi-999955.html` },
  { id: 'feedx/archive-md/rfi-999970', why: '2024: share block', path: (o) => `${o}/feedx/archive-md/rfi-999970.md` },
  { id: 'feedx/archive-md/rfi-1030000', why: 'AFP wire: no lead, © AFP', path: (o) => `${o}/feedx/archive-md/rfi-1030000.html` },
  {
    id: 'feedx/jekyll-post/nytimes_2020-08-10_1597023872000_9e74cd12',
    why: 'non-RFI: NYT header, captions',
    path: (o) => `${o}/feedx/jekyll-post/nytimes_2020-08-10_1597023872000_9e74cd12.html`,
  },
  { id: 'rfi/fa-article', why: 'Persian rfi.fr page, right to left', path: (_, port) => rfiFixtureUrl('rfi/fa-article', port) },
  {
    id: 'generic/marked-up-article',
    why: 'another site: its one <article>, no Readability',
    path: (o) => `${o}/generic/marked-up-article.html`,
  },
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

  test.each(sample)('$id ($why) is read exactly right', async ({ id, path }) => {
    const c = fixtureCase(id);
    const page = await b.open(path(server.origin, server.port));
    await b.clickToolbarButton(page);
    const view = await waitForOverlay(page);
    const { article, body } = overlayAsArticle(view);
    expect(articleProblems(article, body, c.expected!)).toEqual([]);
    // Direction and language are on the body the reader shows (zh-Hans, fa + rtl).
    expect(view.lang).toBe(c.expected!.lang);
    expect(view.dir).toBe(c.expected!.dir ?? 'ltr');
    await page.close();
  });
});
