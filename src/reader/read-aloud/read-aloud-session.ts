/**
 * One reader's reading aloud, made when the reader first presses the button:
 * finds the voices, chooses one for the article's language (or says there is
 * none and which languages there are), reads the blocks with a SpeechReader,
 * shows the block being read, and stops when told, when the page is left, and
 * when the reader closes (dispose).
 */
import type { Settings } from '../../shared/settings';
import { chooseVoice, spokenLanguages } from './choose-voice';
import { firstInView, showReading } from './keep-in-view';
import { loadVoices } from './load-voices';
import { readableBlocks } from './readable-blocks';
import { speechLanguageKey } from './speech-language';
import { SpeechReader, type SpeechPort, type SpeechReaderEnd } from './speech-reader';

/** Something said to the reader under the toolbar once reading is over, or instead of reading. */
export type ReadAloudNotice =
  /** No installed voice speaks `lang`; `languages` are the language keys the voices speak. */
  | { kind: 'no-voice'; lang: string; languages: string[] }
  | { kind: 'finished' }
  /** Something else cancelled our speech (the page, another tab speaking). */
  | { kind: 'interrupted' }
  /** The speech service took the text and never started speaking. */
  | { kind: 'no-start' }
  | { kind: 'failed'; error: string };

/** What the read-aloud controls and status line show. */
export type ReadAloudView =
  | { state: 'idle'; notice?: ReadAloudNotice }
  | { state: 'loading' }
  /** `fallback`: the voice is not of the place the article is written for (a Mandarin voice for traditional characters). */
  | { state: 'reading' | 'paused'; voice: string; voiceLang: string; fallback: boolean };

/** The speech API of the reader's world; absent in a browser without it. */
export interface SpeechApi {
  synth: (SpeechPort & EventTarget & { getVoices(): SpeechSynthesisVoice[] }) | undefined;
  makeUtterance: ((text: string) => SpeechSynthesisUtterance) | undefined;
}

/** The speech API of this window (the content script's own view of it). */
export function windowSpeech(): SpeechApi {
  const synth = typeof speechSynthesis === 'object' && speechSynthesis ? speechSynthesis : undefined;
  const Utterance = typeof SpeechSynthesisUtterance === 'function' ? SpeechSynthesisUtterance : undefined;
  return { synth, makeUtterance: Utterance && ((text) => new Utterance(text)) };
}

/** What a session reads and where it tells. */
export interface ReadAloudSessionOptions {
  /** The overlay's dialog (title and body) and its scrolling box. */
  dialog: Element;
  scroller: Element;
  /** The article's language when the body does not say (Article.lang). */
  articleLang: string;
  settings(): Settings;
  onView(view: ReadAloudView): void;
  speech?: SpeechApi;
}

const noticeOf = (why: SpeechReaderEnd): ReadAloudNotice =>
  why === 'finished' || why === 'interrupted' || why === 'no-start' ? { kind: why } : { kind: 'failed', error: why.error };

/** See the module comment. */
export class ReadAloudSession {
  #view: ReadAloudView = { state: 'idle' };
  #reader: SpeechReader | undefined;
  #voices: SpeechSynthesisVoice[] | undefined;
  #loading: AbortController | undefined;
  #chosenFor: { key: string | undefined; preferred: string | undefined } | undefined;
  readonly #listeners = new AbortController();
  readonly #speech: SpeechApi;

