/**
 * The article's header: site, title, byline, dates (published, and updated when
 * different), reading time and the source link. Everything is set as text.
 */
import { useMemo } from 'preact/hooks';
import type { Article } from '../../shared/article';
import { formatDate, relativeDate, solarHijriDate, usesSolarHijri } from '../format-date';
import { readingMinutes } from '../reading-time';
import { t } from '../strings';
import { textScript } from './text-script';

/** Only web links are rendered as links; anything else (javascript:, data:) is not. */
export const webUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function ShownDate({
  iso,
  name,
  label,
  locale,
  lang,
}: {
  iso: string;
  name: 'published' | 'updated';
  label: string;
  locale: string;
  lang: string;
}) {
  const relative = relativeDate(iso, locale);
  const hijri = usesSolarHijri(lang) ? solarHijriDate(iso) : undefined;
  return (
    <span class="date">
      <span class="date-label">{label} </span>
      {relative ? <span class="relative">{relative} · </span> : null}
      <time data-liseuse={name} dateTime={iso}>
        {formatDate(iso, locale)}
      </time>
      {hijri ? (
        // In the interface's direction like the rest of the line; the Persian date
        // itself is isolated (U+2068…U+2069) so that the separator and the label keep
        // their places around it (a dir="rtl" span flipped them to the wrong ends).
        // The space before it stays outside the unbreakable span: the line may
        // break there (inside, at 360 px the two dates ran 150 px off the side).
        <>
          {' '}
          <span class="hijri">· {t('solarHijriDate', `\u2068${hijri}\u2069`)}</span>
        </>
      ) : null}
    </span>
  );
}

/**
 * The reading time, in the interface language. Counted once the reader's first
 * frame is painted (`painted`, use-painted.ts), in a line already there: reading
 * the whole body's text, counting it and formatting the minutes kept the
 * article's text waiting.
 */
function ReadingTime({
  bodyText,
  lang,
  locale,
  uiDir,
  painted,
}: {
  bodyText: () => string;
  lang: string;
  locale: string;
  uiDir: 'ltr' | 'rtl';
  painted: boolean;
}) {
  const shown = useMemo(() => {
    if (!painted) return undefined;
    const minutes = readingMinutes(bodyText(), lang);
    return t('readingTime', new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes));
  }, [painted, bodyText, lang, locale]);
  return (
    <p class="reading-time" lang={locale} data-liseuse="reading-time">
      {/* A no-break space holds the line until the time is counted: nothing below moves. */}
      <bdi dir={uiDir}>{shown ?? '\u00a0'}</bdi>
    </p>
  );
}

/**
 * The header; `bodyText` reads the body's text, for the reading time, once the
 * first frame is `painted`; `text` gives the article's own strings as shown
 * (in the other Chinese script: src/reader/chinese-script/use-chinese-script.ts).
 */
export function ArticleHeader({
  article,
  locale,
  bodyText,
  painted,
  text = (s) => s,
}: {
  article: Article;
  locale: string;
  bodyText: () => string;
  painted: boolean;
  text?: (s: string) => string;
}) {
  const uiDir = textScript(locale) === 'arabic' ? 'rtl' : 'ltr';
  return (
    <header class="header">
      <p class="site">
        <span data-liseuse="site">{text(article.siteName)}</span>
        {article.via ? <span class="via"> · {t('viaRepublisher', article.via)}</span> : null}
      </p>
      <h1 id="liseuse-title" data-liseuse="title">
        {text(article.title)}
      </h1>
      {article.byline ? (
        <p class="byline" data-liseuse="byline">
          {text(article.byline)}
        </p>
      ) : null}
      {/* Dates and reading time are in the interface language, the reader's, and read in its
          direction even inside a right-to-left article ("2 min read", not "min read 2"). */}
      <p class="dates" lang={locale}>
        <bdi dir={uiDir}>
          {article.published ? (
            <ShownDate iso={article.published} name="published" label={t('publishedLabel')} locale={locale} lang={article.lang} />
          ) : null}
          {article.updated ? (
            <>
              <span aria-hidden="true"> · </span>
              <ShownDate iso={article.updated} name="updated" label={t('updatedLabel')} locale={locale} lang={article.lang} />
            </>
          ) : null}
        </bdi>
      </p>
      <ReadingTime bodyText={bodyText} lang={article.lang} locale={locale} uiDir={uiDir} painted={painted} />
      <p class="source">
        <a data-liseuse="source" href={webUrl(article.sourceUrl)} target="_blank" rel="noopener noreferrer">
          {t('originalArticle')}
        </a>
      </p>
    </header>
  );
}
