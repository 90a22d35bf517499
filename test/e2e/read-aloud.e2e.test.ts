/**
 * Reading aloud in real Chromium and Firefox ESR, with real voices: the harness
 * starts Debian's speech-dispatcher with espeak-ng, playing into a PulseAudio
 * null sink in real time (test/e2e/harness/speech.ts), and both browsers speak
 * through it. Clicks go to the real toolbar button and the reader's controls.
 *
 * What each headless browser sees of speech synthesis here (docs/read-aloud.md):
 * - Chromium 156: no voices unless started with --enable-speech-dispatcher
 *   (the harness passes it); then 13,362 voices (espeak-ng's 131 voices in 102
 *   variants each), listed about 4 s after the first getVoices(). Firefox ESR
 *   153: the same 13,362 voices through its own libspeechd, about 3 s in.
 * - Mandarin is `cmn` (and `cmn-LATN-PINYIN`), Cantonese `yue`, Hakka `hak`,
 *   Persian `fa` (and `fa-LATN`, Persian in Latin letters); French, English,
 *   Vietnamese, Spanish and Russian in several regions; no `zh-TW` or `zh-HK`.
 * - speak() really synthesises: `start` and `end` fire in both browsers, in the
 *   content script's world as in the page's, and an utterance lasts as long as
 *   it is spoken; no `boundary` event ever fires, so the reader highlights
 *   whole paragraphs.
 * - pause() does nothing in Firefox (no event, `paused` stays false, speech goes
 *   on) and in Chromium leaves speech-dispatcher silent for every program until
 *   it restarts: the reader pauses by cancelling and says the sentence again on
 *   resume. cancel() works in both (Chromium ends the utterance with an
 *   `interrupted` error, Firefox with `end`).
 * - The page and the content script share the window's speech state (the page
 *   sees speechSynthesis.speaking while the reader speaks, and its cancel()
 *   stops it), but not the API's wrappers: what the page does to
 *   SpeechSynthesis.prototype or SpeechSynthesisUtterance never sees the
 *   reader's text.
 *
 * Both browsers see voices here, so the tests use real ones in both, and record
 * what the reader asks of the API in its own world (test/e2e/support/speech.ts).
 * Chromium without the flag, as most Linux users run it, sees no voices: the
 * last suite checks the reader says so and speaks nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureRoutes, rfiFixtureUrl } from '../support/fixture-routes';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { startSpeechService, type SpeechService } from './harness/speech';
import { forgetReadingPositions } from './support/positions';
import { waitForOverlay, waitForOverlayClosed } from './support/overlay';
import {
  heardByPage,
  listenFromPage,
  pageSeesSpeaking,
  readAloudStatus,
  readingBlock,
  recordSpeech,
  speechRecord,
  waitForRecord,
  type SpeechRecord,
} from './support/speech';
import { clickControl, control, focusedInOverlay } from './support/toolbar';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const screenshotDir = join(root, 'docs', 'screenshots');
/** With LISEUSE_SCREENSHOTS=1 the screenshot test writes docs/screenshots/read-aloud.png (a tracked file). */
const writeScreenshots = process.env.LISEUSE_SCREENSHOTS === '1';

let server: FixtureServer;
let speech: SpeechService;
beforeAll(async () => {
  server = await startFixtureServer(fixtureRoutes());
  speech = await startSpeechService();
});
afterAll(async () => {
  await server?.close();
  await speech?.stop();
});

const spoken = (record: SpeechRecord[]) =>
  record.filter((r): r is Extract<SpeechRecord, { call: 'speak' }> => 'call' in r && r.call === 'speak');
const events = (record: SpeechRecord[], type: 'start' | 'end' | 'error') =>
  record.filter((r): r is Extract<SpeechRecord, { event: string }> => 'event' in r && r.event === type);
const calls = (record: SpeechRecord[], name: 'cancel' | 'pause' | 'resume') => record.filter((r) => 'call' in r && r.call === name);

/** The main read-aloud button's accessible name. */
const mainLabel = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('liseuse-reader')!
        .shadowRoot!.querySelector('[data-liseuse-control="read-aloud"]')!
        .getAttribute('aria-label') ?? '',
  );

