/**
 * The article's Chinese script as the overlay shows it: as written, or converted
 * by the toolbar's 简/繁 controls or by the "always show Chinese in" setting,
 * which is applied just after the reader's first paint (the converter loads
 * then, never before: the open is no slower with it off, and no slower to its
 * first paint with it on). Header strings are converted as they render
 * (`text`); the body's text nodes in place (shift-text-nodes.ts).
 */
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../shared/article';
import type { Settings } from '../../shared/settings';
import { loadConverters } from './load-converter';
import { chineseScriptOf, convertedLang, traditionalVariantOf, type ChineseScript } from './script-of';
import { createTextShifter, type TextShifter } from './shift-text-nodes';

/** What the overlay needs to show the article in the script asked for. */
export interface ChineseView {
  /** The script the article is written in; undefined when it is not Chinese (no controls then). */
  written?: ChineseScript;
  /** The script shown. */
  shown?: ChineseScript;
  /** The script asked for while its converter loads. */
  pending?: ChineseScript;
  /** Why the last conversion failed, until the next one. */
  failure?: string;
  /** The article's language tag as shown (zh-Hant-TW once converted to Taiwan's traditional characters…). */
  lang: string;
  /** A header string as shown. */
  text: (s: string) => string;
  /** Shows the article in `script` (its own script: as written). */
  show: (script: ChineseScript) => void;
}

const asWritten = (s: string) => s;

/**
 * The view for `article` (undefined: a message, nothing to convert); `dialog`
 * holds the body (`[data-liseuse="body"]`), `painted` says the first frame is
 * on screen (use-painted.ts).
 */
export function useChineseScript(
  article: Article | undefined,
  settings: Settings,
  painted: boolean,
  dialog: RefObject<HTMLElement | null>,
): ChineseView {
  const written = article ? chineseScriptOf(article.lang) : undefined;
  const [asked, setAsked] = useState<ChineseScript | undefined>(undefined);
  const [convert, setConvert] = useState<{ to: ChineseScript; run: (s: string) => string } | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const shifter = useRef<TextShifter | undefined>(undefined);
  const variant = settings.chineseVariant;
  const wanted = asked && asked !== written ? asked : undefined;

  const show = useCallback((script: ChineseScript) => setAsked(script), []);

  // The setting, once the first frame is painted, and again whenever it changes.
  useLayoutEffect(() => {
    if (!painted || !written) return;
    setAsked(settings.chineseScript === 'original' ? written : settings.chineseScript);
  }, [painted, written, settings.chineseScript]);

  // Loads the converter asked for (or drops it), in the variant wanted.
  useLayoutEffect(() => {
    if (!wanted || !article) return setConvert(undefined);
    let live = true;
    setFailure(undefined);
    // Towards traditional, the reader's variant; back to simplified, the article's own (converters.ts).
    const from = wanted === 'hant' ? variant : traditionalVariantOf(article.lang);
    loadConverters(wanted).then(
      (converters) => {
        if (!live) return;
        const run = converters(from);
        setConvert({ to: wanted, run });
      },
      (error: unknown) => {
        if (!live) return;
        setAsked(undefined);
        setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, variant, article]);

  // The body's text nodes follow (created on first use, gone with the overlay).
  useLayoutEffect(() => {
    const body = dialog.current?.querySelector('[data-liseuse="body"]');
    if (!body || (!convert && !shifter.current)) return;
    shifter.current ??= createTextShifter(body);
    shifter.current.show(convert?.run);
  }, [convert]);
  useLayoutEffect(() => () => shifter.current?.disconnect(), []);

  const shown = convert?.to ?? written;
  const text = useMemo(() => convert?.run ?? asWritten, [convert]);
  return {
    written,
    shown,
    pending: wanted && wanted !== convert?.to ? wanted : undefined,
    failure,
    lang: convert && article ? convertedLang(convert.to, convert.to === 'hant' ? variant : 'standard') : (article?.lang ?? ''),
    text,
    show,
  };
}
