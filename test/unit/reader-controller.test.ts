/**
 * The reader controller (src/reader/reader-controller.ts) on a page that needs
 * Readability: a second click while Readability is still loading cancels the
 * open. The page is then not read again and nothing is shown when the load
 * ends; the next click opens at once with the Readability now loaded. And on
 * pages it declines: what it does not do there (read, copy, load Readability)
 * is what keeps them quick, which npm run bench times.
 */
import { Readability } from '@mozilla/readability';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../../src/shared/settings';
import { fixtureCases } from '../support/fixtures';
import { linkListPage } from '../support/generated-pages';

vi.mock('../../src/shared/browser', async () => {
  // The interface strings the reader shows, from the English catalogue it ships.
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return {
    default: {
      storage: { sync: {}, onChanged: { addListener() {}, removeListener() {} } },
      i18n: { getUILanguage: () => 'en', getMessage: (key: string) => catalogue[key]?.message ?? '' },
      runtime: { sendMessage: () => Promise.resolve() },
    },
  };
});
vi.mock('../../src/reader/reader-settings', () => ({
  readerSettings: () => defaults,
  followSettingChanges: () => undefined,
  onReaderSettingsChanged: () => () => undefined,
}));

/** The load of Readability under way: resolved by the test. */
const load = vi.hoisted(() => ({ resolve: undefined as ((r: unknown) => void) | undefined, count: 0 }));
vi.mock('../../src/reader/load-readability', () => ({
  loadedReadability: () => globalThis.__liseuseReadability,
  loadReadability: () => {
    load.count++;
    return new Promise((resolve) => (load.resolve = resolve));
  },
}));

/** Counts reads of the page, the real extraction underneath. */
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/reader/pipeline/extract-article', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/reader/pipeline/extract-article')>();
  return { ...real, extractArticle: (...args: Parameters<typeof real.extractArticle>) => (reads.count++, real.extractArticle(...args)) };
});

const { createReaderController } = await import('../../src/reader/reader-controller');

/** `html` as this window's document. */
function showPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

/** The hand-made blog page only Readability can read, as this window's document. */
function showBlogPage(): void {
  showPage(fixtureCases('generic').find((c) => c.id === 'generic/blog-post')!.source);
}

/** The message the open reader shows instead of an article. */
const shownMessage = () => document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="message"]')?.textContent;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // jsdom has no frames: the reader's marks wait for one (src/reader/perf-marks.ts).
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  // Nor media queries: the reader follows the system theme (overlay/use-theme.ts).
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
  globalThis.__liseuseReadability = undefined;
  load.count = 0;
  load.resolve = undefined;
  reads.count = 0;
  showBlogPage();
});

afterEach(() => {
  vi.unstubAllGlobals();
  globalThis.__liseuseReadability = undefined;
});

declare global {
  var __liseuseReadability: typeof Readability | undefined;
}

describe('a click while Readability loads', () => {
  it('cancels the open: the page is not read again and nothing is shown when the load ends', async () => {
    const before = document.documentElement.outerHTML;
    const reader = createReaderController();
    reader.toggle();
    expect(load.count).toBe(1);
    expect(reader.isOpen()).toBe(true);
    reader.toggle();
    expect(reader.isOpen()).toBe(false);

    globalThis.__liseuseReadability = Readability;
    load.resolve!(Readability);
    await settle();
    expect(reads.count).toBe(1);
    expect(document.querySelector('liseuse-reader')).toBeNull();
    expect(reader.isOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves the next click to open at once, with the Readability loaded meanwhile', async () => {
    const reader = createReaderController();
    reader.toggle();
    reader.toggle();
    globalThis.__liseuseReadability = Readability;
    load.resolve!(Readability);
    await settle();

    reader.toggle();
    const host = document.querySelector('liseuse-reader');
    expect(host?.shadowRoot?.querySelector('[data-liseuse="title"]')?.textContent).toBeTruthy();
    expect(load.count).toBe(1);
    reader.toggle();
    expect(document.querySelector('liseuse-reader')).toBeNull();
  });

  it('without a cancel, shows the article once Readability is loaded', async () => {
    const reader = createReaderController();
    reader.toggle();
    globalThis.__liseuseReadability = Readability;
    load.resolve!(Readability);
    await settle();
    expect(reads.count).toBe(2);
    expect(document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="title"]')?.textContent).toBeTruthy();
    reader.toggle();
    expect(reader.isOpen()).toBe(false);
  });
});

describe('a page the reader declines', () => {
  /** Opens the reader on the page shown; returns how often the document itself was copied meanwhile. */
  function openCountingCopies(): number {
    const clone = vi.spyOn(Node.prototype, 'cloneNode');
    createReaderController().toggle();
    const copies = clone.mock.contexts.filter((node) => node === document).length;
    clone.mockRestore();
    return copies;
  }

  it('over 40,000 elements: declined before the page is read or copied', () => {
    // Elements and nothing else: what decides is their number, and a read by mistake stays quick.
    showPage('<!doctype html><html><body></body></html>');
    const elements = document.createDocumentFragment();
    for (let i = 0; i < 40_000; i++) elements.append(document.createElement('i'));
    document.body.append(elements);
    expect(openCountingCopies(), 'the document copied').toBe(0);
    expect(reads.count, 'the page read').toBe(0);
    expect(shownMessage()).toBe('The page is too large for the reader');
  });

  it('nested deeper than 600 levels: declined before the page is read or copied', () => {
    showPage('<!doctype html><html><body></body></html>');
    let node: Element = document.body;
    for (let i = 0; i < 700; i++) node = node.appendChild(document.createElement('div'));
    node.append(Object.assign(document.createElement('p'), { textContent: 'A line of the article at the bottom. '.repeat(20) }));
    expect(openCountingCopies(), 'the document copied').toBe(0);
    expect(reads.count, 'the page read').toBe(0);
    expect(shownMessage()).toBe('The page is too large for the reader');
  });

  it('no article: read once, declined by the article check, Readability never loaded', () => {
    showPage(linkListPage(400));
    openCountingCopies();
    expect(reads.count, 'the page read').toBe(1);
    expect(load.count, 'Readability loaded').toBe(0);
    expect(shownMessage()).toBe('No article found on this page');
  });
});
