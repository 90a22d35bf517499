/**
 * Taking the overlay off the page when something inside it throws
 * (src/reader/overlay/mount-overlay.ts): a cleanup that throws on close must not
 * leave the reader on the page with no way out, nor its body still going in; a
 * mount that fails must leave nothing behind (no host, no listener on the window
 * or the theme's media query) before the error reaches the controller, which then
 * explains it to the user. And what joins the overlay just after its first
 * paint (src/reader/overlay/use-painted.ts): the toolbar's setting controls,
 * the reading time and the related links.
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
const { bodyParts } = await import('../../src/reader/pipeline/body-parts');

function article(): Article {
  const content = document.implementation.createHTMLDocument('').createElement('div');
  // Enough for several parts: the body is still going in after the first paint.
  content.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i + 1} of the article.</p>`).join('');
  return {
    title: 'A title',
    published: '2023-09-28T19:25:00+02:00',
    sourceUrl: 'https://www.rfi.fr/fr/a',
    siteName: 'RFI',
    lang: 'fr',
    dir: 'ltr',
    content,
    related: [{ url: 'https://www.rfi.fr/fr/b', title: 'Another article' }],
  };
}

const view = () => {
  const a = article();
  return { content: { kind: 'article' as const, article: a, body: bodyParts(a.content) }, locale: 'en', settings: defaults };
};

/** Listeners added to the window or the theme's media query and not yet taken off. */
let live: Set<string>;
const ids = new WeakMap<object, number>();
let nextId = 0;
/** One entry per listener as the DOM counts them: target, type, listener, capture. */
const entry = (target: string, type: string, listener: object, options?: boolean | EventListenerOptions) => {
  if (!ids.has(listener)) ids.set(listener, ++nextId);
  const capture = typeof options === 'boolean' ? options : !!options?.capture;
  return `${target} ${type} #${ids.get(listener)}${capture ? ' capture' : ''}`;
};
/** Wraps `target`'s add/removeEventListener so that `live` follows them (and the AbortSignal they were added with). */
function track(name: string, target: EventTarget, real = true): void {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  vi.spyOn(target, 'addEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      if (!listener) return;
      const key = entry(name, type, listener, options);
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (signal?.aborted) return;
      live.add(key);
      signal?.addEventListener('abort', () => live.delete(key));
      if (real) add(type, listener, options);
    },
  );
  vi.spyOn(target, 'removeEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (!listener) return;
      live.delete(entry(name, type, listener, options));
      if (real) remove(type, listener, options);
    },
  );
}

/** The body shown in `host`'s overlay. */
const bodyOf = (host: Element) => host.shadowRoot!.querySelector('[data-liseuse="body"]')!;
const tasks = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  // jsdom has no frames: the body's later parts wait for one (overlay/insert-body.ts).
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  faults.cleanup = false;
  faults.render = false;
  document.body.innerHTML = '<p>The page.</p>';
  live = new Set();
  track('window', window);
  // The theme follows the system's (overlay/use-theme.ts); jsdom has no media queries.
  const query = new EventTarget();
  track('prefers-color-scheme', query, false);
  vi.stubGlobal('matchMedia', () => Object.assign(query, { matches: false }));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const el of Array.from(document.documentElement.children)) if (el.localName.startsWith('liseuse-')) el.remove();
});

const leftOn = () => [...live];

