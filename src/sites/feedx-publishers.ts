/**
 * Publishers feedx republishes, by the host of the original article: the name the
 * reader shows, the language their items are in when the address does not say, the
 * time zone their dates are written in, and the bits of their own markup that are
 * not the article. Measured on the items in test/fixtures/feedx/jekyll-post.
 */
export interface Publisher {
  name: string;
  /** Language when nothing more specific is known. */
  lang: string;
  /**
   * Zone of dates the publisher writes without one (and of the crawl-time fallback,
   * so it is shown as the publisher's own local time). Undefined: UTC.
   */
  timeZone?: string;
  /** The publisher's own clutter inside items (ads, hidden labels, subscription prompts). */
  clutter?: string;
  /** Blocks of links to the publisher's other articles, moved to the related list. */
  related?: string;
  /** The publisher's standfirst when it is not a paragraph (it becomes the lead paragraph). */
  lead?: string;
  /** Captions written as a block beside the image rather than a <figcaption>. */
  caption?: string;
  /** A paragraph holding a link to one of these is the publisher's self-promotion. */
  promoLinks?: RegExp;
  /**
   * A date written at the end of the text when the item has no header: groups are the
   * year of the Republic of China calendar (1912 = year 1), the month and the day.
   */
  rocDateTrailer?: RegExp;
}

/** Publishers by host suffix (the first that ends the host wins). */
export const publishers: readonly (Publisher & { host: string })[] = [
  { host: 'rfi.fr', name: 'RFI', lang: 'fr', timeZone: 'Europe/Paris' },
  {
    host: 'bbc.com',
    name: 'BBC',
    lang: 'zh-Hans',
    // BBC Chinese writes a date without a time (`2020年 7月 17日`): shown as a date, no zone needed.
    // `.off-screen` labels ("图片版权", "Image caption") are for screen readers of bbc.com only.
    clutter: '.off-screen, .bbccom_slot, .mpu-ad',
    lead: 'p.story-body__introduction',
  },
  { host: 'bbc.co.uk', name: 'BBC', lang: 'en', clutter: '.off-screen, .bbccom_slot, .mpu-ad' },
  {
    host: 'cna.com.tw',
    name: 'CNA',
    lang: 'zh-Hant',
    // CNA items have no header; their text ends with the day in the ROC calendar
    // (`（編輯：管中維）1090822` = 2020-08-22), a date without a time.
    timeZone: 'Asia/Taipei',
    rocDateTrailer: /(1\d{2})(\d{2})(\d{2})\s*$/,
    clutter: '.adslot_infinite, .bottomArticleBanner, [id^="adslot"]',
    related: '.moreArticle, .insertGroup',
    caption: '.picinfo',
  },
  { host: 'dw.com', name: 'DW', lang: 'zh-Hans' },
  { host: 'economist.com', name: 'The Economist', lang: 'en', clutter: '[id^="gpt-ad-slot"], [data-test-id="Inline Ad"], [id^="econ-"]' },
  {
    host: 'ft.com',
    name: 'FT',
    lang: 'zh-Hans',
    // FT Chinese (cn.ft.com) is edited in Beijing and gives no date in its items;
    // Asia/Shanghai is an assumption, used for the crawl-time fallback only.
    timeZone: 'Asia/Shanghai',
    clutter: '.o-ads, .in-article-advert, .clearfloat',
    lead: '.story-lead',
  },
  {
    host: 'nytimes.com',
    name: 'The New York Times',
    lang: 'zh-Hans',
    // cn.nytimes.com writes Beijing wall time without a zone: `2020-08-10 09:42:48` was
    // crawled at 01:44 UTC, 09:44 in Beijing (assumed zone: Asia/Shanghai).
    timeZone: 'Asia/Shanghai',
    // The "（欢迎点击此处订阅…简报…）" newsletter prompt, recognised by its sign-up link.
    promoLinks: /^https?:\/\/sso\.nytcn\.me\/email\//,
  },
  { host: 'reuters.com', name: 'Reuters', lang: 'zh-Hans' },
  { host: 'voachinese.com', name: 'VOA', lang: 'zh-Hans' },
];

/** The publisher of an original article URL; unknown hosts get their own name. */
export function publisherOf(url: URL): Publisher {
  const host = url.hostname.replace(/^www\./, '');
  const known = publishers.find((p) => host === p.host || host.endsWith(`.${p.host}`));
  return known ?? { name: host, lang: '' };
}
