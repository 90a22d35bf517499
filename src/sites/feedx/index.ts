/**
 * The feedx adapter: items feedx republishes (test/fixtures/feedx/README.md),
 * wherever they are shown; each publisher's rules are one entry of publishers.ts.
 */
export { feedxSite } from './site';
export { readFeedxPage, draftFromFeedxItem, type FeedxItemSource } from './read-item';
export { isFeedxItem } from './item-signs';
