/**
 * Reading aloud's logic in jsdom, which has no speech synthesis: a fake one
 * (test/support/fake-speech.ts) that queues and fires events the way Chromium
 * and Firefox were seen to on Linux. The text is real: fixture articles as the
 * reader shows them (extracted and sanitised), read from the reader's own DOM.
 * test/e2e/read-aloud.e2e.test.ts does it all again with real voices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readableBlocks } from '../../src/reader/read-aloud/readable-blocks';

// settings.ts loads the extension API, which only loads inside an extension; only its data is used here.
vi.mock('../../src/shared/browser', () => ({ default: {} }));

import { utteranceTexts } from '../../src/reader/read-aloud/utterance-texts';
import { SpeechReader, type SpeechReaderEnd, type SpeechReaderOptions } from '../../src/reader/read-aloud/speech-reader';
import { ReadAloudSession, type ReadAloudView } from '../../src/reader/read-aloud/read-aloud-session';
import type { VoiceLike } from '../../src/reader/read-aloud/choose-voice';
import { defaults, type Settings } from '../../src/shared/settings';
import { FakeSpeech, FakeUtterance, settle, type CancelStyle } from '../support/fake-speech';
import { fixtureCases } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';

const voices: VoiceLike[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'voices', 'chromium-156-speech-dispatcher-espeak-ng.json'), 'utf8'),
).voices;

/** The reader's dialog for an rfi fixture, as the overlay builds it: the title as text, the sanitised body with its lang. */
function dialogFor(id: string): { dialog: HTMLElement; scroller: HTMLElement; lang: string } {
  const c = fixtureCases('rfi').find((f) => f.id === id)!;
  const { article, body } = readInJsdom(c.source, c.expected!.url!);
  const scroller = document.createElement('div');
  const dialog = document.createElement('div');
  const title = document.createElement('h1');
  title.setAttribute('data-liseuse', 'title');
  title.textContent = article!.title;
  const shown = document.createElement('div');
  shown.setAttribute('data-liseuse', 'body');
  shown.lang = article!.lang;
  shown.innerHTML = body!.html;
  dialog.append(title, shown);
  scroller.append(dialog);
  document.body.append(scroller);
  return { dialog, scroller, lang: article!.lang };
}

beforeEach(() => {
  // jsdom lays nothing out and scrolls nothing: every block is "in view" at 0×0.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('what is read', () => {
  it('reads the title, then the lead, paragraphs and subheadings, as the reader shows them, without the captions', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const blocks = readableBlocks(dialog);
    expect(blocks[0]!.text).toBe('Dans le Jura, les producteurs de comté face à la pénurie de lait');
    expect(blocks[1]!.element.hasAttribute('data-liseuse-lead')).toBe(true);
    const shown = Array.from(dialog.querySelectorAll('[data-liseuse="body"] :is(p, h2, h3)'))
      .filter((e) => !e.closest('figcaption'))
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(blocks.slice(1).map((b) => b.text)).toEqual(shown);
    expect(blocks.slice(1).map((b) => b.element.tagName)).toContain('H2');
    expect(dialog.querySelectorAll('figcaption').length, 'the fixture has captions, which are not read').toBeGreaterThan(0);
  });

  it('reads a list item or quotation holding paragraphs by its paragraphs, and skips captions and empty blocks', () => {
    const dialog = document.createElement('div');
    dialog.innerHTML = `<h1 data-liseuse="title">Titre</h1><div data-liseuse="body" lang="fr">
      <p>Premier.</p><ul><li><p>Dans une liste.</p></li><li>Seul.</li></ul>
      <blockquote><p>Citée.</p></blockquote><figure><img alt=""><figcaption><p>© AFP</p></figcaption></figure><p>***</p><h2>Intertitre</h2></div>`;
    expect(readableBlocks(dialog).map((b) => b.text)).toEqual(['Titre', 'Premier.', 'Dans une liste.', 'Seul.', 'Citée.', 'Intertitre']);
  });

  it('says one sentence per utterance, and cuts a sentence too long for one at a comma', () => {
    const { dialog, lang } = dialogFor('rfi/fr-article');
    for (const block of readableBlocks(dialog)) {
      const texts = utteranceTexts(block.text, lang);
      expect(texts.join(' ').replace(/\s+/g, ' ')).toBe(block.text);
      for (const t of texts) expect(t.length, t).toBeLessThanOrEqual(150);
    }
    const long =
      'Les producteurs de lait du Jura, qui livrent les fruitières depuis des générations, voient leurs volumes baisser, leurs coûts monter, leurs fourrages manquer après deux étés secs, et certains pensent à arrêter.';
    const cut = utteranceTexts(long, 'fr');
    expect(cut.length).toBeGreaterThan(1);
    expect(cut[0]).toMatch(/,$/);
  });

  it('cuts Chinese at its own sentence and clause marks, Persian at its own', () => {
    const zh = dialogFor('rfi/cn-article');
    const zhBlocks = readableBlocks(zh.dialog);
    const zhTexts = zhBlocks.flatMap((b) => utteranceTexts(b.text, zh.lang));
    expect(zhTexts.length).toBeGreaterThan(zhBlocks.length);
    for (const t of zhTexts) expect(t.length, t).toBeLessThanOrEqual(50);
    expect(zhTexts.some((t) => t.endsWith('。'))).toBe(true);
    const fa = dialogFor('rfi/fa-article');
    const faTexts = readableBlocks(fa.dialog).flatMap((b) => utteranceTexts(b.text, fa.lang));
    expect(faTexts.every((t) => t.length <= 150)).toBe(true);
  });
});

