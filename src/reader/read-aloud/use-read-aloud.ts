/**
 * Reading aloud as Preact state for the overlay. Nothing of it runs while the
 * reader opens: the first press has the engine injected (load-read-aloud.ts;
 * the reader bundle holds only this hook, the button and the status line), then
 * one ReadAloudSession serves the reader's life and is disposed as the overlay
 * unmounts, which stops the speech.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { loadReadAloud } from './load-read-aloud';
import type { ReadAloudSession, ReadAloudView } from './read-aloud-session';

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
  /** While the engine loads: the start asked for (undefined once stopped meanwhile). */
  const waiting = useRef<{ lang?: string } | undefined>(undefined);
  const gone = useRef(false);
  const latest = useRef(settings);
  latest.current = settings;
  // Layout effects: their cleanup runs inside close(), so speech stops with the reader.
  useLayoutEffect(
    () => () => {
      gone.current = true;
      session.current?.dispose();
    },
    [],
  );
  useLayoutEffect(() => session.current?.settingsChanged(settings), [settings.speechRate, settings.speechVoices]);

  const start = (lang?: string) => {
    if (session.current) return void session.current.start(lang);
    const loading = waiting.current !== undefined;
    waiting.current = { lang };
    if (loading) return;
    setView({ state: 'loading' });
    loadReadAloud().then(
      ({ ReadAloudSession }) => {
        const asked = waiting.current;
        waiting.current = undefined;
        if (gone.current || !dialog.current || !scroller.current) return;
        session.current ??= new ReadAloudSession({
          dialog: dialog.current,
          scroller: scroller.current,
          articleLang,
          settings: () => latest.current,
          onView: setView,
        });
        if (asked) void session.current.start(asked.lang);
      },
      (error: unknown) => {
        waiting.current = undefined;
        if (!gone.current)
          setView({ state: 'idle', notice: { kind: 'failed', error: error instanceof Error ? error.message : String(error) } });
      },
    );
  };
  return {
    view,
    start,
    pause: () => session.current?.pause(),
    resume: () => session.current?.resume(),
    stop: () => {
      if (session.current) return session.current.stop();
      // Stopped while the engine loads: it will not start.
      if (waiting.current) waiting.current = undefined;
      setView({ state: 'idle' });
    },
  };
}
