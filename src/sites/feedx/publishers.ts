/**
 * Publishers feedx republishes, one entry each, by the host of the original
 * article: the name the reader shows, the language their items are in when the
 * address does not say, the time zone of the dates they write without one, and
 * their own rules. Measured on the items in test/fixtures/feedx/jekyll-post.
 */
import type { CleanupRules } from '../adapter';
import { commonCleanup } from '../common-cleanup';
import { rfiCleanup, rfiEditionOf, rfiOrigin, rfiSiteName, rfiTimeZone } from '../rfi';
import { printEditionDate, rocTrailerDate } from './publisher-dates';
import { publisherHostOf, type PublisherHost } from './publisher-hosts';
import { readRfiItem } from './rfi-item';

/** What an item's own header gave: its date and byline. */
export interface ItemHeader {
  published?: string;
  byline?: string;
}

/** One publisher. Rules left out are not applied. */
export interface Publisher {
  name: string;
  /** Language when nothing more specific is known. */
  lang: string;
  /**
   * Zone of dates the publisher writes without one (and of the crawl-time fallback,
   * so it is shown as the publisher's own local time). Undefined: UTC.
   */
  timeZone?: string;
  /** Reads and removes the item's header and mends its own markup; the common `<div><i>` reading when absent (publisher-item.ts). */
  readItem?: (root: Element, publisher: Publisher) => ItemHeader;
  /** Where the date is when the item has no `<div><i>` header. */
  readDate?: (root: Element) => string | undefined;
  /** Language and direction the original's address declares (RFI's editions). */
  languageOf?: (url: URL) => { lang: string; dir: 'ltr' | 'rtl' } | undefined;
  /** Where the item's relative links point, when not at the original article. */
  linkBase?: string;
  /** A site suffix the titles carry. */
  titleSuffix?: RegExp;
  /** How the item's body is cleaned; the common rules when absent. */
  cleanup?: CleanupRules;
  /** The publisher's standfirst when it is not a paragraph (it becomes the lead paragraph). */
  lead?: string;
  /** Captions written as a block beside the image rather than a <figcaption>. */
  caption?: string;
  /** A paragraph holding a link to one of these is the publisher's self-promotion. */
  promoLinks?: RegExp;
  /**
   * The whole text of elements that only label something: for screen readers, or an
   * ad slot. Their class hid or dropped them; feed readers strip classes, so their
   * text is what is left to find them by (tt-rss, feed-readers/tt-rss/README.md).
   */
  labels?: RegExp;
}

/** The common rules plus a publisher's own clutter (ads, hidden labels, prompts) and related blocks. */
const withOwn = (clutter: string, related?: string): CleanupRules => ({ ...commonCleanup, clutter, ...(related ? { related } : {}) });

const bbcClutter = withOwn('.off-screen, .bbccom_slot, .mpu-ad');
/** BBC's `.off-screen` labels before an image's credit and its caption. */
const bbcLabels = /^(图片版权|圖片版權|Image caption|Image copyright|图片来源|圖片來源)$/;

/** Every publisher with rules, by host: a host without an entry fails to compile. */
export const publishers: Readonly<Record<PublisherHost, Publisher>> = {
  'rfi.fr': {
    name: rfiSiteName,
    lang: 'fr',
    timeZone: rfiTimeZone,
    readItem: readRfiItem,
    languageOf: rfiEditionOf,
    // RFI's relative links (`/cn/...`) point to rfi.fr, also on a mirror.
    linkBase: `${rfiOrigin}/`,
    titleSuffix: /\s+[–-]\s+(法国国际广播电台|法國國際廣播電台)\s+-\s+RFI\s*$|\s+-\s+RFI\s*$/,
    cleanup: rfiCleanup,
    // The label of an ad slot (`.m-block-ad`) in 2020 items.
    labels: /^(广告|廣告|Publicité)$/,
  },
  'bbc.com': {
    name: 'BBC',
    lang: 'zh-Hans',
    // BBC Chinese writes a date without a time (`2020年 7月 17日`): shown as a date, no zone needed.
    // `.off-screen` labels ("图片版权", "Image caption") are for screen readers of bbc.com only.
    cleanup: bbcClutter,
    lead: 'p.story-body__introduction',
    labels: bbcLabels,
  },
  'bbc.co.uk': { name: 'BBC', lang: 'en', cleanup: bbcClutter, labels: bbcLabels },
  'cna.com.tw': {
    name: 'CNA',
    lang: 'zh-Hant',
    timeZone: 'Asia/Taipei',
    // CNA items have no header; their text ends with the day in the ROC calendar.
    readDate: rocTrailerDate,
    // A related article inside the text: `.insertGroup > div > a.insert > i.icon-dot + span`, by shape where classes were stripped.
    cleanup: withOwn(
      '.adslot_infinite, .bottomArticleBanner, [id^="adslot"]',
      '.moreArticle, .insertGroup, div:has(> div:only-child > a:only-child[href*="cna.com.tw/news/"] > i:empty + span)',
    ),
    caption: '.picinfo',
  },
  'dw.com': { name: 'DW', lang: 'zh-Hans' },
  'economist.com': {
    name: 'The Economist',
    lang: 'en',
    readDate: printEditionDate,
    cleanup: withOwn('[id^="gpt-ad-slot"], [data-test-id="Inline Ad"], [id^="econ-"]'),
  },
  'ft.com': {
    name: 'FT',
    lang: 'zh-Hans',
    // FT Chinese (cn.ft.com) is edited in Beijing and gives no date in its items;
    // Asia/Shanghai is an assumption, used for the crawl-time fallback only.
    timeZone: 'Asia/Shanghai',
    cleanup: withOwn('.o-ads, .in-article-advert, .clearfloat'),
    lead: '.story-lead',
  },
  'nytimes.com': {
    name: 'The New York Times',
    lang: 'zh-Hans',
    // cn.nytimes.com writes Beijing wall time without a zone: `2020-08-10 09:42:48` was
    // crawled at 01:44 UTC, 09:44 in Beijing (assumed zone: Asia/Shanghai).
    timeZone: 'Asia/Shanghai',
    // The "（欢迎点击此处订阅…简报…）" newsletter prompt, recognised by its sign-up link.
    promoLinks: /^https?:\/\/sso\.nytcn\.me\/email\//,
  },
  'reuters.com': { name: 'Reuters', lang: 'zh-Hans' },
  'voachinese.com': { name: 'VOA', lang: 'zh-Hans' },
};

/** The publisher of an original article URL; unknown hosts get their own name and the common rules. */
export function publisherOf(url: URL): Publisher {
  const host = publisherHostOf(url.hostname);
  return host ? publishers[host] : { name: url.hostname.replace(/^www\./, ''), lang: '' };
}
