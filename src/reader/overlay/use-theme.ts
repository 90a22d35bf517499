/**
 * Resolves the theme setting to the theme shown: "system" follows the browser's
 * prefers-color-scheme, live, and becomes light or dark.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Theme } from '../../shared/settings';

/** A theme as shown, and as the host's data-theme attribute names it. */
export type ShownTheme = Exclude<Theme, 'system'>;

const darkQuery = '(prefers-color-scheme: dark)';

/** The theme to show for `theme`, updated when the system scheme changes. */
export function useShownTheme(theme: Theme): ShownTheme {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches);
  // A layout effect: its cleanup runs at close, not a frame later (see ReaderView.tsx).
  useLayoutEffect(() => {
    if (theme !== 'system') return;
    const query = window.matchMedia(darkQuery);
    const controller = new AbortController();
    setSystemDark(query.matches);
    query.addEventListener('change', () => setSystemDark(query.matches), { signal: controller.signal });
    return () => controller.abort();
  }, [theme]);
  if (theme !== 'system') return theme;
  return systemDark ? 'dark' : 'light';
}
