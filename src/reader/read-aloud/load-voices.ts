/**
 * The browser's voices, waited for: both browsers list none at first and
 * announce them with `voiceschanged` (with speech-dispatcher, 13,362 voices
 * after about 3 s in Chromium and Firefox: docs/read-aloud.md). Asked only when
 * the reader presses "read aloud": nothing of this runs while the reader opens.
 */

/** What loading needs of `speechSynthesis`. */
export interface VoiceSource<V> extends EventTarget {
  getVoices(): V[];
}

/** How long to wait for a first list before saying there are no voices (ms). */
const PATIENCE_MS = 10_000;

/**
 * After an empty `voiceschanged` (Chromium without a speech service sends one at
 * once), how long another list may still take (ms).
 */
const EMPTY_GRACE_MS = 2_000;

/** The voices once there are some, an empty list after the patience, or what there is when `signal` aborts. */
export function loadVoices<V>(synth: VoiceSource<V>, signal: AbortSignal, patienceMs = PATIENCE_MS): Promise<V[]> {
  const now = synth.getVoices();
  if (now.length || signal.aborted) return Promise.resolve(now);
  return new Promise((resolve) => {
    const listeners = new AbortController();
    let timer = setTimeout(done, patienceMs);
    function done() {
      clearTimeout(timer);
      listeners.abort();
      resolve(synth.getVoices());
    }
    synth.addEventListener(
      'voiceschanged',
      () => {
        if (synth.getVoices().length) return done();
        clearTimeout(timer);
        timer = setTimeout(done, EMPTY_GRACE_MS);
      },
      { signal: listeners.signal },
    );
    signal.addEventListener('abort', done, { signal: listeners.signal });
  });
}