/** A SpeechReader over the fake, reading `dialog`'s blocks; `ends` and `shown` record what it tells. */
function readerOver(dialog: Element, style: CancelStyle = 'chromium', options: Partial<SpeechReaderOptions> = {}) {
  const synth = new FakeSpeech(voices, style);
  const shown: (string | undefined)[] = [];
  const ends: SpeechReaderEnd[] = [];
  const voice = voices.find((v) => v.lang === 'fr-FR')! as unknown as SpeechSynthesisVoice;
  const reader = new SpeechReader({
    synth,
    makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
    blocks: () => readableBlocks(dialog),
    voice,
    lang: 'fr',
    rate: 1,
    onBlock: (b) => shown.push(b?.text),
    onEnd: (why) => ends.push(why),
    ...options,
  });
  return { synth, reader, shown, ends };
}

describe('the paragraph queue', () => {
  it('reads every block in order, one utterance at a time, telling each block as its first utterance starts', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const blocks = readableBlocks(dialog);
    const { synth, reader, shown, ends } = readerOver(dialog);
    reader.start();
    expect(synth.spoken()).toHaveLength(1);
    expect(shown, 'nothing highlighted before speech starts').toEqual([]);
    const said = synth.sayAll();
    expect(said.join(' ')).toBe(blocks.map((b) => b.text).join(' '));
    expect(shown).toEqual([...blocks.map((b) => b.text), undefined]);
    expect(ends).toEqual(['finished']);
    expect(reader.state).toBe('idle');
    expect(synth.speaking || synth.pending).toBe(false);
  });

  it('gives each utterance the voice, language and speed', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader } = readerOver(dialog, 'chromium', { rate: 1.5 });
    reader.start();
    expect(synth.current).toMatchObject({ lang: 'fr', rate: 1.5 });
    expect(synth.current!.voice).toMatchObject({ lang: 'fr-FR' });
  });

  it.each(['chromium', 'firefox'] as const)(
    'pauses by cancelling, keeps the place, and says the interrupted sentence again on resume (%s cancel events)',
    async (style) => {
      const { dialog } = dialogFor('rfi/fr-article');
      const { synth, reader, shown, ends } = readerOver(dialog, style);
      reader.start();
      synth.start();
      synth.end();
      synth.start();
      const interrupted = synth.current!.text;
      reader.pause();
      expect(reader.state).toBe('paused');
      expect(synth.calls.at(-1)).toBe('cancel');
      expect(synth.calls, 'never speechSynthesis.pause()').not.toContain('pause');
      await settle();
      // The cancelled utterance's late event (an error in Chromium, `end` in Firefox) changes nothing.
      expect(ends).toEqual([]);
      expect(synth.spoken()).toHaveLength(2);
      expect(shown.at(-1), 'the place stays marked').toBe(shown[1]);
      reader.resume();
      expect(synth.spoken().at(-1)).toBe(interrupted);
      synth.start();
      expect(reader.state).toBe('reading');
    },
  );

  it('stops: cancels, clears the highlight, and hears nothing more', async () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader, shown, ends } = readerOver(dialog, 'firefox');
    reader.start();
    synth.start();
    reader.stop();
    expect(synth.calls.at(-1)).toBe('cancel');
    expect(shown.at(-1)).toBeUndefined();
    await settle();
    expect(synth.spoken()).toHaveLength(1);
    expect(ends).toEqual([]);
    expect(reader.state).toBe('idle');
  });

  it('stops when something else cancels its speech (the page, another tab), rather than skip on', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader, shown, ends } = readerOver(dialog);
    reader.start();
    synth.start();
    synth.fail('interrupted');
    expect(ends).toEqual(['interrupted']);
    expect(shown.at(-1)).toBeUndefined();
    expect(synth.spoken()).toHaveLength(1);
  });

  it('says why when the speech service fails', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader, ends } = readerOver(dialog);
    reader.start();
    synth.fail('synthesis-failed');
    expect(ends).toEqual([{ error: 'synthesis-failed' }]);
  });

  it('gives up, saying so, when speech never starts (a stuck speech service)', () => {
    vi.useFakeTimers();
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader, ends } = readerOver(dialog, 'chromium', { startPatienceMs: 10_000 });
    reader.start();
    vi.advanceTimersByTime(9_999);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ends).toEqual(['no-start']);
    expect(synth.calls.at(-1)).toBe('cancel');
  });

  it('says the sentence under way again at a new speed, and nothing else changes on other settings', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader } = readerOver(dialog);
    reader.start();
    synth.start();
    const text = synth.current!.text;
    reader.change({ rate: 2 });
    expect(synth.calls.slice(-2)).toEqual(['cancel', `speak: ${text}`]);
    expect(synth.current!.rate).toBe(2);
  });

  it('cancels speech already going on before it starts (it would keep ours waiting)', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader } = readerOver(dialog);
    synth.speak(new FakeUtterance('Something the page says.'));
    reader.start();
    expect(synth.calls.slice(1, 3)).toEqual(['cancel', `speak: ${readableBlocks(dialog)[0]!.text}`]);
    expect(synth.current!.text).toBe(readableBlocks(dialog)[0]!.text);
  });

  it('calls resume() first when the browser is left paused (Chrome then never starts new speech)', () => {
    const { dialog } = dialogFor('rfi/fr-article');
    const { synth, reader } = readerOver(dialog);
    synth.paused = true;
    reader.start();
    expect(synth.calls.slice(0, 2)).toEqual(['resume', `speak: ${readableBlocks(dialog)[0]!.text}`]);
  });
});

