/**
 * Reading aloud as Preact state for the overlay: nothing is made until the
 * reader first presses the button (no voices looked for, no listener added
 * while the reader opens: npm run bench), then one ReadAloudSession for the
 * reader's life, stopped as the overlay unmounts.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { ReadAloudSession, type ReadAloudView } from './read-aloud-session';

/** What the toolbar's read-aloud controls and the status line use. */
export interface ReadAloud {
  view: ReadAloudView;
  /** Reads the article (in `lang` when the reader picked a language the article's has no voice for). */
  start(lang?: string): void;
  pause(): void;
  resume(): void;
  /** Stops, and clears any notice. */
  stop(): void;
}

/** The read-aloud state of the overlay whose dialog and scroller are `dialog` and `scroller`. */
export function useReadAloud(
  dialog: RefObject<HTMLElement | null>,
  scroller: RefObject<HTMLElement | null>,
  articleLang: string,
  settings: Settings,
): ReadAloud {
  const [view, setView] = useState<ReadAloudView>({ state: 'idle' });
  const session = useRef<ReadAloudSession | undefined>(undefined);
  const latest = useRef(settings);
  latest.current = settings;
  // Layout effects: their cleanup runs inside close(), so speech stops with the reader.
  useLayoutEffect(() => () => session.current?.dispose(), []);
  useLayoutEffect(() => session.current?.settingsChanged(settings), [settings.speechRate, settings.speechVoices]);
  const made = () => {
    if (!session.current && dialog.current && scroller.current) {
      session.current = new ReadAloudSession({
        dialog: dialog.current,
        scroller: scroller.current,
        articleLang,
        settings: () => latest.current,
        onView: setView,
      });
    }
    return session.current;
  };
  return {
    view,
    start: (lang) => void made()?.start(lang),
    pause: () => session.current?.pause(),
    resume: () => session.current?.resume(),
    stop: () => session.current?.stop(),
  };
}
