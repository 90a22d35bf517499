/**
 * What rfi.fr article markup looks like, as data (docs/rfi-pages.md). RFI items
 * republished by feedx carry the same body markup, with classes stripped from 2022
 * on, so every clutter rule has a class-free form too (data-* attributes, link
 * targets, label text).
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

/** Elements that are never part of the article, wherever they appear. */
export const rfiClutter = [
  '.m-share-bar',
  '[data-root-share]',
  'share-button',
  'share-modal',
  '.o-self-promo',
  '[data-selfpromo-newsletter]',
  '[data-selfpromo-app]',
  '.m-interstitial',
  // The "继续浏览后续" (read on) button of 2020 pages, and ad slots.
  '[data-readmore-unlocker]',
  '.m-interstitial__unlock-btn',
  '.m-block-ad',
  '[data-tms-ad-type]',
  '.ob-smartfeed-wrapper',
  '.OUTBRAIN',
  '.m-tags-list',
  '.m-breadcrumb',
  '.o-breadcrumb',
  '#didomi-host',
  '.didomi-popup-container',
  '.m-author-n-reading-time__reading-time',
  'video-player[sticky]',
  '.m-sticky-player',
  'play-media',
  'script',
  'style',
  'noscript',
].join(',');

/** Share-link targets: a block made of these links is a share bar. */
export const shareLinkPatterns: readonly RegExp[] = [
  /^https?:\/\/(www\.)?facebook\.com\/(dialog\/share|sharer)/i,
  /^whatsapp:\/\/send/i,
  /^https?:\/\/(web|api)\.whatsapp\.com\/send/i,
  /^https?:\/\/(www\.)?(twitter|x)\.com\/intent\/tweet/i,
  /^https?:\/\/rfi\.my\//i,
  /^https?:\/\/(www\.)?linkedin\.com\/shareArticle/i,
  /^https?:\/\/t\.me\/share/i,
  /^mailto:\?/i,
];

/** The label before the share links, in each edition (`分享 :`, `Partager :`, …). */
export const shareLabel = /^\s*(分享|分享到|Partager|Share|Compartir|Compartilhar|Поделиться|Chia sẻ|اشتراک|Shiriki|Raba)\s*[:：]?\s*$/i;

/**
 * "Read also" paragraphs: a label and links, gathered into the related list. 2020
 * items also write `相关报道 <a>`, `之前相关报道 - <a>` and a columnist's
 * `<a>其它</a> / <a>` (other articles) line.
 */
export const readAlsoLabel =
  /^\s*(延伸阅读|延伸閱讀|相关阅读|相關閱讀|之前相关报道|相关报道|相關報導|其它\s*\/|À lire aussi|A lire aussi|Lire aussi|Read also|Read more|Lea también|Leia também|Читайте также|Đọc thêm|بیشتر بخوانید)\s*[:：-]?/i;

/** The author block of feedx copies (`<span>作者：</span><a>name</a>`), shown as the byline. */
export const bylineLabel = /^\s*(作者|Par|By|Por|Автор|Tác giả|نویسنده)\s*[:：]\s*/i;

/** Stand-in images that are not the article's: RFI's generic social-card logo on AFP wires. */
export const placeholderImage = /^https?:\/\/static\.rfi\.fr\/meta_og_twcards\//;

/**
 * Related-article asides and teaser lists, by selector; their heading text is `同一主题`,
 * `Sur le même sujet`, … The archivers' damage can leave a teaser list
 * (`[data-article-list]`) outside its aside (archive-md/rfi-999950).
 */
export const relatedAsides = 'aside[data-org-type], aside[data-org-name], aside.o-related, .m-related-articles, [data-article-list]';

/** Link texts that are a label, not an article title (`<a>其它</a> / <a>title</a>`). */
export const labelLinkText = /^\s*(其它|其他|更多|More|Plus)\s*$/i;

/** Site name shown for RFI in every edition (og:site_name varies by edition). */
export const rfiSiteName = 'RFI';

/** RFI shows and writes its dates in Paris time. */
export const rfiTimeZone = 'Europe/Paris';

/** RFI's own origin, for making relative links absolute. */
export const rfiOrigin = 'https://www.rfi.fr';