describe('a reader session', () => {
  function session(id: string, synthVoices = voices, settings: Partial<Settings> = {}) {
    const { dialog, scroller } = dialogFor(id);
    const synth = new FakeSpeech([]);
    const views: ReadAloudView[] = [];
    const s = new ReadAloudSession({
      dialog,
      scroller,
      articleLang: 'en',
      settings: () => ({ ...defaults, ...settings }),
      onView: (v) => views.push(v),
      speech: {
        synth: synth as unknown as NonNullable<import('../../src/reader/read-aloud/read-aloud-session').SpeechApi['synth']>,
        makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
      },
    });
    // The voices come a moment after the first getVoices(), as in both browsers.
    const announce = () => {
      synth.voices = synthVoices;
      synth.dispatchEvent(new Event('voiceschanged'));
    };
    return { dialog, synth, views, s, announce };
  }
  const reading = (dialog: Element) => dialog.querySelector('[data-liseuse-reading]')?.textContent ?? null;

  it('waits for the voices, then reads in the language the body is marked with, highlighting the block read', async () => {
    const { dialog, synth, views, s, announce } = session('rfi/cn-article');
    const started = s.start();
    expect(views.at(-1)).toEqual({ state: 'loading' });
    announce();
    await started;
    expect(views.at(-1)).toMatchObject({ state: 'reading', voiceLang: 'cmn', fallback: false });
    expect(synth.current).toMatchObject({ lang: 'zh-Hans' });
    synth.start();
    expect(reading(dialog)).toBe(readableBlocks(dialog)[0]!.text);
  });

  it('says there is no voice for the language, and which languages there are, and speaks nothing', async () => {
    const { synth, views, s, announce } = session(
      'rfi/fa-article',
      voices.filter((v) => /^(en|fr)/.test(v.lang)),
    );
    const started = s.start();
    announce();
    await started;
    const last = views.at(-1)!;
    expect(last).toMatchObject({ state: 'idle', notice: { kind: 'no-voice', lang: 'fa' } });
    expect(last.state === 'idle' && last.notice?.kind === 'no-voice' && last.notice.languages).toEqual(['en', 'fr']);
    expect(synth.spoken()).toEqual([]);
  });

  it('reads in a language the reader picks instead, from the top', async () => {
    const { synth, s, announce } = session(
      'rfi/fa-article',
      voices.filter((v) => /^(en|fr)/.test(v.lang)),
    );
    const started = s.start();
    announce();
    await started;
    await s.start('en');
    expect(synth.current).toMatchObject({ lang: 'en' });
    expect(synth.current!.voice!.lang).toBe('en-US');
  });

  it("uses the reader's voice for the language and follows a new choice from the next sentence", async () => {
    const belgian = voices.find((v) => v.lang === 'fr-BE')!;
    const swiss = voices.find((v) => v.lang === 'fr-CH')!;
    const { synth, s, views, announce } = session('rfi/fr-article', voices, { speechVoices: { fr: belgian.voiceURI } });
    const started = s.start();
    announce();
    await started;
    expect(synth.current!.voice).toBe(belgian);
    synth.start();
    s.settingsChanged({ ...defaults, speechVoices: { fr: swiss.voiceURI } });
    expect(synth.current!.voice).toBe(swiss);
    expect(views.at(-1)).toMatchObject({ state: 'reading', voice: swiss.name });
    // A change of another setting leaves the sentence alone.
    const calls = synth.calls.length;
    s.settingsChanged({ ...defaults, theme: 'dark', speechVoices: { fr: swiss.voiceURI } });
    expect(synth.calls).toHaveLength(calls);
  });

  it('stops when the page is left, and when the reader closes', async () => {
    const { dialog, synth, s, announce } = session('rfi/fr-article');
    const started = s.start();
    announce();
    await started;
    synth.start();
    expect(reading(dialog)).not.toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(synth.calls.at(-1)).toBe('cancel');
    expect(reading(dialog)).toBeNull();

    await s.start();
    synth.start();
    const views = synth.calls.length;
    s.dispose();
    expect(synth.calls.length).toBe(views + 1);
    expect(synth.calls.at(-1)).toBe('cancel');
    expect(reading(dialog)).toBeNull();
    // Disposed, it no longer listens for pagehide.
    window.dispatchEvent(new Event('pagehide'));
    expect(synth.calls.length).toBe(views + 1);
  });

  it('stops looking for voices when stopped meanwhile, and says nothing more', async () => {
    const { synth, views, s, announce } = session('rfi/fr-article');
    const started = s.start();
    s.stop();
    await started;
    announce();
    await settle();
    expect(views.at(-1)).toEqual({ state: 'idle' });
    expect(synth.spoken()).toEqual([]);
  });
});
