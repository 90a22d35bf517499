/**
 * Hostile feedx items (test/fixtures/feedx/hostile, hand-made) opened in the built
 * extension in real Chromium and Firefox ESR. Each is served as archive text, a
 * plain-text page that runs nothing itself: whatever sets the canary
 * (`window.__pwned`, `<html data-pwned>`, in the page's main world) would have been
 * run by the reader. The canary stays unset, even after hovering and clicking
 * every element the reader shows, and the article is still shown.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleProblems } from '../support/check-article';
import { fixtureCases } from '../support/fixtures';
import { fixtureRoutes } from '../support/fixture-routes';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { overlayAsArticle, waitForOverlay } from './support/overlay';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const hostile = fixtureCases('feedx').filter((c) => c.id.startsWith('feedx/hostile/'));

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixtureRoutes());
});
afterAll(() => server?.close());

test('there are hostile items to open', () => {
  expect(hostile.length).toBe(2);
});

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port });
  });
  afterAll(() => b?.close());

  test.each(hostile)('$id: nothing it carries runs, its text is shown', async (c) => {
    const page = await b.open(`${server.origin}/${c.id}.md`);
    const canary = () =>
      page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        attribute: document.documentElement.getAttribute('data-pwned'),
        href: location.href,
      }));
    const before = await canary();
    expect(before).toMatchObject({ pwned: null, attribute: null });
    await b.clickToolbarButton(page);
    const view = await waitForOverlay(page);
    const { article, body } = overlayAsArticle(view);
    expect(articleProblems(article, body, c.expected!)).toEqual([]);
    // Provoke every handler a hostile element could carry, in the page's main world.
    await page.evaluate(() => {
      const root = document.querySelector('liseuse-reader')!.shadowRoot!;
      for (const el of Array.from(root.querySelectorAll('[data-liseuse="body"] *'))) {
        for (const type of ['mouseover', 'focus', 'error', 'load', 'toggle']) el.dispatchEvent(new Event(type));
        if (el.tagName !== 'A') (el as HTMLElement).click();
      }
    });
    // Time for a meta refresh, a srcdoc frame or an image error to act, had they survived.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await canary()).toEqual({ pwned: null, attribute: null, href: before.href });
    await page.close();
  });
});
