/**
 * The reader world's copy of the settings (src/reader/reader-settings.ts): read
 * once as the bundle starts, known at once for every later open, kept current by
 * change events, and never in the way of the reader when storage fails or stalls.
 * Each test loads the module afresh, as each page's new world does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaults, type Settings, type SettingsStore } from '../../src/shared/settings';

vi.mock('../../src/shared/browser', () => ({ default: { storage: { sync: {}, onChanged: { addListener() {}, removeListener() {} } } } }));

const stored: Settings = { ...defaults, fontSize: 22, theme: 'dark' };

/** Loads reader-settings.ts in a fresh module registry, over `store`. */
async function loadOver(store: Partial<SettingsStore>) {
  vi.resetModules();
  vi.doMock('../../src/shared/settings', async (importOriginal) => ({
    ...(await importOriginal<typeof import('../../src/shared/settings')>()),
    settings: { get: () => Promise.resolve(stored), set: () => Promise.resolve(), onChanged: () => () => undefined, ...store },
  }));
  return import('../../src/reader/reader-settings');
}

afterEach(() => {
  vi.doUnmock('../../src/shared/settings');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('readerSettings', () => {
  it('reads storage once, as the module loads, and knows the answer at once afterwards', async () => {
    let answer: ((s: Settings) => void) | undefined;
    const get = vi.fn(() => new Promise<Settings>((resolve) => (answer = resolve)));
    const { readerSettings } = await loadOver({ get });
    expect(get).toHaveBeenCalledTimes(1);
    const first = readerSettings();
    expect(first).toBeInstanceOf(Promise);
    answer!(stored);
    expect(await first).toEqual(stored);
    // The next open mounts in the same task: no promise, no second read.
    expect(readerSettings()).toEqual(stored);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('follows changes made elsewhere, so a later open shows them', async () => {
    let changed: ((s: Settings) => void) | undefined;
    const { readerSettings } = await loadOver({
      onChanged: (listener) => {
        changed = listener;
        return () => undefined;
      },
    });
    await readerSettings();
    changed!({ ...stored, fontSize: 26 });
    expect(readerSettings()).toEqual({ ...stored, fontSize: 26 });
  });

  it('keeps a change made while the first read was under way, not the older answer', async () => {
    let answer: ((s: Settings) => void) | undefined;
    let changed: ((s: Settings) => void) | undefined;
    const { readerSettings } = await loadOver({
      get: () => new Promise<Settings>((resolve) => (answer = resolve)),
      onChanged: (listener) => {
        changed = listener;
        return () => undefined;
      },
    });
    const first = readerSettings();
    changed!({ ...stored, fontSize: 26 });
    answer!(stored);
    await first;
    expect(readerSettings()).toEqual({ ...stored, fontSize: 26 });
  });

  it('opens with the defaults as soon as storage fails, without waiting out its patience', async () => {
    vi.useFakeTimers();
    const { readerSettings } = await loadOver({ get: () => Promise.reject(new Error('storage is broken')) });
    let shown: Settings | undefined;
    void Promise.resolve(readerSettings()).then((s) => (shown = s));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(defaults);
  });

  it('opens with the defaults when storage stalls, and knows the late answer for the next open', async () => {
    vi.useFakeTimers();
    let answer: ((s: Settings) => void) | undefined;
    const { readerSettings } = await loadOver({ get: () => new Promise<Settings>((resolve) => (answer = resolve)) });
    const waiting = readerSettings();
    await vi.advanceTimersByTimeAsync(499);
    let shown: Settings | undefined;
    void Promise.resolve(waiting).then((s) => (shown = s));
    await Promise.resolve();
    expect(shown).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(defaults);
    answer!(stored);
    await Promise.resolve();
    expect(readerSettings()).toEqual(stored);
  });

  it('still reads the settings when change events cannot be followed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { readerSettings } = await loadOver({
      onChanged: () => {
        throw new Error('storage.onChanged is not available');
      },
    });
    expect(await readerSettings()).toEqual(stored);
    expect(warn).toHaveBeenCalledWith('Liseuse will not follow setting changes made elsewhere:', expect.any(Error));
  });
});
