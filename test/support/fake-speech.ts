/**
 * A speech synthesiser for unit tests, where jsdom has none. It keeps the queue
 * and fires the events the way the real browsers were seen to on Linux
 * (docs/read-aloud.md): `start` when an utterance begins, `end` when it is done;
 * on cancel, Chromium's `interrupted` error or Firefox's late `end`, both after
 * cancel() returns. The test says when each utterance starts and ends.
 */
import type { VoiceLike } from '../../src/reader/read-aloud/choose-voice';

/** A SpeechSynthesisUtterance as far as the reader uses one. */
export class FakeUtterance extends EventTarget {
  lang = '';
  voice: VoiceLike | null = null;
  rate = 1;
  constructor(public text: string) {
    super();
  }
}

/** An error event as browsers fire them on utterances. */
function errorEvent(error: string): Event {
  return Object.assign(new Event('error'), { error });
}

/** How the fake ends a cancelled utterance: as Chromium or as Firefox does. */
export type CancelStyle = 'chromium' | 'firefox';

/** The fake `speechSynthesis`. */
export class FakeSpeech extends EventTarget {
  /** Every call, in order: `speak: <text>`, `cancel`, `pause`, `resume`. */
  readonly calls: string[] = [];
  readonly queue: FakeUtterance[] = [];
  current: FakeUtterance | undefined;
  paused = false;
  voices: VoiceLike[];

  constructor(
    voices: VoiceLike[],
    private readonly cancelStyle: CancelStyle = 'chromium',
  ) {
    super();
    this.voices = voices;
  }

  get speaking(): boolean {
    return !!this.current;
  }
  get pending(): boolean {
    return this.queue.length > 0;
  }
  getVoices(): VoiceLike[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.calls.push(`speak: ${utterance.text}`);
    this.queue.push(utterance);
    if (!this.current) this.current = this.queue.shift();
  }

  cancel(): void {
    this.calls.push('cancel');
    const cancelled = [this.current, ...this.queue].filter((u): u is FakeUtterance => !!u);
    this.current = undefined;
    this.queue.length = 0;
    // Both browsers tell of a cancelled utterance after cancel() has returned.
    queueMicrotask(() => {
      for (const u of cancelled) u.dispatchEvent(this.cancelStyle === 'chromium' ? errorEvent('interrupted') : new Event('end'));
    });
  }

  pause(): void {
    this.calls.push('pause');
  }

  resume(): void {
    this.calls.push('resume');
    this.paused = false;
  }

  /** The current utterance begins to be heard. */
  start(): FakeUtterance {
    const u = this.current;
    if (!u) throw new Error('nothing to start');
    u.dispatchEvent(new Event('start'));
    return u;
  }

  /** The current utterance has been said; the next one in the queue becomes current. */
  end(): FakeUtterance {
    const u = this.current;
    if (!u) throw new Error('nothing to end');
    this.current = this.queue.shift();
    u.dispatchEvent(new Event('end'));
    return u;
  }

  /** The current utterance fails with `error`. */
  fail(error: string): void {
    const u = this.current;
    if (!u) throw new Error('nothing to fail');
    this.current = this.queue.shift();
    u.dispatchEvent(errorEvent(error));
  }

  /** Says everything queued, start to end, one utterance after the other, until nothing is left. */
  sayAll(limit = 1000): string[] {
    const said: string[] = [];
    for (let i = 0; this.current && i < limit; i++) {
      this.start();
      said.push(this.end().text);
    }
    return said;
  }

  /** The texts spoken so far (speak calls). */
  spoken(): string[] {
    return this.calls.filter((c) => c.startsWith('speak: ')).map((c) => c.slice('speak: '.length));
  }
}

/** Lets the fake's late events (after cancel) arrive. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
