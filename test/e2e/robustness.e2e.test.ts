/**
 * Issue 5 in real Chromium and Firefox, on the built extension: injected once and
 * torn down fully (200 open/close cycles), bad input answered by the cheap path
 * (npm run bench times it), a long body put in over several tasks, hostile markup
 * inert, strict CSP, a page that removes or moves our host or navigates by
 * history API, an extension reload, and failures shown to the user. Every case
 * compares the page's markup before open and after close.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureRoutes, rfiFixtureUrl } from '../support/fixture-routes';
import { BAD_INPUTS, badInputRoutes } from '../support/bad-input-pages';
import { bigArticlePage } from '../support/generated-pages';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { READER_MARKS } from '../../src/reader/perf-marks';
import { htmlRoute, startFixtureServer, type FixtureServer, type Route } from './harness/server';
import { pageState, readOverlay, waitForOverlay, waitForOverlayClosed } from './support/overlay';

const dist = join(import.meta.dirname, '..', '..', 'dist');

const ARTICLE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1}. The council met again on Tuesday to discuss the river, the budget and the timetable, and the residents who came asked why the works were late.</p>`,
).join('');

/** Markup that would run if anything of it were re-inserted live; each run is logged by window.__ran. */
const HOSTILE_BODY = `
<img src="data:," onerror="__ran('img onerror')">
<p>Lead <a href="javascript:__ran('javascript: link')">a javascript: link</a> and <b onmouseover="__ran('onmouseover')">a handler</b>.</p>
<iframe srcdoc="<script>parent.__ran('srcdoc iframe')</script>"></iframe>
<svg><script>__ran('svg script')</script><a href="javascript:__ran('svg javascript: link')"><text>svg</text></a></svg>
<noscript><img src="data:," onerror="__ran('noscript img')"></noscript>
<template><img src="data:," onerror="__ran('template img')"></template>
<details open ontoggle="__ran('details ontoggle')"><summary>s</summary></details>
<math><mtext><img src="data:," onerror="__ran('math img')"></mtext></math>`;

/**
 * The log HOSTILE_BODY's handlers write to; and a page's own CSSStyleSheet, which
 * would restyle the overlay and log itself if the reader built its sheet with it.
 */
const RAN_LOG = `<script>window.__ranLog = []; window.__ran = (what) => window.__ranLog.push(what);
window.CSSStyleSheet = class extends CSSStyleSheet {
  constructor(...args) { super(...args); window.__ran('page CSSStyleSheet'); }
  replaceSync() { super.replaceSync('* { color: red !important; font-size: 40px !important; }'); }
};</script>`;

/** CSS that tries to hide, restyle or probe our overlay. */
const HOSTILE_CSS = `<style>
liseuse-reader { display: none !important; opacity: 0 !important; transform: scale(0) !important; all: unset !important; }
liseuse-reader, liseuse-reader * { color: red !important; font-size: 40px !important; font-family: monospace !important; }
* { color: red !important; line-height: 5 !important; letter-spacing: 3px !important; }
html > :last-child { visibility: hidden !important; filter: blur(5px) !important; }
liseuse-reader:has(*) { background: url(/probe/has) !important; }
liseuse-reader::before, liseuse-reader::after { content: "x" !important; display: block !important; }
</style>`;

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;

/** Defines <liseuse-reader> before we do: our usual host cannot get a shadow root. */
const CUSTOM_ELEMENT = `<script>customElements.define('liseuse-reader', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }); } });</script>`;

const routes: Route[] = [
  ...badInputRoutes(),
  htmlRoute('/bad/5mb.html', bigArticlePage(5 * 1024 * 1024, 20_000)),
  htmlRoute('/bad/clean.html', page('Council meets again', ARTICLE)),
  htmlRoute('/bad/hostile.html', page('Council meets again', HOSTILE_BODY + ARTICLE, HOSTILE_CSS + RAN_LOG)),
  htmlRoute('/bad/custom-element.html', page('Council meets again', ARTICLE, CUSTOM_ELEMENT)),
  (url) =>
    url.pathname === '/bad/csp.html'
      ? {
          type: 'text/html; charset=utf-8',
          body: page('Council meets again', ARTICLE),
          headers: { 'content-security-policy': "default-src 'none'; style-src 'none'" },
        }
      : undefined,
  ...fixtureRoutes(),
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(routes);
});
afterAll(() => server?.close());