  constructor(private readonly options: ReadAloudSessionOptions) {
    this.#speech = options.speech ?? windowSpeech();
    // Both browsers stop a document's speech as it unloads (e2e: reloading); a page
    // kept in the back-forward cache is hidden, not unloaded, and must stop too.
    window.addEventListener('pagehide', () => this.stop(), { signal: this.#listeners.signal });
  }

  #show(view: ReadAloudView): void {
    this.#view = view;
    // Not while the overlay unmounts (dispose): there is nothing left to show it.
    if (!this.#listeners.signal.aborted) this.options.onView(view);
  }

  /** The language the body is written in now (a script conversion may change it), else the article's. */
  #articleLang(): string {
    return this.options.dialog.querySelector('[data-liseuse="body"]')?.getAttribute('lang') || this.options.articleLang;
  }

  /**
   * Reads the article aloud from the first block in view, in its language; with
   * `lang` (a language the reader picked where the article's has no voice),
   * from the top in that language.
   */
  async start(lang?: string): Promise<void> {
    this.stop();
    const { synth, makeUtterance } = this.#speech;
    const readLang = lang ?? this.#articleLang();
    if (!synth || !makeUtterance) return this.#show({ state: 'idle', notice: { kind: 'no-voice', lang: readLang, languages: [] } });
    this.#show({ state: 'loading' });
    const loading = (this.#loading = new AbortController());
    const voices = this.#voices ?? (await loadVoices(synth, loading.signal));
    if (loading.signal.aborted) return;
    this.#loading = undefined;
    if (voices.length) this.#voices = voices;
    const key = speechLanguageKey(readLang);
    const preferred = key ? this.options.settings().speechVoices[key] : undefined;
    const choice = chooseVoice(voices, readLang, preferred);
    if (!choice) return this.#show({ state: 'idle', notice: { kind: 'no-voice', lang: readLang, languages: spokenLanguages(voices) } });
    this.#chosenFor = { key, preferred };
    const { dialog, scroller } = this.options;
    const reader = new SpeechReader({
      synth,
      makeUtterance,
      blocks: () => readableBlocks(dialog),
      voice: choice.voice,
      lang: readLang,
      rate: this.options.settings().speechRate,
      onBlock: (block) => showReading(scroller, block?.element),
      onEnd: (why) => {
        if (this.#reader === reader) this.#show({ state: 'idle', notice: noticeOf(why) });
      },
    });
    this.#reader = reader;
    const from = lang
      ? 0
      : firstInView(
          scroller,
          readableBlocks(dialog).map((b) => b.element),
        );
    this.#show({ state: 'reading', voice: choice.voice.name, voiceLang: choice.voice.lang, fallback: choice.fallback });
    reader.start(from);
  }

  /** Pauses; the sentence under way is said again on resume. */
  pause(): void {
    if (this.#view.state !== 'reading' || !this.#reader) return;
    this.#reader.pause();
    this.#show({ ...this.#view, state: 'paused' });
  }

  resume(): void {
    if (this.#view.state !== 'paused' || !this.#reader) return;
    this.#show({ ...this.#view, state: 'reading' });
    this.#reader.resume();
  }

  /** Stops reading (or looking for voices) and clears the highlight and any notice. */
  stop(): void {
    this.#loading?.abort();
    this.#loading = undefined;
    const reader = this.#reader;
    this.#reader = undefined;
    reader?.stop();
    if (this.#view.state !== 'idle' || this.#view.notice) this.#show({ state: 'idle' });
  }

  /** Follows new settings: the speed at once, a voice chosen for this language from the next sentence. */
  settingsChanged(settings: Settings): void {
    const reader = this.#reader;
    const view = this.#view;
    if (!reader || (view.state !== 'reading' && view.state !== 'paused')) return;
    const changes: Parameters<SpeechReader['change']>[0] = {};
    if (settings.speechRate !== reader.rate) changes.rate = settings.speechRate;
    const key = this.#chosenFor?.key;
    const preferred = key ? settings.speechVoices[key] : undefined;
    if (this.#voices && preferred !== this.#chosenFor?.preferred) {
      const choice = chooseVoice(this.#voices, this.#articleLang(), preferred);
      if (choice) {
        changes.voice = choice.voice;
        this.#chosenFor = { key, preferred };
        this.#show({ ...view, voice: choice.voice.name, voiceLang: choice.voice.lang, fallback: choice.fallback });
      }
    }
    // Any other setting (a theme, a text size) leaves the sentence under way alone.
    if (Object.keys(changes).length) reader.change(changes);
  }

  /** The reader closes: stop, and take the listeners back. */
  dispose(): void {
    this.#listeners.abort();
    this.stop();
  }
}
