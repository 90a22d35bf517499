/**
 * The reader's dialog: header (site, title, byline, dates, source link), the
 * sanitised body, related links; or a short message when there is no article.
 * Titles, bylines and dates are rendered as text; the body fragment comes from
 * src/reader/sanitize.ts and is inserted in exactly one place, here.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../../shared/article';
import { formatDate } from '../format-date';
import { t } from '../strings';

/** What the dialog shows. */
export type ReaderContent =
  | { kind: 'article'; article: Article; body: DocumentFragment }
  | { kind: 'message'; text: string; detail?: string };

export interface ReaderViewProps {
  content: ReaderContent;
  locale: string;
  onClose: () => void;
}

/** Only web links are rendered as links; anything else (javascript:, data:) is not. */
const webUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function ArticleHeader({ article, locale }: { article: Article; locale: string }) {
  return (
    <header class="header">
      <p class="site">
        <span data-liseuse="site">{article.siteName}</span>
        {article.via ? <span class="via"> · {t('viaRepublisher', article.via)}</span> : null}
      </p>
      <h1 id="liseuse-title" data-liseuse="title">
        {article.title}
      </h1>
      {article.byline ? (
        <p class="byline" data-liseuse="byline">
          {article.byline}
        </p>
      ) : null}
      <p class="dates">
        {article.published ? (
          <span>
            <span class="date-label">{t('publishedLabel')} </span>
            <time data-liseuse="published" dateTime={article.published}>
              {formatDate(article.published, locale)}
            </time>
          </span>
        ) : null}
        {article.updated ? (
          <span>
            <span class="date-label"> · {t('updatedLabel')} </span>
            <time data-liseuse="updated" dateTime={article.updated}>
              {formatDate(article.updated, locale)}
            </time>
          </span>
        ) : null}
      </p>
      <p class="source">
        <a data-liseuse="source" href={webUrl(article.sourceUrl)} target="_blank" rel="noopener noreferrer">
          {t('originalArticle')}
        </a>
      </p>
    </header>
  );
}

function ArticleBody({ article, body }: { article: Article; body: DocumentFragment }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(body);
  }, [body]);
  return <div class="body" data-liseuse="body" ref={ref} lang={article.lang} dir={article.dir} />;
}

function RelatedLinks({ article }: { article: Article }) {
  const links = article.related.filter((l) => webUrl(l.url));
  if (!links.length) return null;
  return (
    <aside class="related" data-liseuse="related" aria-labelledby="liseuse-related-title">
      <h2 id="liseuse-related-title">{t('relatedArticles')}</h2>
      <ul>
        {links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.title}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The dialog (src/reader/overlay/mount-overlay.ts gives it focus once it is on the page). */
export function ReaderView({ content, locale, onClose }: ReaderViewProps) {
  const isArticle = content.kind === 'article';
  return (
    <div class="scroller">
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        tabIndex={-1}
        aria-labelledby={isArticle ? 'liseuse-title' : undefined}
        aria-label={isArticle ? undefined : t('readerLabel')}
      >
        <div class="toolbar">
          <button type="button" class="close" data-liseuse="close" aria-label={t('closeReader')} title={t('closeReader')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {isArticle ? (
          <article class="article" lang={content.article.lang} dir={content.article.dir}>
            <ArticleHeader article={content.article} locale={locale} />
            <ArticleBody article={content.article} body={content.body} />
            <RelatedLinks article={content.article} />
          </article>
        ) : (
          <div class="message" role="status">
            <p data-liseuse="message">{content.text}</p>
            {content.detail ? <p class="detail">{content.detail}</p> : null}
          </div>
        )}
      </div>
    </div>
  );
}
