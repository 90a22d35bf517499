/**
 * Reading aloud in the mounted overlay (src/reader/overlay/mount-overlay.ts),
 * over the fake speech synthesiser: nothing of it runs while the reader opens
 * (its engine not loaded, no voices asked for, no listener added: npm run bench
 * times the open), the toolbar button has the engine injected and starts it, and
 * closing the reader stops the speech at once and takes its listener back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../../src/shared/settings';
import type { Article } from '../../src/shared/article';
import type { VoiceLike } from '../../src/reader/read-aloud/choose-voice';
import { FakeSpeech, FakeUtterance, settle } from '../support/fake-speech';
import { fixtureCases } from '../support/fixtures';
import { pageAt } from '../support/extract-in-jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/reader/pipeline/extract-article';

/** What the reader asked the background for; the read-aloud bundle's injection is played by importing it. */
const asked = vi.hoisted(() => [] as string[]);
vi.mock('../../src/shared/browser', () => ({
  default: {
    storage: { sync: { set: () => Promise.resolve() }, onChanged: { addListener() {}, removeListener() {} } },
    i18n: { getUILanguage: () => 'en', getMessage: (key: string) => key },
    runtime: {
      sendMessage: async (message: { type: string }) => {
        asked.push(message.type);
        if (message.type === 'liseuse:load-read-aloud') await import('../../src/reader/read-aloud/index');
        return message.type === 'liseuse:load-read-aloud' ? { ok: true } : undefined;
      },
    },
  },
}));

const { mountOverlay } = await import('../../src/reader/overlay/mount-overlay');
const { bodyParts } = await import('../../src/reader/pipeline/body-parts');

const voices: VoiceLike[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'voices', 'firefox-esr-153-speech-dispatcher-espeak-ng.json'), 'utf8'),
).voices;

/** The French fixture article as the reader would get it. */
function view() {
  const c = fixtureCases('rfi').find((f) => f.id === 'rfi/fr-article')!;
  const a = extractArticle(pageAt(c.source, c.expected!.url!), c.expected!.url!, Readability) as Article;
  return { content: { kind: 'article' as const, article: a, body: bodyParts(a.content, a.cleanBlocks) }, locale: 'en', settings: defaults };
}

let synth: FakeSpeech;
let pagehideListeners: number;
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  const query = Object.assign(new EventTarget(), { matches: false });
  vi.stubGlobal('matchMedia', () => query);
  synth = new FakeSpeech([], 'firefox');
  vi.spyOn(synth, 'getVoices');
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  Element.prototype.scrollIntoView = vi.fn();
  pagehideListeners = 0;
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      if (type === 'pagehide') {
        pagehideListeners++;
        const signal = typeof options === 'object' ? options.signal : undefined;
        signal?.addEventListener('abort', () => pagehideListeners--);
      }
      add(type, listener, options);
    },
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const el of Array.from(document.documentElement.children)) if (el.localName.startsWith('liseuse-')) el.remove();
});

const tasks = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reading aloud in the overlay', () => {
  it('does nothing until the button is pressed, and stops speaking when the reader closes', async () => {
    const overlay = mountOverlay(view(), () => undefined);
    const root = overlay.host.shadowRoot!;
    await tasks(20);
    const button = root.querySelector<HTMLButtonElement>('[data-liseuse-control="read-aloud"]');
    expect(button, 'the button joins the toolbar after the first paint').not.toBeNull();
    expect(button!.getAttribute('aria-label')).toBe('readAloud');
    expect(synth.getVoices).not.toHaveBeenCalled();
    // The reading position's own listener is there from the open; reading aloud adds none yet.
    const opened = pagehideListeners;
    expect(globalThis.__liseuseReadAloud, 'the engine is not in the reader bundle').toBeUndefined();
    expect(asked).not.toContain('liseuse:load-read-aloud');

    button!.click();
    await vi.waitFor(() => expect(synth.getVoices).toHaveBeenCalled());
    expect(asked.filter((a) => a === 'liseuse:load-read-aloud')).toHaveLength(1);
    synth.voices = voices;
    synth.dispatchEvent(new Event('voiceschanged'));
    await settle();
    expect(synth.spoken()).toEqual([root.querySelector('[data-liseuse="title"]')!.textContent]);
    synth.start();
    await settle();
    expect(root.querySelector('[data-liseuse-reading]')?.getAttribute('data-liseuse')).toBe('title');
    expect(root.querySelector('[data-liseuse-control="read-aloud"]')!.getAttribute('aria-label')).toBe('pauseReading');
    expect(pagehideListeners).toBe(opened + 1);

    overlay.close();
    expect(synth.calls.at(-1)).toBe('cancel');
    expect(pagehideListeners, 'the listeners go with the reader').toBe(0);
    await settle();
    expect(synth.spoken()).toHaveLength(1);
  });
});
