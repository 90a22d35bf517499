/**
 * What rfi.fr article markup looks like, as data (docs/rfi-pages.md).
 */

/** Parts of an article page, by selector (first match wins). */
export const rfiSelectors = {
  root: ['div.t-content.t-content--article article', '[data-article-content]', 'div.t-content--article', 'article'],
  title: ['h1.t-content__title', 'h1.a-page-title', 'h1'],
  lead: ['p.t-content__chapo', '.t-content__chapo'],
  mainMedia: ['div.t-content__main-media figure', 'div.t-content__main-media'],
  body: ['div.t-content__body', '.t-content__body'],
  dates: 'div.t-content__dates time[datetime], p.m-pub-dates time[datetime], .m-pub-dates__date time[datetime]',
  authors: '.t-content__authors .m-from-author__name, .m-from-author a.m-from-author__name',
} as const;

/**
 * Related-article asides and teaser lists, by selector; their heading text is `同一主题`,
 * `Sur le même sujet`, … The archivers' damage can leave a teaser list
 * (`[data-article-list]`) outside its aside (archive-md/rfi-999950).
 */
export const relatedAsides = 'aside[data-org-type], aside[data-org-name], aside.o-related, .m-related-articles, [data-article-list]';

/** The author block of feedx copies (`<span>作者：</span><a>name</a>`), shown as the byline. */
export const bylineLabel = /^\s*(作者|Par|By|Por|Автор|Tác giả|نویسنده)\s*[:：]\s*/i;

/** Site name shown for RFI in every edition (og:site_name varies by edition). */
export const rfiSiteName = 'RFI';

/** RFI shows and writes its dates in Paris time. */
export const rfiTimeZone = 'Europe/Paris';

/** RFI's own origin, for making relative links absolute. */
export const rfiOrigin = 'https://www.rfi.fr';
