/**
 * The items of the tt-rss test feed: 25 real feedx items (20 RFI, 5 other
 * publishers) from test/fixtures/feedx, and 3 hand-made posts that are not from
 * feedx, for the "any other feed item" path.
 */

/** Fixture ids (below test/fixtures) of the feedx items, in no particular order. */
export const FEEDX_FIXTURE_IDS: readonly string[] = [
  // Every archive-md item: 2020-2023 layouts, share blocks, footers, figures, an AFP wire.
  'feedx/archive-md/rfi-1002000',
  'feedx/archive-md/rfi-1005000',
  'feedx/archive-md/rfi-1015000',
  'feedx/archive-md/rfi-1020000',
  'feedx/archive-md/rfi-1025000',
  'feedx/archive-md/rfi-1030000',
  'feedx/archive-md/rfi-1040000',
  'feedx/archive-md/rfi-999950',
  'feedx/archive-md/rfi-999955',
  'feedx/archive-md/rfi-999970',
  'feedx/archive-md/rfi-seed-20230928',
  // The four shortest RFI Jekyll items (issue 17: short items got "No article found");
  // 752b61be also holds a YouTube iframe.
  'feedx/jekyll-post/rfi-2020-10-05_1601909809000_752b61be',
  'feedx/jekyll-post/rfi-2021-01-07_1610013272000_1030f323',
  'feedx/jekyll-post/rfi-2020-10-02_1601654107000_56fe9b77',
  'feedx/jekyll-post/rfi-2020-09-09_1599652498000_8786396a',
  // A YouTube iframe, an RFI audio embed, a long item with figures, a link to the
  // traditional edition, a feedx.xyz footer.
  'feedx/jekyll-post/rfi-2020-08-25_1598367392000_f49ff76e',
  'feedx/jekyll-post/rfi-2020-08-01_1596293803000_993ad774',
  'feedx/jekyll-post/rfi-2020-08-26_1598478966000_81abb056',
  'feedx/jekyll-post/rfi-2020-07-24_1595609779000_0713f6d4',
  'feedx/jekyll-post/rfi-2020-07-21_1595339774000_4158f7e4',
  // Other publishers, each with its own date header.
  'feedx/jekyll-post/bbc_2020-07-19_1595136758000_bacc1539',
  'feedx/jekyll-post/cna_2020-08-22_1598104695000_eee85049',
  'feedx/jekyll-post/dw_2020-08-21_1598018046000_7d61b205',
  'feedx/jekyll-post/nytimes_2020-08-10_1597023872000_9e74cd12',
  'feedx/jekyll-post/voa_2020-08-13_1597354891000_9796b0fa',
];

/** A feed item as the feed carries it. */
export interface FeedItem {
  title: string;
  /** The original article (feedx: the publisher's page). */
  link: string;
  /** Publication time as the feed gives it (feedx: its crawl time). */
  published: Date;
  /** The item's HTML, exactly as the feed carries it. */
  html: string;
  /** Fixture id for feedx items; absent for hand-made ones. */
  fixtureId?: string;
}

/**
 * Hand-made, not from feedx (written for these tests): a plain blog's posts, in
 * the shape of a WordPress/Hugo blog feed item (title, permalink, paragraphs, a
 * heading, a list, a quote), so a reader can be tested on feed items it has no
 * special knowledge of. Links are on example.org (reserved, never resolves).
 */
export const HANDMADE_ITEMS: readonly FeedItem[] = [
  {
    title: 'Hand-made post: repairing a 1970s bicycle hub',
    link: 'https://blog.example.org/2024/03/repairing-a-bicycle-hub/',
    published: new Date('2024-03-09T16:20:00Z'),
    html:
      '<p>The rear hub of my old touring bicycle had started to grind on every climb. This post is hand-made test data for Liseuse, written in the shape of an ordinary blog post.</p>' +
      '<h3>Taking it apart</h3><p>The cones come off with two thin spanners; the bearings are loose balls, nine on each side, and every one of them was pitted.</p>' +
      '<ul><li>cone spanners (15 mm and 16 mm)</li><li>fresh grease</li><li>eighteen 1/4-inch balls</li></ul>' +
      '<p>After cleaning the races with a rag and a little solvent, I packed the cups with grease and set the new balls in.</p>' +
      '<blockquote><p>Snug, then back a quarter turn: the wheel should spin freely with no play at the rim.</p></blockquote>' +
      '<p>It now runs silently. The whole job took an afternoon.</p>',
  },
  {
    title: 'Hand-made post: notes from a rainy walk along the canal',
    link: 'https://blog.example.org/2024/04/rainy-canal-walk/',
    published: new Date('2024-04-21T07:05:00Z'),
    html:
      '<p>Hand-made test item for Liseuse (not from feedx). We walked the towpath from the third lock to the old mill in steady rain.</p>' +
      '<p>Herons stood along the far bank every few hundred metres, each one ignoring us until the last moment.</p>' +
      '<p>At the mill the café was open; we dried our coats by the stove and read the notices about the canal&#39;s restoration in the 1990s.</p>',
  },
  {
    title: 'Hand-made post: a short note',
    link: 'https://blog.example.org/2024/05/short-note/',
    published: new Date('2024-05-02T21:45:00Z'),
    html: '<p>A short hand-made test item, one paragraph only: the garden&#39;s first strawberries are ripe.</p>',
  },
];
