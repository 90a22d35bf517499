/**
 * What the reader asks of the speech API, recorded where it asks it: in the
 * extension's content-script world (ReaderBrowser.evaluateInContentScriptWorld).
 * A recorder in the page's world would hear nothing: the page and the content
 * script each see speechSynthesis through their own wrappers (Chromium's
 * isolated worlds, Firefox's Xray vision), and the read-aloud test checks that.
 * The recorder wraps the calls and passes them on: real voices still speak.
 */
import type { Page } from 'puppeteer-core';
import type { ReaderBrowser } from '../harness/browsers';

/** One call made to speechSynthesis, or one event of an utterance spoken through it, in order. */
export type SpeechRecord =
  | { call: 'speak'; text: string; lang: string; voice?: string; voiceLang?: string; rate: number; at: number }
  | { call: 'cancel' | 'pause' | 'resume'; at: number }
  | { event: 'start' | 'end' | 'error'; text: string; error?: string; at: number };

/** Source evaluated in the content-script world; must not rely on anything but the DOM and speechSynthesis. */
const RECORDER = `(() => {
  if (globalThis.__liseuseSpeechRecord) return 'already';
  const record = [];
  globalThis.__liseuseSpeechRecord = record;
  const synth = window.speechSynthesis;
  for (const name of ['speak', 'cancel', 'pause', 'resume']) {
    const original = synth[name];
    synth[name] = function (utterance) {
      const at = performance.now();
      if (name === 'speak') {
        record.push({ call: 'speak', text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.name : undefined,
          voiceLang: utterance.voice ? utterance.voice.lang : undefined, rate: utterance.rate, at });
        for (const type of ['start', 'end', 'error'])
          utterance.addEventListener(type, (event) => record.push({ event: type, text: utterance.text, error: event.error, at: performance.now() }));
      } else {
        record.push({ call: name, at });
      }
      return original.call(synth, utterance);
    };
  }
  return 'installed';
})()`;

/** Starts recording speech calls in `page`'s content-script world (the reader must have run there). */
export async function recordSpeech(b: ReaderBrowser, page: Page): Promise<void> {
  const state = await b.evaluateInContentScriptWorld(page, RECORDER);
  if (state !== 'installed' && state !== 'already') throw new Error(`speech recorder: ${String(state)}`);
}

/** Everything recorded so far. */
export async function speechRecord(b: ReaderBrowser, page: Page): Promise<SpeechRecord[]> {
  return ((await b.evaluateInContentScriptWorld(page, 'globalThis.__liseuseSpeechRecord || []')) as SpeechRecord[]) ?? [];
}

/** Waits until `predicate` holds for the record; returns the record then. */
export async function waitForRecord(
  b: ReaderBrowser,
  page: Page,
  predicate: (record: SpeechRecord[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<SpeechRecord[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const record = await speechRecord(b, page);
    if (predicate(record)) return record;
    if (Date.now() > until)
      throw new Error(`waited ${timeoutMs / 1000} s for ${what}; speech record: ${JSON.stringify(record.slice(-12))}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * Wraps the speech API in the page's own world, as a hostile page would, to
 * hear what the reader says; returns nothing the reader said if it holds.
 */
export async function listenFromPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __pageHeard: string[] }).__pageHeard = heard;
    const proto = SpeechSynthesis.prototype;
    const speak = proto.speak;
    proto.speak = function (this: SpeechSynthesis, u: SpeechSynthesisUtterance) {
      heard.push(`prototype: ${u.text}`);
      return speak.call(this, u);
    };
    const own = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      heard.push(`instance: ${u.text}`);
      own(u);
    };
    const Utterance = window.SpeechSynthesisUtterance;
    window.SpeechSynthesisUtterance = function (text?: string) {
      heard.push(`constructor: ${text}`);
      return new Utterance(text);
    } as unknown as typeof SpeechSynthesisUtterance;
  });
}

/** What the page's own wrappers heard (listenFromPage). */
export function heardByPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pageHeard?: string[] }).__pageHeard ?? []);
}

/** Whether the browser is speaking, as the page's world sees it (the state is the window's, shared by both worlds). */
export function pageSeesSpeaking(page: Page): Promise<boolean> {
  return page.evaluate(() => speechSynthesis.speaking);
}

/** The overlay's block being read aloud: its text, or null when none is highlighted. */
export function readingBlock(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse-reading]');
    return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  });
}

/** The read-aloud status line's text, without the bidi isolates around names. */
export async function readAloudStatus(page: Page): Promise<string> {
  const text = await page.evaluate(
    () => document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="read-aloud-status"]')?.textContent ?? '',
  );
  return text.replace(/[\u2068\u2069]/g, '');
}