/** Waits until the block read aloud (highlighted) is `text`. */
async function waitForReading(page: Page, text: string, timeout = 40_000): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const el = document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse-reading]');
      return (el?.textContent ?? '').replace(/\s+/g, ' ').trim() === t;
    },
    { timeout },
    text,
  );
}

/** The overlay's readable blocks as the reader reads them: the title, then the body's paragraphs. */
function overlayBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    const blocks = [root.querySelector('[data-liseuse="title"]')!, ...Array.from(root.querySelectorAll('[data-liseuse="body"] p'))];
    return blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port, speech });
  });
  afterAll(() => b?.close());

  /** Opens `fixture` at its rfi.fr address, opens the reader with the toolbar button and starts recording speech calls. */
  async function openReader(fixture: string, viewport = { width: 1000, height: 700 }): Promise<Page> {
    // Reading starts at the first block in view: every test starts at the top, not where an earlier one left off.
    await forgetReadingPositions(b);
    const page = await b.open(rfiFixtureUrl(fixture, server.port));
    await page.setViewport(viewport);
    await listenFromPage(page);
    await b.clickToolbarButton(page);
    await waitForOverlay(page);
    await recordSpeech(b, page);
    return page;
  }

  test('reads a French article aloud with a French voice, paragraph by paragraph, the paragraph read highlighted', async () => {
    const page = await openReader('rfi/fr-article');
    const blocks = await overlayBlocks(page);
    const button = await control(page, 'read-aloud');
    expect(await button.evaluate((el) => el.getAttribute('aria-label'))).toBe('Read aloud');
    const injected = () => page.evaluate(() => performance.getEntriesByName('liseuse:read-aloud-injected', 'mark').length);
    expect(await injected(), 'the read-aloud engine is not loaded with the reader').toBe(0);
    await button.click();

    // The title is read first, with a French voice, in French.
    let record = await waitForRecord(b, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
    expect(await readingBlock(page)).toBe(blocks[0]);
    const first = spoken(record)[0]!;
    expect(first).toMatchObject({ text: blocks[0], lang: 'fr', voiceLang: 'fr-FR', rate: 1 });
    expect(first.voice).toMatch(/^French \(France\)/);
    expect(await readAloudStatus(page)).toContain(first.voice);
    expect(await pageSeesSpeaking(page), 'the page sees the speech going on').toBe(true);

    // Faster: the sentence under way is said again at the new speed.
    await clickControl(page, 'read-aloud:faster');
    await clickControl(page, 'read-aloud:faster');
    expect(
      await page.evaluate(
        () => document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[data-liseuse="speech-rate"]')!.textContent,
      ),
    ).toBe('1.5×');
    await waitForRecord(b, page, (r) => spoken(r).some((s) => s.rate === 1.5), 'an utterance at 1.5×');

    // The highlight moves on to the lead, then the next paragraph, as each one starts.
    await waitForReading(page, blocks[1]!);
    // Scrolled away while it reads, the reader brings the next paragraph back into view.
    await page.evaluate(() => {
      const scroller = document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await waitForReading(page, blocks[2]!);
    await page.waitForFunction(
      () => {
        const root = document.querySelector('liseuse-reader')!.shadowRoot!;
        const box = root.querySelector('[data-liseuse-reading]')!.getBoundingClientRect();
        const view = root.querySelector('.scroller')!.getBoundingClientRect();
        const toolbar = root.querySelector('[data-liseuse="read-aloud-status"]')!.getBoundingClientRect();
        return box.top >= toolbar.bottom - 1 && box.bottom <= view.bottom + 1;
      },
      { timeout: 10_000 },
    );
    record = await speechRecord(b, page);
    const texts = spoken(record).map((s) => s.text);
    // Every utterance is a piece of a block the reader shows, in reading order.
    const joined = blocks.join(' ');
    for (const text of texts) expect(joined).toContain(text);
    expect(texts.join(' ')).toContain(blocks[1]!.slice(0, 40));
    // Each utterance started before it ended and, unless cancelled (Firefox ends a
    // cancelled one with `end` too), lasted as long as it is spoken: a real voice, in real time.
    const ends = events(record, 'end');
    expect(ends.length).toBeGreaterThan(1);
    for (const end of ends) {
      const start = events(record, 'start').findLast((s) => s.text === end.text && s.at <= end.at);
      expect(start, end.text).toBeDefined();
      const cancelled = calls(record, 'cancel').some((c) => c.at >= start!.at && c.at <= end.at);
      if (!cancelled) expect(end.at - start!.at, end.text).toBeGreaterThan(200);
    }

    expect(await injected(), 'injected on the first press, once').toBe(1);

    // Stop: speech stops, the highlight goes, focus stays on the read-aloud button.
    await clickControl(page, 'read-aloud:stop');
    expect(await readingBlock(page)).toBeNull();
    expect(calls(await speechRecord(b, page), 'cancel').length).toBeGreaterThan(0);
    await page.waitForFunction(() => !speechSynthesis.speaking, { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await speech.listen(1000), 'silence once stopped').toBe(0);
    expect(await focusedInOverlay(page)).toBe('read-aloud');
    expect(calls(await speechRecord(b, page), 'pause'), 'never speechSynthesis.pause()').toEqual([]);

    // The page's own wrappers of the speech API heard nothing of it.
    expect(await heardByPage(page)).toEqual([]);
    await page.close();
  });

  test('from the keyboard: read, pause (the place kept), resume (the sentence said again); Esc stops it with the reader', async () => {
    const page = await openReader('rfi/en-article');
    const blocks = await overlayBlocks(page);
    await control(page, 'read-aloud');
    // The toolbar's arrow keys reach it: End is the close button, then ⚙, then reading aloud.
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedInOverlay(page)).toBe('read-aloud');
    await page.keyboard.press('Enter');
    let record = await waitForRecord(b, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
    expect(spoken(record)[0]).toMatchObject({ text: blocks[0], lang: 'en', voiceLang: 'en-US' });
    expect(await mainLabel(page)).toBe('Pause reading aloud');
    await waitForReading(page, blocks[1]!);
    const before = spoken(await speechRecord(b, page)).at(-1)!;

    await page.keyboard.press('Enter');
    expect(await mainLabel(page)).toBe('Resume reading aloud');
    await page.waitForFunction(() => !speechSynthesis.speaking, { timeout: 5_000 });
    expect(await readingBlock(page), 'paused, the place stays marked').toBe(blocks[1]);
    const paused = await speechRecord(b, page);
    expect(paused.filter((r) => 'call' in r).at(-1), 'paused by cancelling').toMatchObject({ call: 'cancel' });
    // Nothing more is said, nor heard, while paused.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await speech.listen(1000), 'silence while paused').toBe(0);
    expect(spoken(await speechRecord(b, page))).toHaveLength(spoken(paused).length);

    await page.keyboard.press(' ');
    expect(await mainLabel(page)).toBe('Pause reading aloud');
    const pausedAt = paused.at(-1)!.at;
    record = await waitForRecord(b, page, (r) => events(r, 'start').some((e) => e.at > pausedAt), 'speech to start again');
    expect(spoken(record).at(-1)!.text, 'the interrupted sentence again').toBe(before.text);
    expect(await readingBlock(page)).toBe(blocks[1]);
    expect(await pageSeesSpeaking(page)).toBe(true);

    await page.keyboard.press('Escape');
    await waitForOverlayClosed(page);
    await page.waitForFunction(() => !speechSynthesis.speaking, { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await speech.listen(1500), 'silence once the reader is closed').toBe(0);
    expect((await speechRecord(b, page)).filter((r) => 'call' in r).at(-1), 'closing cancelled the speech').toMatchObject({
      call: 'cancel',
    });
    expect(calls(await speechRecord(b, page), 'pause'), 'never speechSynthesis.pause()').toEqual([]);
    await page.close();
  });

  test('reloading the page while it reads stops the speech, as heard', async () => {
    const page = await openReader('rfi/en-article');
    await clickControl(page, 'read-aloud');
    await waitForRecord(b, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
    expect(await speech.listen(1000), 'speech is heard while it reads').toBeGreaterThan(1000);
    await page.reload({ waitUntil: 'load' });
    // The new document's speechSynthesis knows nothing of the old one's speech:
    // listen instead. (Both browsers also stop it by themselves: with the reader's
    // pagehide listener taken out, this still passed in Chromium 156 and Firefox ESR 153.)
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await speech.listen(1500), 'silence after the reload').toBe(0);
    await page.close();
  });

  test.each([
    ['rfi/cn-article', 'zh-Hans', 'cmn'],
    // espeak-ng has no Taiwanese voice: Hong Kong's Cantonese reads traditional characters.
    ['rfi/tw-article', 'zh-Hant', 'yue'],
    ['rfi/fa-article', 'fa', 'fa'],
    ['rfi/vi-article', 'vi', 'vi'],
    ['rfi/es-article', 'es', 'es'],
    ['rfi/ru-article', 'ru', 'ru'],
  ])('reads %s (%s) with a voice of its language (%s)', async (fixture, lang, voiceLang) => {
    const page = await openReader(fixture);
    const blocks = await overlayBlocks(page);
    await clickControl(page, 'read-aloud');
    const record = await waitForRecord(b, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
    expect(spoken(record)[0]).toMatchObject({ text: blocks[0], lang, voiceLang });
    expect(events(record, 'error')).toEqual([]);
    expect(await readingBlock(page)).toBe(blocks[0]);
    const status = await readAloudStatus(page);
    expect(status).toContain(spoken(record)[0]!.voice);
    expect(status, "a voice of the article's own place: no note").not.toMatch(/closest voice/);
    await clickControl(page, 'read-aloud:stop');
    await page.close();
  });

  test.each([
    // Pages the extension has no host permission for: the engine is injected under the click's activeTab grant.
    ['a feedx item', '/feedx/archive-md/rfi-seed-20230928.html', 'zh-Hans', 'cmn'],
    ['a generic article (Readability)', '/generic/blog-post.html', 'en', 'en-US'],
  ])('reads %s aloud too', async (_, path, lang, voiceLang) => {
    const page = await b.open(`${server.origin}${path}`);
    await b.clickToolbarButton(page);
    await waitForOverlay(page);
    await recordSpeech(b, page);
    const blocks = await overlayBlocks(page);
    await clickControl(page, 'read-aloud');
    const record = await waitForRecord(b, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
    expect(spoken(record)[0]).toMatchObject({ text: blocks[0], lang, voiceLang });
    expect(await readingBlock(page)).toBe(blocks[0]);
    await clickControl(page, 'read-aloud:stop');
    await page.close();
  });

  test('the voice chosen on the options page reads the article', async () => {
    const options = await b.openExtensionPage('options/index.html');
    await options.waitForSelector('select[name="voice-fr"] option:nth-child(2)', { timeout: 20_000 });
    const belgian = await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[name="voice-fr"]')!;
      return Array.from(select.options).find((o) => /^French \(Belgium\)/.test(o.text))!.value;
    });
    await options.select('select[name="voice-fr"]', belgian);
    const stored = async () =>
      options.evaluate(async () => {
        type Sync = { storage: { sync: { get(key: string): Promise<{ speechVoices?: Record<string, string> }> } } };
        const g = globalThis as unknown as { browser?: Sync; chrome: Sync };
        return (await (g.browser ?? g.chrome).storage.sync.get('speechVoices')).speechVoices?.fr ?? '';
      });
    await expect.poll(stored, { timeout: 5_000 }).toBe(belgian);

    const page = await openReader('rfi/fr-article');
    await clickControl(page, 'read-aloud');
    const record = await waitForRecord(b, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
    expect(spoken(record)[0]).toMatchObject({ lang: 'fr', voiceLang: 'fr-BE' });
    expect(spoken(record)[0]!.voice).toMatch(/^French \(Belgium\)/);
    await clickControl(page, 'read-aloud:stop');
    await page.close();

    // Back to the best match, for the other tests.
    await options.select('select[name="voice-fr"]', '');
    await expect.poll(stored, { timeout: 5_000 }).toBe('');
    await options.close();
  });

  describe('with English voices only', () => {
    let english: SpeechService;
    let e: ReaderBrowser;
    beforeAll(async () => {
      english = await startSpeechService({ voices: ['gmw/en-US'] });
      e = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port, speech: english });
    });
    afterAll(async () => {
      await e?.close();
      await english?.stop();
    });

    test('says it has no French voice, offers English, and reads in English only when asked', async () => {
      const page = await e.open(rfiFixtureUrl('rfi/fr-article', server.port));
      await page.setViewport({ width: 1000, height: 700 });
      await e.clickToolbarButton(page);
      await waitForOverlay(page);
      await recordSpeech(e, page);
      await clickControl(page, 'read-aloud');
      await page.waitForFunction(
        () => !!document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[data-liseuse="read-aloud-message"]'),
        { timeout: 20_000 },
      );
      expect(await readAloudStatus(page)).toContain('This browser has no voice for French');
      expect(spoken(await speechRecord(e, page)), 'never read in another language by itself').toEqual([]);
      expect(await mainLabel(page)).toBe('Read aloud');
      const offered = await page.evaluate(() =>
        Array.from(
          document
            .querySelector('liseuse-reader')!
            .shadowRoot!.querySelectorAll<HTMLOptionElement>('[data-liseuse-control="read-aloud:language"] option'),
        ).map((o) => [o.value, o.text]),
      );
      expect(offered).toEqual([['en', 'English']]);

      await clickControl(page, 'read-aloud:read-in');
      const record = await waitForRecord(e, page, (r) => events(r, 'start').length > 0, 'the first utterance to start');
      expect(spoken(record)[0]).toMatchObject({ lang: 'en', voiceLang: 'en-US' });
      await clickControl(page, 'read-aloud:stop');
      await page.close();
    });
  });

  if (name === 'chromium') {
    // One engine is enough for the picture; everything it shows is checked above in both.
    test('screenshot: a paragraph read aloud, highlighted (800×600)', async () => {
      const page = await openReader('rfi/fr-article', { width: 800, height: 600 });
      const blocks = await overlayBlocks(page);
      await clickControl(page, 'read-aloud');
      await waitForReading(page, blocks[1]!);
      // The mouse off the buttons: no hover colour in the picture.
      await page.mouse.move(400, 590);
      const png = await page.screenshot({ type: 'png' });
      const header = Buffer.from(png);
      expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([800, 600]);
      if (writeScreenshots) {
        mkdirSync(screenshotDir, { recursive: true });
        writeFileSync(join(screenshotDir, 'read-aloud.png'), png);
      }
      await clickControl(page, 'read-aloud:stop');
      await page.close();
    });
  }
});

describe('chromium as Linux users run it (no --enable-speech-dispatcher): no voices', () => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch('chromium', join(dist, 'chrome'), { rfiHostPort: server.port });
  });
  afterAll(() => b?.close());

  test('says there are no voices and speaks nothing', async () => {
    const page = await b.open(rfiFixtureUrl('rfi/fr-article', server.port));
    await b.clickToolbarButton(page);
    await waitForOverlay(page);
    await recordSpeech(b, page);
    // Chromium sends no voiceschanged when it has no voice at all: the reader says so after 10 s of looking.
    await clickControl(page, 'read-aloud');
    await page.waitForFunction(
      () => !!document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('[data-liseuse="read-aloud-message"]'),
      { timeout: 20_000 },
    );
    expect(await readAloudStatus(page)).toContain('This browser has no voices for reading aloud');
    expect(await speechRecord(b, page)).toEqual([]);
    expect(await pageSeesSpeaking(page)).toBe(false);
    await clickControl(page, 'read-aloud:dismiss');
    expect(await readAloudStatus(page)).toBe('');
    expect(await focusedInOverlay(page), 'focus back on the button').toBe('read-aloud');
    await page.close();
  });
});
