/**
 * The reader world's copy of the settings (src/reader/reader-settings.ts): asked
 * of the background once, as the bundle starts, with the interface strings;
 * known at once for every later open; kept current by change events followed
 * from the first paint on; and never in the way of the reader when the
 * background or storage fails or stalls. Each test loads the module afresh, as
 * each page's new world does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaults, type Settings, type SettingsStore } from '../../src/shared/settings';
import type { ReaderSetupReply } from '../../src/shared/messages';

/** The background, as the reader's world reaches it. */
const background = vi.hoisted(() => ({ sendMessage: (_message: unknown): Promise<unknown> => Promise.reject(new Error('no background')) }));

vi.mock('../../src/shared/browser', () => ({
  default: {
    runtime: { sendMessage: (message: unknown) => background.sendMessage(message) },
    i18n: { getMessage: (key: string) => `looked up: ${key}`, getUILanguage: () => 'en' },
    storage: { sync: {}, onChanged: { addListener() {}, removeListener() {} } },
  },
}));

const stored: Settings = { ...defaults, fontSize: 22, theme: 'dark' };

const reply = (over: Partial<ReaderSetupReply> = {}): ReaderSetupReply => ({
  settings: stored,
  strings: { closeReader: 'Fermer' },
  locale: 'fr',
  ...over,
});

/** Loads reader-settings.ts in a fresh module registry, over `store`, with `answer` as the background's. */
async function loadOver(store: Partial<SettingsStore>, answer: (message: unknown) => Promise<unknown> = () => Promise.resolve(reply())) {
  vi.resetModules();
  background.sendMessage = answer;
  vi.doMock('../../src/shared/settings', async (importOriginal) => ({
    ...(await importOriginal<typeof import('../../src/shared/settings')>()),
    settings: { get: () => Promise.resolve(stored), set: () => Promise.resolve(), onChanged: () => () => undefined, ...store },
  }));
  const module = await import('../../src/reader/reader-settings');
  // The same registry: the strings module the reader-settings module fed.
  const strings = await import('../../src/reader/strings');
  return { ...module, ...strings };
}

