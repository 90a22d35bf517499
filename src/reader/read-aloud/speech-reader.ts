/**
 * Reads blocks aloud one utterance at a time (a sentence: utterance-texts.ts),
 * the next one spoken when the last ends, and says which block is being read
 * when its first utterance starts. What the browsers do on Linux decided the
 * shape (docs/read-aloud.md):
 *
 * - Pausing cancels the utterance under way and resuming speaks it again:
 *   `speechSynthesis.pause()` does nothing in Firefox with speech-dispatcher,
 *   and in Chromium it leaves speech-dispatcher silent for every program until
 *   it restarts.
 * - Events of an utterance we cancelled are ignored (a token per utterance):
 *   Firefox ends a cancelled utterance with `end` after the next has started.
 * - The utterance under way is kept referenced: Chromium may never fire `end`
 *   for one that was garbage-collected (https://crbug.com/509488).
 */
import type { ReadableBlock } from './readable-blocks';
import { utteranceTexts } from './utterance-texts';

/** What the reader needs of `speechSynthesis`; tests give a fake one (jsdom has none). */
export interface SpeechPort {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  resume(): void;
  readonly speaking: boolean;
  readonly pending: boolean;
  readonly paused: boolean;
}

/** The reader's state: `idle` before, after stop and once everything was read. */
export type SpeechReaderState = 'idle' | 'reading' | 'paused';

/** Why reading stopped by itself; `interrupted` when something else cancelled our speech (the page, another tab). */
export type SpeechReaderEnd = 'finished' | 'interrupted' | 'no-start' | { error: string };

/** How the reader speaks and what it tells. */
export interface SpeechReaderOptions {
  synth: SpeechPort;
  makeUtterance(text: string): SpeechSynthesisUtterance;
  /** The blocks to read, asked again at each block (the body may still be going in). */
  blocks(): readonly ReadableBlock[];
  /** The voice and the language it reads. */
  voice: SpeechSynthesisVoice;
  lang: string;
  /** The speed (SpeechSynthesisUtterance.rate). */
  rate: number;
  /** The block now read (its first utterance started), or undefined once reading stopped. */
  onBlock(block: ReadableBlock | undefined): void;
  /** Reading stopped by itself, for `why`. */
  onEnd(why: SpeechReaderEnd): void;
  /** How long a spoken utterance may take to start before reading gives up (ms). */
  startPatienceMs?: number;
}

/** A block's place in the reading: which block, and which of its utterances. */
interface Position {
  block: number;
  utterance: number;
}

/** Reads the blocks from a given one to the end; see the module comment. */
export class SpeechReader {
  #state: SpeechReaderState = 'idle';
  #at: Position = { block: 0, utterance: 0 };
  /** The texts of the current block's utterances, cut once per block. */
  #texts: string[] | undefined;
  /** Raised for every utterance spoken and every cancel: events of older utterances are ignored. */
  #token = 0;
  #current: SpeechSynthesisUtterance | undefined;
  #shown: ReadableBlock | undefined;
  #patience: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: SpeechReaderOptions) {}

  /** Idle, reading or paused. */
  get state(): SpeechReaderState {
    return this.#state;
  }

  /** The speed utterances are spoken at. */
  get rate(): number {
    return this.options.rate;
  }

  /** Starts reading at block `index` (anything under way is cancelled). */
  start(index = 0): void {
    this.#silence();
    const { synth } = this.options;
    // Speech already going on (the page's own, or left by an earlier reader) would
    // keep ours waiting, and Chrome's queue can stall until cancel() (https://crbug.com/335907).
    if (synth.speaking || synth.pending) synth.cancel();
    // Chrome keeps a paused state across cancel(): speech queued then never starts.
    if (synth.paused) synth.resume();
    this.#at = { block: index, utterance: 0 };
    this.#texts = undefined;
    this.#state = 'reading';
    this.#speak();
  }

  /** Stops speaking and keeps the place; resume() says the interrupted sentence again. */
  pause(): void {
    if (this.#state !== 'reading') return;
    this.#silence();
    this.#state = 'paused';
  }

  /** Goes on from where pause() stopped. */
  resume(): void {
    if (this.#state !== 'paused') return;
    this.#state = 'reading';
    this.#speak();
  }

  /** Stops, forgets the place and clears the highlight. */
  stop(): void {
    if (this.#state === 'idle') return;
    this.#silence();
    this.#finish();
  }

  /** A new speed (or voice) from the next utterance; an utterance under way is said again with it. */
  change(changes: Partial<Pick<SpeechReaderOptions, 'rate' | 'voice' | 'lang'>>): void {
    Object.assign(this.options, changes);
    if (this.#state !== 'reading') return;
    this.#silence();
    this.#speak();
  }

  /** Cancels our utterance, if one is under way, and makes its late events stale. */
  #silence(): void {
    this.#token++;
    clearTimeout(this.#patience);
    if (this.#current) this.options.synth.cancel();
    this.#current = undefined;
  }

  #finish(why?: SpeechReaderEnd): void {
    this.#state = 'idle';
    this.#shown = undefined;
    this.options.onBlock(undefined);
    if (why) this.options.onEnd(why);
  }

  /** Speaks the utterance at the current position, or ends when there is none. */
  #speak(): void {
    const blocks = this.options.blocks();
    const block = blocks[this.#at.block];
    if (!block) return this.#finish('finished');
    this.#texts ??= utteranceTexts(block.text, this.options.lang);
    const text = this.#texts[this.#at.utterance];
    if (text === undefined) return this.#next();
    const { synth, makeUtterance, voice, lang, rate, startPatienceMs = 10_000 } = this.options;
    const utterance = makeUtterance(text);
    utterance.voice = voice;
    utterance.lang = lang;
    utterance.rate = rate;
    const token = ++this.#token;
    const live = () => token === this.#token;
    utterance.addEventListener('start', () => {
      if (!live()) return;
      clearTimeout(this.#patience);
      // Blocks are read again from the DOM at each utterance: the same block is the same element.
      if (this.#shown?.element !== block.element) {
        this.#shown = block;
        this.options.onBlock(block);
      }
    });
    utterance.addEventListener('end', () => {
      if (!live()) return;
      this.#current = undefined;
      this.#next();
    });
    utterance.addEventListener('error', (event) => {
      if (!live()) return;
      this.#current = undefined;
      clearTimeout(this.#patience);
      const error = (event as SpeechSynthesisErrorEvent).error;
      this.#finish(error === 'interrupted' || error === 'canceled' ? 'interrupted' : { error: String(error) });
    });
    this.#current = utterance;
    // A speech service that never starts (a stuck speech-dispatcher) must not leave the reader "reading" in silence.
    clearTimeout(this.#patience);
    this.#patience = setTimeout(() => {
      if (!live()) return;
      this.#silence();
      this.#finish('no-start');
    }, startPatienceMs);
    synth.speak(utterance);
  }

  /** Moves to the next utterance, or the next block's first, and speaks it. */
  #next(): void {
    if (this.#texts && this.#at.utterance + 1 < this.#texts.length) {
      this.#at = { block: this.#at.block, utterance: this.#at.utterance + 1 };
    } else {
      this.#at = { block: this.#at.block + 1, utterance: 0 };
      this.#texts = undefined;
    }
    this.#speak();
  }
}
