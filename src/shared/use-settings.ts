/**
 * The settings as Preact state, for our two Preact interfaces (the overlay and
 * the options page): loaded once from storage, applied at once when the user
 * changes one (before storage answers), and followed when they change elsewhere
 * (the options page, a reader in another tab).
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { defaults, settings, type Settings } from './settings';

/**
 * The current settings (undefined until storage answers) and a setter. With
 * `initial` (the overlay, which reads them before it mounts: src/reader/reader-settings.ts)
 * they are known from the first render and only changes are followed, through
 * `follow` (the overlay's: the reader world's copy, which needs no storage call
 * while it mounts).
 */
export function useSettings(
  initial?: Settings,
  follow: (listener: (s: Settings) => void) => () => void = (listener) => settings.onChanged(listener),
): [Settings | undefined, (changes: Partial<Settings>) => void] {
  const [current, setCurrent] = useState<Settings | undefined>(initial);
  // A layout effect, so that closing the overlay unsubscribes at once: Preact 11
  // runs a useEffect's cleanup after the next paint, even on unmount.
  useLayoutEffect(() => {
    let live = true;
    let patience: ReturnType<typeof setTimeout> | undefined;
    if (!initial) {
      // If storage fails (a profile without sync storage), show the defaults
      // rather than keep the page waiting; nor wait long for a slow one.
      // A rejection or a synchronous throw (no storage API at all) alike.
      Promise.resolve()
        .then(() => settings.get())
        .then(
          (s) => live && setCurrent(s),
          () => live && setCurrent((c) => c ?? defaults),
        );
      patience = setTimeout(() => live && setCurrent((c) => c ?? defaults), 500);
    }
    // This runs inside render(), while the overlay mounts: a throw here would
    // stop the reader from showing at all (and its fallback message too, which
    // uses this hook). Without change events, settings just stop following
    // changes made elsewhere, as src/reader/reader-settings.ts also allows.
    let unsubscribe = () => {};
    try {
      unsubscribe = follow((s) => live && setCurrent(s));
    } catch (error) {
      console.warn('Liseuse will not follow setting changes made elsewhere:', error);
    }
    return () => {
      live = false;
      clearTimeout(patience);
      unsubscribe();
    };
  }, []);
  const change = useCallback((changes: Partial<Settings>) => {
    setCurrent((c) => ({ ...(c ?? defaults), ...changes }));
    settings.set(changes).catch((error: unknown) => console.warn('Liseuse could not save a setting:', error));
  }, []);
  return [current, change];
}
