/**
 * The settings hook (src/shared/use-settings.ts) runs while the overlay mounts,
 * inside render(): a browser that cannot deliver storage change events must not
 * stop the reader, or its fallback message, from showing.
 */
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { defaults } from '../../src/shared/settings';

const { onChanged } = vi.hoisted(() => ({ onChanged: vi.fn<() => () => void>() }));
vi.mock('../../src/shared/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/shared/settings')>()),
  settings: { get: () => Promise.reject(new Error('no storage')), set: () => Promise.resolve(), onChanged: () => onChanged() },
}));
vi.mock('../../src/shared/browser', () => ({ default: { storage: { sync: {}, onChanged: { addListener() {}, removeListener() {} } } } }));

const { useSettings } = await import('../../src/shared/use-settings');

function Shows() {
  const [current] = useSettings(defaults);
  return h('p', null, `${current?.fontSize}px`);
}

describe('useSettings', () => {
  it('renders with the settings it was given when change events cannot be followed', () => {
    onChanged.mockImplementation(() => {
      throw new Error('storage.onChanged is not available');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = document.createElement('div');
    expect(() => render(h(Shows, null), root)).not.toThrow();
    expect(root.textContent).toBe(`${defaults.fontSize}px`);
    expect(warn).toHaveBeenCalledWith('Liseuse will not follow setting changes made elsewhere:', expect.any(Error));
    render(null, root);
    warn.mockRestore();
  });

  it('unsubscribes as it unmounts, not a frame later', () => {
    const unsubscribe = vi.fn();
    onChanged.mockImplementation(() => unsubscribe);
    const root = document.createElement('div');
    render(h(Shows, null), root);
    render(null, root);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});
