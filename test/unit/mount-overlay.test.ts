/**
 * Taking the overlay off the page when something inside it throws
 * (src/reader/overlay/mount-overlay.ts): a cleanup that throws on close must not
 * leave the reader on the page with no way out, and a render that throws must
 * leave nothing behind (no host, no listener) before the error reaches the
 * controller, which then explains it to the user.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../../src/shared/settings';
import type { Article } from '../../src/shared/article';

vi.mock('../../src/shared/browser', () => ({
  default: {
    storage: { sync: {}, onChanged: { addListener() {}, removeListener() {} } },
    i18n: { getUILanguage: () => 'en', getMessage: (key: string) => key },
    runtime: { sendMessage: () => Promise.resolve() },
  },
}));

/** What the tests make throw: the print isolation's cleanup, or the header's date. */
const faults = vi.hoisted(() => ({ cleanup: false, render: false }));
vi.mock('../../src/reader/overlay/print-isolation', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/reader/overlay/print-isolation')>();
  return {
    hidePageForPrint: () => {
      const undo = real.hidePageForPrint();
      return () => {
        undo();
        if (faults.cleanup) throw new Error('cleanup failed');
      };
    },
  };
});
vi.mock('../../src/reader/format-date', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/reader/format-date')>();
  return {
    ...real,
    formatDate: (...args: Parameters<typeof real.formatDate>) => {
      if (faults.render) throw new Error('render failed');
      return real.formatDate(...args);
    },
  };
});

const { mountOverlay } = await import('../../src/reader/overlay/mount-overlay');
const { bodyParts } = await import('../../src/reader/body-parts');

function article(): Article {
  const content = document.implementation.createHTMLDocument('').createElement('div');
  content.innerHTML = '<p>One paragraph of the article.</p>';
  return {
    title: 'A title',
    published: '2023-09-28T19:25:00+02:00',
    sourceUrl: 'https://www.rfi.fr/fr/a',
    siteName: 'RFI',
    lang: 'fr',
    dir: 'ltr',
    content,
    related: [],
  };
}

const view = () => {
  const a = article();
  return { content: { kind: 'article' as const, article: a, body: bodyParts(a.content) }, locale: 'en', settings: defaults };
};

/** Window listeners added and not yet removed, by type. */
let live: Map<string, number>;

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
  faults.cleanup = false;
  faults.render = false;
  document.body.innerHTML = '<p>The page.</p>';
  live = new Map();
  // A listener goes when removed, or when the AbortSignal it was added with aborts.
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    live.set(type, (live.get(type) ?? 0) + 1);
    const signal = typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => live.set(type, live.get(type)! - 1));
    if (listener) add(type, listener, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    live.set(type, (live.get(type) ?? 0) - 1);
    if (listener) remove(type, listener, options);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const el of Array.from(document.documentElement.children)) if (el.localName.startsWith('liseuse-')) el.remove();
});

const leftOn = () => [...live].filter(([, n]) => n > 0).map(([type]) => type);

describe('closing the overlay', () => {
  it('takes it off the page even when a cleanup throws, and says it closed', () => {
    const before = document.documentElement.outerHTML;
    const onClose = vi.fn();
    const overlay = mountOverlay(view(), onClose);
    expect(overlay.host.isConnected).toBe(true);
    faults.cleanup = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => overlay.close()).not.toThrow();
    expect(overlay.host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalled();
    expect(leftOn()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('a mount that fails', () => {
  it('when rendering throws, leaves no host and no listener on the page, and hands the error on', () => {
    const before = document.documentElement.outerHTML;
    faults.render = true;
    expect(() => mountOverlay(view(), () => undefined)).toThrow('render failed');
    expect(document.querySelector('liseuse-reader')).toBeNull();
    expect(leftOn()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('after the overlay rendered, takes back what its effects set up, and hands the error on', () => {
    const before = document.documentElement.outerHTML;
    // The step after rendering: telling readers left by an earlier copy to close.
    vi.spyOn(document, 'dispatchEvent').mockImplementation(() => {
      throw new Error('dispatch failed');
    });
    expect(() => mountOverlay(view(), () => undefined)).toThrow('dispatch failed');
    expect(document.querySelector('liseuse-reader')).toBeNull();
    expect(leftOn()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
