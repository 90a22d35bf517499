/**
 * The feed readers Liseuse knows, one entry each: how to tell its page, where its
 * items are, how it marks the one being read, and where each item's title link,
 * date, author, feed and content are. Learnt from the readers' own templates
 * (test/fixtures/feed-readers/README.md, which names them) and, for Tiny Tiny RSS,
 * from a real one (test/fixtures/feed-readers/tt-rss/README.md).
 *
 * Selectors are read inside the item's element (an inert copy of it); a list
 * gives the first match in document order.
 */
import type { ReaderDateKind } from './reader-dates';

/**
 * One way to tell a reader's page: every condition given holds. Each is a direct
 * lookup, cheap on any page (every page the user opens Liseuse on is asked).
 */
export interface PageMark {
  /** Selectors whose last part is an id (`#content.app-news`): browsers answer them from their id map. */
  ids?: readonly string[];
  /** A class of `<body>`. */
  bodyClass?: string;
  /** An attribute of `<body>`. */
  bodyAttribute?: string;
  /** The app's name the page declares for home-screen shortcuts (`<meta name="apple-mobile-web-app-title">` in `<head>`). */
  appTitle?: string;
  /** The page's host. */
  host?: RegExp;
}

/** One feed reader. */
export interface FeedReader {
  name: string;
  /** Its pages: any of these marks. A page with the mark but none of the reader's items is not taken for the reader's. */
  page: readonly PageMark[];
  /** Every item on the page, in document order: article containers, or headline rows. */
  items: string;
  /** The reader's own mark on the item being read (on an item, or on its row in a split layout). */
  current: string;
  /** The items that show their content; every item when absent (folded and headline-only rows do not). */
  open?: string;
  /** Where a split layout shows the opened item (its reading pane): that item is the one being read. */
  pane?: string;
  /** The title link to the original article. */
  title: string;
  /** Inside the title link, what is not the title (tt-rss's excerpt after it). */
  titleExtra?: string;
  /** The item's content. Outside the item on a one-item page (Miniflux's entry page). */
  content: string;
  /** The attribute holding the content's HTML while the reader has not put it in (tt-rss's `data-content`). */
  packedContent?: string;
  /** The reader's date for the item, and how to read it (reader-dates.ts). */
  date?: { at: string; kind: ReaderDateKind };
  author?: string;
  /** The feed's name: the site name of items that are not feedx's. */
  feed?: string;
  /**
   * The reader serves the item's images from its own paths (Miniflux's media
   * proxy, `/proxy/…`): relative to its page. Other relative addresses are the
   * feed's, relative to the item's original (the pipeline resolves them so).
   */
  proxiesImages?: boolean;
  /** The reader's sanitiser unwraps `<div>` and `<span>`, leaving the item's blocks as bare text (mend-content.ts). */
  unwrapsBlocks?: boolean;
  /** Images that load later: the attribute holding the real source. */
  lazySource?: string;
  /** What the reader adds inside the content that is not the item's (consent buttons). */
  chrome?: string;
}

/** Tiny Tiny RSS's app (index.php): combined, collapsed and three-pane views are one page. */
const ttRss: FeedReader = {
  name: 'Tiny Tiny RSS',
  page: [{ bodyClass: 'ttrss_main', ids: ['#headlines-frame'] }],
  items: '#headlines-frame > [id^="RROW-"]',
  current: '.active',
  // Rows of the combined view show their content; collapsed ones only when opened; three-pane rows never.
  open: '.cdm.expanded, .cdm.active',
  pane: '#content-insert .post',
  title: '.titleWrap > a.title, .header .title > a, a.title',
  titleExtra: '.preview',
  content: '.content-inner, .post > .content',
  packedContent: 'data-content',
  // The browser's offset at login, applied to every date (tt-rss README, "Dates").
  date: { at: '.header .updated, .header .date', kind: 'tt-rss' },
  author: '.titleWrap .author, .header .author',
  feed: '.header .feed a',
};

/** Tiny Tiny RSS's shared-article page (`public.php?op=share&key=…`), seen without a session: dates in UTC. */
const ttRssShared: FeedReader = {
  name: 'Tiny Tiny RSS',
  page: [{ bodyClass: 'ttrss_utility' }],
  items: 'body > .container',
  current: '.active',
  title: 'h1 > a',
  content: '.content.post > .content',
  date: { at: '.content.post > .header > .row > div:last-child', kind: 'tt-rss-utc' },
};

/** Miniflux 2: the entry page (signed in or shared) and its lists, which never carry content. */
const miniflux: FeedReader = {
  name: 'Miniflux',
  page: [{ appTitle: 'Miniflux' }, { bodyAttribute: 'data-entries-status-url' }],
  items: 'section.entry, .items .item',
  current: '.current-item',
  open: 'section.entry',
  title: '.entry-header h1 > a',
  content: 'article.entry-content',
  date: { at: '.entry-date time[datetime]', kind: 'wall-utc' },
  author: '.entry-author em',
  feed: '.entry-website a',
  proxiesImages: true,
  unwrapsBlocks: true,
};

/** FreshRSS: the normal view (open or folded) and the reading view. */
const freshRss: FeedReader = {
  name: 'FreshRSS',
  page: [{ appTitle: 'FreshRSS' }, { ids: ['main#stream', 'script#jsonVars'] }],
  items: '#stream > .flux',
  current: '.current',
  // With "hide_posts", only the opened article shows its content.
  open: '#stream:not(.hide_posts) > .flux, .flux.active',
  title: '.flux_content h1.title > a',
  content: '.flux_content .text',
  date: { at: '.flux_content .date time[datetime]', kind: 'iso' },
  author: '.flux_content .author a',
  feed: '.flux_content .website span',
  lazySource: 'data-original',
};

/** Nextcloud News: the split layout (rows and a details pane), the screen-reader mode, the item route. */
const nextcloudNews: FeedReader = {
  name: 'Nextcloud News',
  page: [{ ids: ['#content.app-news'] }],
  items: '.feed-item-row, .feed-item-display.screenreader',
  current: '.active',
  open: '.feed-item-display',
  pane: '.feed-item-content .feed-item-display',
  title: '.heading h1 > a',
  content: '.article .body',
  date: { at: '.heading time.date[datetime]', kind: 'iso' },
  author: '.subtitle .author',
  feed: '.subtitle .source a',
  lazySource: 'data-src',
  chrome: '.consent-button',
};

/** Inoreader's web app: list, expanded and column views, and the article page. */
const inoreader: FeedReader = {
  name: 'Inoreader',
  page: [{ ids: ['#reader_pane', '#tree_pane'] }, { ids: ['#reader_pane'], host: /(^|\.)inoreader\.com$/ }],
  items: '#reader_pane .ar',
  current: '.article_current, .article_current_3way',
  open: '.article_card, .article_expanded',
  pane: '#three_way_contents .article_full_contents',
  title: '.article_title a.article_title_link',
  content: '.article_content',
  date: { at: '.header_date[title]', kind: 'posted-day' },
  author: '.article_author',
  feed: '.article_sub_title a.boldlink',
};

/** Every reader, in the order their pages are tried. */
export const feedReaders: readonly FeedReader[] = [ttRss, ttRssShared, miniflux, freshRss, nextcloudNews, inoreader];