/** Uncaught errors of `page` (main world and, where the engine reports them, content scripts). */
function collectErrors(p: Page): string[] {
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Whether Readability was loaded into this page (its bundle sets this mark once, src/readability/index.ts). */
const readabilityLoaded = (p: Page) => p.evaluate(() => performance.getEntriesByName('liseuse:readability-injected', 'mark').length > 0);

/** How many times the reader bundle was evaluated in this page (one mark per evaluation). */
const injections = (p: Page) => p.evaluate(() => performance.getEntriesByName('liseuse:injected', 'mark').length);

/** Computed styles that make the overlay look as it does, host and inside. */
function overlayLook(p: Page) {
  return p.evaluate(() => {
    const host = document.querySelector('liseuse-reader')!;
    const root = host.shadowRoot!;
    const pick = (el: Element | null, props: string[]) => {
      if (!el) return null;
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((k) => [k, cs.getPropertyValue(k)]));
    };
    const text = ['color', 'font-size', 'font-family', 'line-height', 'letter-spacing', 'background-color', 'visibility'];
    return {
      host: pick(host, [
        'display',
        'position',
        'opacity',
        'transform',
        'visibility',
        'filter',
        'z-index',
        'top',
        'left',
        'width',
        'height',
      ]),
      scroller: pick(root.querySelector('.scroller'), text),
      title: pick(root.querySelector('[data-liseuse="title"]'), text),
      paragraph: pick(root.querySelector('[data-liseuse="body"] p'), text),
    };
  });
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port });
  });
  afterAll(() => b?.close());

  const seedPage = () => `${server.origin}/feedx/archive-md/rfi-seed-20230928.html`;

  test('opening twice injects the bundle once; 200 open/close cycles leave DOM, listeners and timeline as they were', async () => {
    const p = await b.open(seedPage());
    const errors = collectErrors(p);
    const before = { state: await pageState(p), listeners: await b.listenerCount(p) };
    for (let i = 0; i < 200; i++) {
      await b.clickToolbarButton(p);
      await p.waitForFunction(() => !!document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="title"]'), {
        polling: 5,
      });
      if (i === 0) expect(await b.listenerCount(p), 'the open reader listens (the count sees our world)').toBeGreaterThan(before.listeners);
      await b.clickToolbarButton(p);
      await p.waitForFunction(() => !document.querySelector('liseuse-reader'), { polling: 5 });
    }
    expect(await injections(p), 'reader.js evaluated once for 200 opens').toBe(1);
    expect(await pageState(p), 'markup as before').toEqual(before.state);
    expect(await b.listenerCount(p), 'listeners as before').toBe(before.listeners);
    // The last open's frame marks come a frame after it opened, closed or not: wait for them, not for luck.
    await p.waitForFunction(() => performance.getEntriesByName('liseuse:painted', 'mark').length > 0, { polling: 5 });
    const marks = await p.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('liseuse:'))
        .map((m) => m.name),
    );
    // Once each: the bundle's, then the latest open's (src/reader/perf-marks.ts; no Readability on this page, no conversion).
    const expected = Object.values(READER_MARKS).filter(
      (m) => m !== READER_MARKS.readabilityInjected && m !== READER_MARKS.chineseInjected,
    );
    expect(marks.sort(), 'only the latest open leaves timing marks').toEqual(expected.sort());
    expect(errors).toEqual([]);
  }, 180_000);

  test('closing takes the print listeners back at once, not a frame later', async () => {
    // Preact 11 runs useEffect cleanups after the next paint, even on unmount: a
    // listener set up in one outlived the close by a frame, which a count taken
    // soon after a close sometimes saw (the 200-cycle test above, once in CI).
    // Here the page closes the reader with Esc and, in the same task, starts
    // printing: a print listener still there would adopt our print sheet. (The
    // other subscriptions, theme and settings, are layout effects too: the unit
    // tests keep useEffect out of the overlay and check the settings one.)
    const p = await b.open(seedPage());
    const errors = collectErrors(p);
    await b.clickToolbarButton(p);
    await waitForOverlay(p);
    // Past the first paint and the effects that follow it.
    await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    const after = await p.evaluate(() => {
      const sheets = document.adoptedStyleSheets.length;
      // While open, printing does adopt it: the check below can see a listener left behind.
      window.dispatchEvent(new Event('beforeprint'));
      const printingOpen = document.adoptedStyleSheets.length - sheets;
      window.dispatchEvent(new Event('afterprint'));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      const closed = !document.querySelector('liseuse-reader');
      window.dispatchEvent(new Event('beforeprint'));
      const printing = document.adoptedStyleSheets.length - sheets;
      window.dispatchEvent(new Event('afterprint'));
      return { printingOpen, closed, printing };
    });
    expect(after).toEqual({ printingOpen: 1, closed: true, printing: 0 });
    expect(errors).toEqual([]);
  });

  test('a closed reader is freed: nothing of ours keeps its overlay alive', async () => {
    // An rfi.fr article with images, read from a page that keeps only
    // a weak reference to our host. After close and a full garbage collection
    // (heapBytes: GC in Chromium once a frame is drawn, GC and CC in Firefox) the
    // host, and with it the whole overlay, must be gone.
    const p = await b.open(rfiFixtureUrl('rfi/fr-article', server.port));
    const errors = collectErrors(p);
    await b.clickToolbarButton(p);
    await waitForOverlay(p);
    await p.evaluate(() => {
      (window as unknown as { __host: WeakRef<Element> }).__host = new WeakRef(document.querySelector('liseuse-reader')!);
    });
    await b.clickToolbarButton(p);
    await waitForOverlayClosed(p);
    await b.heapBytes(p);
    expect(
      await p.evaluate(() => (window as unknown as { __host: WeakRef<Element> }).__host.deref() === undefined),
      'the closed overlay was collected',
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const input of BAD_INPUTS) {
    // How long the answer takes, and how long the page is blocked meanwhile, is
    // npm run bench's to measure (scripts/bench/bad-inputs.ts); this checks which
    // path gave the answer.
    test(`${input.what}: ${'title' in input.answer ? 'an article' : 'a polite message'}, Readability only if needed, page unchanged`, async () => {
      const p = await b.open(`${server.origin}${input.path}`);
      const errors = collectErrors(p);
      const before = await pageState(p);
      await b.clickToolbarButton(p);
      const view = await waitForOverlay(p);
      if ('title' in input.answer) expect(view.title, 'an article').toBe(input.answer.title);
      else expect(view.message, 'a polite message').toBe(input.answer.message);
      expect(view.styled).toBe(true);
      if ('message' in input.answer) {
        // Declined by the cheap checks (the element and depth limits, the article
        // check): Readability, which would read the whole page, is never loaded.
        expect(await readabilityLoaded(p), 'no Readability on a declined page').toBe(false);
      }
      await p.keyboard.press('Escape');
      await waitForOverlayClosed(p);
      expect(await pageState(p)).toEqual(before);
      expect(errors).toEqual([]);
    }, 60_000);
  }

  test('a long body goes in over several tasks: first a part, busy, then all of it', async () => {
    // A 5 MB article of 20,000 elements, under the element limit. The observer's
    // callback runs at the end of the task that put the overlay in the page,
    // before any later task: what it sees went in with the overlay.
    const p = await b.open(`${server.origin}/bad/5mb.html`);
    const errors = collectErrors(p);
    await p.evaluate(() => {
      const w = window as unknown as { __firstSeen?: { busy: string | null; paragraphs: number } };
      new MutationObserver((_, observer) => {
        const body = document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="body"]');
        if (!body) return;
        observer.disconnect();
        w.__firstSeen = { busy: body.getAttribute('aria-busy'), paragraphs: body.querySelectorAll('p').length };
      }).observe(document.documentElement, { childList: true });
    });
    await b.clickToolbarButton(p);
    const view = await waitForOverlay(p);
    expect(view.title).toBe('Council meets again over the river works');
    const seen = await p.evaluate(() => ({
      first: (window as unknown as { __firstSeen?: { busy: string | null; paragraphs: number } }).__firstSeen,
      all: document.querySelector('liseuse-reader')!.shadowRoot!.querySelectorAll('[data-liseuse="body"] p').length,
      page: document.querySelectorAll('article p').length,
    }));
    expect(seen.all, 'the whole body in the end').toBe(seen.page);
    expect(seen.first?.busy, 'busy while parts are to come').toBe('true');
    expect(seen.first?.paragraphs, 'a first part, a few screens').toBeGreaterThan(0);
    expect(seen.first?.paragraphs, 'a first part, a few screens').toBeLessThan(100);
    expect(await readabilityLoaded(p), 'read from its <article>').toBe(false);
    await p.keyboard.press('Escape');
    await waitForOverlayClosed(p);
    expect(errors).toEqual([]);
  }, 60_000);

  test('hostile markup: nothing runs, nothing dangerous shown, and hostile CSS changes nothing of the overlay', async () => {
    const clean = await b.open(`${server.origin}/bad/clean.html`);
    await b.clickToolbarButton(clean);
    await waitForOverlay(clean);
    const look = await overlayLook(clean);

    const p = await b.open(`${server.origin}/bad/hostile.html`);
    const errors = collectErrors(p);
    await new Promise((r) => setTimeout(r, 200));
    const ran = () => p.evaluate(() => (window as unknown as { __ranLog: string[] }).__ranLog.slice().sort());
    const ranBefore = await ran();
    const before = await pageState(p);
    await b.clickToolbarButton(p);
    const view = await waitForOverlay(p);
    await new Promise((r) => setTimeout(r, 300));
    expect(view.title).toBe('Council meets again');
    expect((await ran()).join(', '), 'no handler or script of the page ran').toBe(ranBefore.join(', '));
    const dangerous = await p.evaluate(() => {
      // The article body, where page content goes (the toolbar has icons of its own).
      const root = document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[data-liseuse="body"]')!;
      const all = Array.from(root.querySelectorAll('*'));
      return {
        scripts: Array.from(root.querySelectorAll('script, iframe, svg, math, template, noscript, object, embed')).map((e) => e.localName),
        handlers: all.filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
        jsLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
      };
    });
    expect(JSON.stringify(dangerous)).toBe(JSON.stringify({ scripts: [], handlers: 0, jsLinks: 0 }));
    expect(JSON.stringify(await overlayLook(p), null, 1), 'looks as on a clean page').toBe(JSON.stringify(look, null, 1));
    await p.keyboard.press('Escape');
    await waitForOverlayClosed(p);
    expect(await pageState(p)).toEqual(before);
    expect(errors).toEqual([]);
  });

  test("a strict CSP page (default-src 'none'; style-src 'none'): the overlay is styled and works", async () => {
    const p = await b.open(`${server.origin}/bad/csp.html`);
    const errors = collectErrors(p);
    const before = await pageState(p);
    await b.clickToolbarButton(p);
    const view = await waitForOverlay(p);
    expect(view.title).toBe('Council meets again');
    expect(view.styled, 'our stylesheet applies').toBe(true);
    expect(view.focusInside).toBe(true);
    await p.keyboard.press('Escape');
    await waitForOverlayClosed(p);
    expect(await pageState(p)).toEqual(before);
    expect(errors).toEqual([]);
  });

  test('the page removes our host: the reader closes, leaves nothing behind, and the next click opens it again', async () => {
    const p = await b.open(seedPage());
    const errors = collectErrors(p);
    const before = await pageState(p);
    await b.clickToolbarButton(p);
    await waitForOverlay(p);
    await b.clickToolbarButton(p);
    await waitForOverlayClosed(p);
    const listeners = await b.listenerCount(p);
    await b.clickToolbarButton(p);
    await waitForOverlay(p);
    await p.evaluate(() => document.querySelector('liseuse-reader')!.remove());
    // Our listeners go with the host (the reader closed itself).
    await expect.poll(() => b.listenerCount(p)).toBe(listeners);
    await b.clickToolbarButton(p);
    expect((await waitForOverlay(p)).title, 'one click opens it again').toBeTruthy();
    await b.clickToolbarButton(p);
    await waitForOverlayClosed(p);
    expect(await pageState(p)).toEqual(before);
    expect(errors).toEqual([]);
  });

  /** Opens the seed in the reader, lets `meddle` act on the page while it is open, closes it, and checks the page is as it was, without errors. */
  async function meddleWhileOpen(meddle: (p: Page) => Promise<void>, close: 'same button' | 'Escape') {
    const p = await b.open(seedPage());
    const errors = collectErrors(p);
    const before = await pageState(p);
    await b.clickToolbarButton(p);
    await waitForOverlay(p);
    await meddle(p);
    if (close === 'Escape') await p.keyboard.press('Escape');
    else await b.clickToolbarButton(p);
    await waitForOverlayClosed(p);
    expect(await pageState(p)).toEqual(before);
    expect(errors).toEqual([]);
  }

  test('the page moves our host: the reader stays open and consistent, then closes cleanly', async () => {
    await meddleWhileOpen(async (p) => {
      await p.evaluate(() => document.body.prepend(document.querySelector('liseuse-reader')!));
      await new Promise((r) => setTimeout(r, 100));
      const view = await readOverlay(p);
      expect(view.title).toBeTruthy();
      expect(view.styled).toBe(true);
    }, 'same button');
  });

  test('the page navigates by history API while open: the reader stays consistent and closes cleanly', async () => {
    await meddleWhileOpen(async (p) => {
      await p.evaluate(() => history.pushState({}, '', '?next'));
      await p.evaluate(() => history.replaceState({}, '', location.pathname));
      expect((await readOverlay(p)).title).toBeTruthy();
    }, 'Escape');
  });

  test('a failure inside the reader reaches the user as a message; the page is unchanged', async () => {
    const p = await b.open(`${server.origin}/bad/custom-element.html`);
    const errors = collectErrors(p);
    const before = await p.evaluate(() => document.documentElement.outerHTML);
    await b.clickToolbarButton(p);
    await p.waitForFunction(
      () =>
        !!document.querySelector('liseuse-reader-message')?.shadowRoot?.querySelector('[data-liseuse="message"]') ||
        !!document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="title"]'),
      { timeout: 10_000 },
    );
    const message = await p.evaluate(
      () => document.querySelector('liseuse-reader-message')?.shadowRoot?.querySelector('[data-liseuse="message"]')?.textContent ?? null,
    );
    expect(message, 'the failure is explained in the overlay').toBe('Liseuse could not show this page');
    await p.keyboard.press('Escape');
    await p.waitForFunction(() => !document.querySelector('liseuse-reader-message'));
    expect(await p.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
  });

  test('Readability cannot be loaded: the reader says why, the page is unchanged', async () => {
    // A build whose readability.js is missing: the background's injection fails
    // in the browser itself, as it would for any reason outside the reader.
    const dir = mkdtempSync(join(tmpdir(), 'liseuse-no-readability-'));
    cpSync(join(dist, name === 'chromium' ? 'chrome' : 'firefox'), dir, { recursive: true });
    rmSync(join(dir, 'readability.js'));
    const broken = await launch(name, dir);
    try {
      const p = await broken.open(`${server.origin}/generic/blog-post.html`);
      const errors = collectErrors(p);
      const before = await pageState(p);
      await broken.clickToolbarButton(p);
      const view = await waitForOverlay(p);
      expect(view.title, 'no article is shown').toBeUndefined();
      const detail = await p.evaluate(
        () => document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[data-liseuse="message"]')!.parentElement!.textContent!,
      );
      expect(view.message).toBe('Liseuse could not show this page');
      expect(detail.replace(view.message!, '').trim(), 'with the reason').not.toBe('');
      await p.keyboard.press('Escape');
      await waitForOverlayClosed(p);
      expect(await pageState(p)).toEqual(before);
      // Firefox itself logs the file it could not load, in the page's console: that
      // is the failure this test makes, not an error of ours.
      expect(errors.filter((e) => !/Unable to load script: moz-extension:\/\/[^ ]+\/readability\.js$/.test(e))).toEqual([]);
    } finally {
      await broken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Last: it reloads the extension under the other tests' feet.
  test('an extension reload while a page is open: no errors on the page, and the button works again', async () => {
    const p = await b.open(seedPage());
    const errors = collectErrors(p);
    const before = await pageState(p);
    await b.clickToolbarButton(p);
    await waitForOverlay(p);
    await b.clickToolbarButton(p);
    await waitForOverlayClosed(p);
    await b.reloadExtension();
    await b.clickToolbarButton(p);
    expect((await waitForOverlay(p)).title, 'the button opens the reader after the reload').toBeTruthy();
    // Reloaded again while the reader is open: the orphaned reader gives way.
    await b.reloadExtension();
    // Tell the orphaned reader's host from the one the click will mount.
    await p.evaluate(() => document.querySelector('liseuse-reader')!.setAttribute('data-test-orphan', ''));
    await b.clickToolbarButton(p);
    await expect
      .poll(
        () =>
          p.evaluate(() => [document.querySelectorAll('liseuse-reader').length, document.querySelectorAll('[data-test-orphan]').length]),
        { timeout: 5000 },
      )
      .toEqual([1, 0]);
    expect((await waitForOverlay(p)).title, 'one reader, open, after a reload while open').toBeTruthy();
    await p.keyboard.press('Escape');
    await waitForOverlayClosed(p);
    expect(await pageState(p)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
