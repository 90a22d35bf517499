/**
 * The settings as Preact state, for our two Preact interfaces (the overlay and
 * the options page): loaded once from storage, applied at once when the user
 * changes one (before storage answers), and followed when they change elsewhere
 * (the options page, a reader in another tab).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { defaults, settings, type Settings } from './settings';

/** The current settings (undefined until storage answers) and a setter. */
export function useSettings(): [Settings | undefined, (changes: Partial<Settings>) => void] {
  const [current, setCurrent] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // If storage fails (a profile without sync storage), read with the defaults
    // rather than keep the overlay waiting.
    settings.get().then(
      (s) => live && setCurrent(s),
      () => live && setCurrent((c) => c ?? defaults),
    );
    // Nor wait long for a slow one: the overlay stays invisible until settings arrive.
    const patience = setTimeout(() => live && setCurrent((c) => c ?? defaults), 500);
    const unsubscribe = settings.onChanged((s) => live && setCurrent(s));
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