describe('closing the overlay', () => {
  it('takes it off the page even when a cleanup throws, says it closed, and stops its body going in', async () => {
    const before = document.documentElement.outerHTML;
    const onClose = vi.fn();
    const overlay = mountOverlay(view(), onClose);
    expect(overlay.host.isConnected).toBe(true);
    const body = bodyOf(overlay.host);
    expect(body.getAttribute('aria-busy'), 'parts are still to come').toBe('true');
    const shown = body.childElementCount;
    faults.cleanup = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => overlay.close()).not.toThrow();
    expect(overlay.host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalled();
    expect(leftOn()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    await tasks(50);
    expect(body.childElementCount, 'no part goes into the closed overlay').toBe(shown);
  });

  it('stops its body going in on an ordinary close too', async () => {
    const overlay = mountOverlay(view(), () => undefined);
    const body = bodyOf(overlay.host);
    const shown = body.childElementCount;
    overlay.close();
    expect(leftOn()).toEqual([]);
    await tasks(50);
    expect(body.childElementCount).toBe(shown);
  });
});

describe('what the user does in the reader', () => {
  it("does not reach the page's own listeners (its shortcuts, its click handlers), only while the reader is open", () => {
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    const types = ['keydown', 'keyup', 'click', 'mousedown', 'wheel', 'focusin'];
    for (const type of types) document.addEventListener(type, listen);
    try {
      const overlay = mountOverlay(view(), () => undefined);
      const inside = overlay.host.shadowRoot!.querySelector('[data-liseuse="body"]')!;
      for (const type of types) inside.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      expect(heard).toEqual([]);
      overlay.close();
      document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
      expect(heard, 'the page hears its own events as before').toEqual(['keydown']);
    } finally {
      for (const type of types) document.removeEventListener(type, listen);
    }
  });
});

describe('a mount that fails', () => {
  /** Mounts with `fault` in place; the error must reach the caller and the page be as it was. */
  function failingMount(fault: () => void, message: string): void {
    const before = document.documentElement.outerHTML;
    fault();
    expect(() => mountOverlay(view(), () => undefined)).toThrow(message);
    expect(document.querySelector('liseuse-reader')).toBeNull();
    expect(leftOn()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  }

  it('when rendering throws, leaves no host and no listener on the page, and hands the error on', () => {
    failingMount(() => (faults.render = true), 'render failed');
  });

  it('after the host went in, takes it off again with all it set up, and hands the error on', () => {
    // The step after appending the host: watching whether the page takes it off.
    failingMount(
      () =>
        vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(() => {
          throw new Error('observe failed');
        }),
      'observe failed',
    );
  });

  it('after the overlay rendered, takes back what its effects set up, and hands the error on', () => {
    // The step after rendering: telling readers left by an earlier copy to close.
    failingMount(
      () =>
        vi.spyOn(document, 'dispatchEvent').mockImplementation(() => {
          throw new Error('dispatch failed');
        }),
      'dispatch failed',
    );
  });
});

describe('after the first paint', () => {
  it('the toolbar shows its options and close buttons in the first frame; the setting controls, the reading time and the related links come once it is painted', async () => {
    const overlay = mountOverlay(view(), () => undefined);
    const buttons = () =>
      Array.from(
        overlay.host.shadowRoot!.querySelectorAll('[data-liseuse="toolbar"] button'),
        (b) => b.getAttribute('data-liseuse-control') ?? b.getAttribute('data-liseuse'),
      );
    expect(buttons()).toEqual(['options', 'close']);
    // The reading time too is counted after the first paint, in a line held by a no-break space.
    const readingTime = () => overlay.host.shadowRoot!.querySelector('[data-liseuse="reading-time"]')!.textContent;
    expect(readingTime()).toBe('\u00a0');
    // And the related links, below the whole body.
    const related = () => Array.from(overlay.host.shadowRoot!.querySelectorAll('[data-liseuse="related"] a'), (a) => a.textContent);
    expect(related()).toEqual([]);
    // Waited for, not timed: on a busy machine a 20 ms timer can fire before the frame's message.
    await expect.poll(readingTime, { timeout: 30_000 }).toBe('readingTime');
    expect(related()).toEqual(['Another article']);
    expect(buttons()).toEqual([
      'font-smaller',
      'font-larger',
      'fontFamily:serif',
      'fontFamily:sans',
      'contentWidth:narrow',
      'contentWidth:medium',
      'contentWidth:wide',
      'lineHeight:compact',
      'lineHeight:normal',
      'lineHeight:loose',
      'theme:system',
      'theme:light',
      'theme:sepia',
      'theme:dark',
      'read-aloud',
      'options',
      'close',
    ]);
    overlay.close();
  });

  it('printing before the first paint prints all of it: controls, reading time and related links', async () => {
    const overlay = mountOverlay(view(), () => undefined);
    const root = overlay.host.shadowRoot!;
    window.dispatchEvent(new Event('beforeprint'));
    // Preact renders in a microtask, before the print is laid out; no frame has come.
    await Promise.resolve();
    expect(root.querySelector('[data-liseuse-control="font-smaller"]')).not.toBeNull();
    expect(root.querySelector('[data-liseuse="reading-time"]')!.textContent).toBe('readingTime');
    expect(root.querySelector('[data-liseuse="related"]')).not.toBeNull();
    overlay.close();
    expect(leftOn()).toEqual([]);
  });
});