afterEach(() => {
  vi.doUnmock('../../src/shared/settings');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('readerSettings', () => {
  it('asks the background once, as the module loads, for the settings and strings, and knows them at once afterwards', async () => {
    const asked: unknown[] = [];
    let answer: ((r: ReaderSetupReply) => void) | undefined;
    const get = vi.fn(() => Promise.resolve(defaults));
    const { readerSettings, t, uiLocale } = await loadOver({ get }, (message) => {
      asked.push(message);
      return new Promise((resolve) => (answer = resolve));
    });
    expect(asked).toEqual([{ type: 'liseuse:reader-setup' }]);
    const first = readerSettings();
    expect(first).toBeInstanceOf(Promise);
    answer!(reply());
    expect(await first).toEqual(stored);
    // The next open mounts in the same task: no promise, no second question.
    expect(readerSettings()).toEqual(stored);
    expect(asked).toHaveLength(1);
    // Storage is not touched in the page's world before the first paint.
    expect(get).not.toHaveBeenCalled();
    expect(t('closeReader')).toBe('Fermer');
    expect(uiLocale()).toBe('fr');
    // A string the reply lacks is looked up here.
    expect(t('readerLabel')).toBe('looked up: readerLabel');
  });

  it("checks the background's settings again: a value from another version falls back to its default", async () => {
    const { readerSettings } = await loadOver({}, () =>
      Promise.resolve(reply({ settings: { fontSize: 'huge', theme: 'dark', extra: 1 } })),
    );
    expect(await readerSettings()).toEqual({ ...defaults, theme: 'dark' });
  });

  it('opens with the defaults when the background could not read storage, and still gets the strings', async () => {
    const { readerSettings, t } = await loadOver({}, () => Promise.resolve(reply({ settings: undefined })));
    expect(await readerSettings()).toEqual(defaults);
    expect(t('closeReader')).toBe('Fermer');
  });

  it('reads storage itself when the background does not answer, and looks the strings up', async () => {
    const get = vi.fn(() => Promise.resolve(stored));
    const { readerSettings, t, uiLocale } = await loadOver({ get }, () => Promise.reject(new Error('Could not establish connection')));
    expect(await readerSettings()).toEqual(stored);
    expect(get).toHaveBeenCalledTimes(1);
    expect(t('closeReader')).toBe('looked up: closeReader');
    expect(uiLocale()).toBe('en');
  });

  it('follows changes only once asked to (after the first paint), then reads once more so none made meanwhile is missed', async () => {
    let changed: ((s: Settings) => void) | undefined;
    const onChanged = vi.fn((listener: (s: Settings) => void) => {
      changed = listener;
      return () => undefined;
    });
    const get = vi.fn(() => Promise.resolve({ ...stored, fontSize: 24 }));
    const { readerSettings, followSettingChanges, onReaderSettingsChanged } = await loadOver({ onChanged, get });
    expect(await readerSettings()).toEqual(stored);
    expect(onChanged).not.toHaveBeenCalled();
    const heard: Settings[] = [];
    onReaderSettingsChanged((s) => heard.push(s));
    followSettingChanges();
    followSettingChanges();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    // The read made as it began to follow: a change made before it, in another tab.
    expect(readerSettings()).toEqual({ ...stored, fontSize: 24 });
    changed!({ ...stored, fontSize: 26 });
    expect(readerSettings()).toEqual({ ...stored, fontSize: 26 });
    // The same settings again (a change to a setting back and forth) are not news to the overlay.
    changed!({ ...stored, fontSize: 26 });
    expect(heard).toEqual([
      { ...stored, fontSize: 24 },
      { ...stored, fontSize: 26 },
    ]);
  });

  it('stops telling an overlay that unsubscribed', async () => {
    let changed: ((s: Settings) => void) | undefined;
    const { readerSettings, followSettingChanges, onReaderSettingsChanged } = await loadOver({
      onChanged: (listener) => {
        changed = listener;
        return () => undefined;
      },
    });
    await readerSettings();
    const heard: Settings[] = [];
    const unsubscribe = onReaderSettingsChanged((s) => heard.push(s));
    followSettingChanges();
    unsubscribe();
    changed!({ ...stored, fontSize: 26 });
    expect(heard).toEqual([]);
    expect(readerSettings()).toEqual({ ...stored, fontSize: 26 });
  });

  it('opens with the defaults as soon as the background and storage both fail, without waiting out its patience', async () => {
    vi.useFakeTimers();
    const { readerSettings } = await loadOver({ get: () => Promise.reject(new Error('storage is broken')) }, () =>
      Promise.reject(new Error('no background')),
    );
    let shown: Settings | undefined;
    void Promise.resolve(readerSettings()).then((s) => (shown = s));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(defaults);
  });

  it('opens with the defaults when the background stalls, and knows the late answer for the next open', async () => {
    vi.useFakeTimers();
    let answer: ((r: ReaderSetupReply) => void) | undefined;
    const { readerSettings } = await loadOver({}, () => new Promise((resolve) => (answer = resolve)));
    const waiting = readerSettings();
    await vi.advanceTimersByTimeAsync(499);
    let shown: Settings | undefined;
    void Promise.resolve(waiting).then((s) => (shown = s));
    await Promise.resolve();
    expect(shown).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(defaults);
    answer!(reply());
    await vi.advanceTimersByTimeAsync(0);
    expect(readerSettings()).toEqual(stored);
  });

  it('tells the open overlay of an answer that came after its patience ran out', async () => {
    vi.useFakeTimers();
    let answer: ((r: ReaderSetupReply) => void) | undefined;
    let reread: ((s: Settings) => void) | undefined;
    const { readerSettings, followSettingChanges, onReaderSettingsChanged } = await loadOver(
      { get: () => new Promise<Settings>((resolve) => (reread = resolve)) },
      () => new Promise((resolve) => (answer = resolve)),
    );
    const waiting = readerSettings();
    await vi.advanceTimersByTimeAsync(500);
    expect(await waiting).toEqual(defaults);
    const heard: Settings[] = [];
    onReaderSettingsChanged((s) => heard.push(s));
    followSettingChanges();
    // The late answer first, then the read made as following began: both the stored settings.
    answer!(reply());
    await vi.advanceTimersByTimeAsync(0);
    reread!(stored);
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual([stored]);
    expect(readerSettings()).toEqual(stored);
  });

  it("hears a change made elsewhere back to the stored value after this reader's own toolbar change", async () => {
    let changed: ((s: Settings) => void) | undefined;
    const { readerSettings, followSettingChanges, onReaderSettingsChanged, noteReaderSettingsChange } = await loadOver({
      onChanged: (listener) => {
        changed = listener;
        return () => undefined;
      },
    });
    await readerSettings();
    followSettingChanges();
    await Promise.resolve();
    const heard: Settings[] = [];
    onReaderSettingsChanged((s) => heard.push(s));
    // The toolbar picks light; before storage reports it, the options page stores dark again.
    noteReaderSettingsChange({ theme: 'light' });
    changed!(stored);
    expect(heard).toEqual([stored]);
  });

  it('keeps the settings it has when change events cannot be followed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { readerSettings, followSettingChanges } = await loadOver({
      onChanged: () => {
        throw new Error('storage.onChanged is not available');
      },
    });
    expect(await readerSettings()).toEqual(stored);
    expect(() => followSettingChanges()).not.toThrow();
    expect(readerSettings()).toEqual(stored);
    expect(warn).toHaveBeenCalledWith('Liseuse will not follow setting changes made elsewhere:', expect.any(Error));
  });
});
