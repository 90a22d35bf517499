/**
 * The settings module over an in-memory storage area: defaults for a new user,
 * invalid or foreign stored values replaced, migrations applied and written back,
 * invalid writes refused, changes delivered to listeners.
 */
import { describe, expect, it, vi } from 'vitest';

// The module's default store uses the extension API, which jsdom lacks; tests use their own area.
vi.mock('../../src/shared/browser', () => ({ default: { storage: { sync: {}, onChanged: { addListener() {}, removeListener() {} } } } }));

const { createSettingsStore, defaults, fontSizes, migrate, normalise } = await import('../../src/shared/settings');

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  const listeners = new Set<() => void>();
  return {
    data,
    area: {
      get: async () => ({ ...data }),
      set: async (items: Record<string, unknown>) => {
        Object.assign(data, items);
        listeners.forEach((l) => l());
      },
      remove: async (keys: string[]) => {
        for (const k of keys) delete data[k];
      },
    },
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

describe('settings', () => {
  it('gives a new user the defaults: serif, 20 px, follow the system, no auto-open', async () => {
    const m = memoryArea();
    expect(await createSettingsStore(m.area, m.subscribe).get()).toEqual(defaults);
    expect(defaults).toMatchObject({ fontSize: 20, fontFamily: 'serif', theme: 'system', autoOpen: false });
  });
  it('offers at least ten text sizes, in increasing order', () => {
    expect(fontSizes.length).toBeGreaterThanOrEqual(10);
    expect([...fontSizes].sort((a, b) => a - b)).toEqual([...fontSizes]);
    expect(fontSizes).toContain(defaults.fontSize);
  });
  it('keeps valid stored values, replaces invalid ones, snaps sizes to a step', () => {
    expect(normalise({ theme: 'dark', fontFamily: 'comic', fontSize: 21.4, autoOpen: 'yes' })).toEqual({
      ...defaults,
      theme: 'dark',
      fontSize: 22,
    });
  });
  it('Chinese: as written and Taiwan by default; a script or variant from nowhere is replaced', async () => {
    expect(defaults).toMatchObject({ chineseScript: 'original', chineseVariant: 'tw' });
    expect(normalise({ chineseScript: 'hant', chineseVariant: 'hk' })).toMatchObject({ chineseScript: 'hant', chineseVariant: 'hk' });
    expect(normalise({ chineseScript: 'zh-Hant', chineseVariant: 'mo' })).toMatchObject({
      chineseScript: 'original',
      chineseVariant: 'tw',
    });
    const m = memoryArea();
    await expect(createSettingsStore(m.area, m.subscribe).set({ chineseVariant: 'cn' as never })).rejects.toThrow(/chineseVariant/);
  });
  it('migrations drop keys that are no settings, and write that back', async () => {
    const m = memoryArea({ theme: 'sepia', removedSetting: 1 });
    expect(migrate(m.data)).toEqual({ changed: {}, removed: ['removedSetting'] });
    const s = await createSettingsStore(m.area, m.subscribe).get();
    expect(s.theme).toBe('sepia');
    expect(m.data).toEqual({ theme: 'sepia' });
  });
  it('refuses invalid values instead of storing them', async () => {
    const m = memoryArea();
    const store = createSettingsStore(m.area, m.subscribe);
    await expect(store.set({ theme: 'neon' as never })).rejects.toThrow(/theme/);
    await expect(store.set({ fontSize: 21 })).rejects.toThrow(/fontSize/);
    expect(m.data).toEqual({});
  });
  it('keeps a reading-aloud speed that is offered and a voice per language, and refuses anything else', async () => {
    const voices = { fr: 'urn:moz-tts:speechd:French%20(France)?fr-FR', 'zh-Hant': 'Chinese (Cantonese) espeak-ng' };
    expect(normalise({ speechRate: 1.25, speechVoices: voices })).toMatchObject({ speechRate: 1.25, speechVoices: voices });
    expect(normalise({ speechRate: 1.3, speechVoices: { French: 'x' } })).toMatchObject({ speechRate: 1, speechVoices: {} });
    expect(normalise({ speechVoices: { fr: 42 } }).speechVoices).toEqual({});
    expect(normalise({ speechVoices: ['fr'] }).speechVoices).toEqual({});
    const m = memoryArea();
    const store = createSettingsStore(m.area, m.subscribe);
    await store.set({ speechRate: 1.5, speechVoices: voices });
    expect(m.data).toEqual({ speechRate: 1.5, speechVoices: voices });
    await expect(store.set({ speechRate: 3 })).rejects.toThrow(/speechRate/);
    const tooMany = Object.fromEntries(
      Array.from({ length: 41 }, (_, i) => [`a${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : 'x'}`, 'v']),
    );
    await expect(store.set({ speechVoices: tooMany })).rejects.toThrow(/speechVoices/);
  });
  it('stores each setting under its own key and tells listeners the new settings', async () => {
    const m = memoryArea();
    const store = createSettingsStore(m.area, m.subscribe);
    const seen = new Promise((resolve) => store.onChanged(resolve));
    await store.set({ theme: 'dark', fontSize: 24 });
    expect(m.data).toEqual({ theme: 'dark', fontSize: 24 });
    expect(await seen).toEqual({ ...defaults, theme: 'dark', fontSize: 24 });
  });
});
