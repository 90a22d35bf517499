/**
 * The reader's dialog: the toolbar, then the header (site, title, byline, dates,
 * reading time, source link), the sanitised body and related links; or a short
 * message when there is no article. Titles, bylines and dates are rendered as
 * text; the body fragment comes from src/reader/pipeline/sanitize.ts and is inserted in
 * exactly one place, here.
 *
 * The settings are applied as attributes: the resolved theme on the host
 * (`data-theme`, for user styles), the rest on the scroller (reader.css).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../shared/article';
import type { BodyParts } from '../pipeline/body-parts';
import type { Settings } from '../../shared/settings';
import { t } from '../strings';
import { ArticleHeader, webUrl } from './ArticleHeader';
import { keepFocusInside } from './focus-trap';
import { insertBody } from './insert-body';
import { hidePageForPrint } from './print-isolation';
import { textScript } from './text-script';
import { Toolbar } from './Toolbar';
import { useSettings } from '../../shared/use-settings';
import { noteReaderSettingsChange, onReaderSettingsChanged } from '../reader-settings';
import { useShownTheme } from './use-theme';
import { usePainted } from './use-painted';
import { useReadAloud } from '../read-aloud/use-read-aloud';
import { useChineseScript } from '../chinese-script/use-chinese-script';
import { useReadingPosition } from '../reading-position/use-reading-position';
import { PositionNotice } from '../reading-position/PositionNotice';
import { ReadingProgress } from '../reading-position/ReadingProgress';

/** What the dialog shows. */
export type ReaderContent = { kind: 'article'; article: Article; body: BodyParts } | { kind: 'message'; text: string; detail?: string };

/** Props of ReaderView. */
export interface ReaderViewProps {
  content: ReaderContent;
  /** The interface language (browser.i18n.getUILanguage()). */
  locale: string;
  /** The settings when the reader opened (src/reader/reader-settings.ts); changes are followed. */
  settings: Settings;
  onClose: () => void;
  /** Aborted when the overlay goes (src/reader/overlay/mount-overlay.ts), whether or not Preact could unmount it. */
  signal: AbortSignal;
}

/** The body; `lang` is the article's as shown (src/reader/chinese-script/use-chinese-script.ts). */
function ArticleBody({ article, body, signal, lang }: { article: Article; body: BodyParts; signal: AbortSignal; lang: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // A part that fails to go in is said so under what is shown, not only in the console.
  const [failure, setFailure] = useState<string | undefined>(undefined);
  useLayoutEffect(
    () =>
      ref.current
        ? insertBody(ref.current, body, (error) => setFailure(error instanceof Error ? error.message : String(error)), signal)
        : undefined,
    [body, signal],
  );
  return (
    <>
      <div class="body" data-liseuse="body" ref={ref} lang={lang} dir={article.dir} />
      {failure ? (
        <p class="message" role="alert" data-liseuse="body-error">
          {t('readerError')} {failure}
        </p>
      ) : null}
    </>
  );
}

function RelatedLinks({ article, text }: { article: Article; text: (s: string) => string }) {
  const links = article.related.filter((l) => webUrl(l.url));
  if (!links.length) return null;
  return (
    <aside class="related" data-liseuse="related" aria-labelledby="liseuse-related-title">
      <h2 id="liseuse-related-title">{t('relatedArticles')}</h2>
      <ul>
        {links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {text(l.title)}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The interface language's direction, for the dialog when there is no article. */
const uiDir = (locale: string) => (textScript(locale) === 'arabic' ? 'rtl' : 'ltr');

/** The dialog (src/reader/overlay/mount-overlay.ts gives it focus once it is on the page). */
export function ReaderView({ content, locale, settings: opened, onClose, signal }: ReaderViewProps) {
  const [current, setAndStore] = useSettings(opened, onReaderSettingsChanged);
  const change = (changes: Partial<Settings>) => {
    noteReaderSettingsChange(changes);
    setAndStore(changes);
  };
  const settings = current ?? opened;
  const theme = useShownTheme(settings.theme);
  const scroller = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const isArticle = content.kind === 'article';
  const painted = usePainted();
  const body = isArticle ? content.body : undefined;
  // One function for the reader's life: the reading time is counted once.
  const bodyText = useMemo(() => () => body?.text ?? '', [body]);
  const article = isArticle ? content.article : undefined;
  const chinese = useChineseScript(article, settings, painted, dialog);
  const progress = useRef<HTMLDivElement>(null);
  const place = useReadingPosition(article, scroller, dialog, progress, painted);

  useLayoutEffect(() => {
    const host = (scroller.current?.getRootNode() as ShadowRoot | undefined)?.host;
    host?.setAttribute('data-theme', theme);
  }, [theme]);
  // A layout effect, so that closing takes the print listeners back at once:
  // Preact 11 runs a useEffect's cleanup after the next paint, even on unmount,
  // and for that frame the page's printing would still adopt our sheet.
  useLayoutEffect(() => hidePageForPrint(), []);

  // Read aloud follows the script shown: a converted article is read by a voice of its new script.
  const lang = isArticle ? chinese.lang : locale;
  const readAloud = useReadAloud(dialog, scroller, lang, settings);
  // The toolbar follows the article's direction: on a Persian page it reads right to left too.
  const dir = isArticle ? content.article.dir : uiDir(locale);
  return (
    <div
      class="scroller"
      ref={scroller}
      data-font={settings.fontFamily}
      data-width={settings.contentWidth}
      data-leading={settings.lineHeight}
      data-size={settings.fontSize}
    >
      {/* Decorative, and empty until the reader scrolls: rendered after the first paint, like the setting controls. */}
      {isArticle && painted ? <ReadingProgress bar={progress} dir={dir} /> : null}
      <div
        class="dialog"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        tabIndex={-1}
        dir={dir}
        data-script={textScript(lang)}
        aria-labelledby={isArticle ? 'liseuse-title' : undefined}
        aria-label={isArticle ? undefined : t('readerLabel')}
        onKeyDown={(event) => dialog.current && keepFocusInside(event, dialog.current)}
      >
        <Toolbar
          settings={settings}
          onChange={change}
          onClose={onClose}
          uiLang={locale}
          painted={painted}
          readAloud={isArticle ? readAloud : undefined}
          articleLang={lang}
          chinese={chinese}
        />
        {chinese.failure ? (
          <p class="inline-alert" role="alert" lang={locale} data-liseuse="chinese-error">
            {t('chineseFailed', chinese.failure)}
          </p>
        ) : null}
        {isArticle && painted ? <PositionNotice place={place} dialog={dialog} lang={locale} /> : null}
        {content.kind === 'article' ? (
          <article class="article" lang={chinese.lang} dir={content.article.dir}>
            <ArticleHeader article={content.article} locale={locale} bodyText={bodyText} painted={painted} text={chinese.text} />
            <ArticleBody article={content.article} body={content.body} signal={signal} lang={chinese.lang} />
            {/* Below the whole body: rendered after the first paint, when the page's boxes are read (Article.related). */}
            {painted ? <RelatedLinks article={content.article} text={chinese.text} /> : null}
          </article>
        ) : (
          <div class="message" role="status" lang={locale}>
            <p data-liseuse="message">{content.text}</p>
            {content.detail ? <p class="detail">{content.detail}</p> : null}
          </div>
        )}
      </div>
    </div>
  );
}
