/**
 * The feedx adapter: items feedx republishes (test/fixtures/feedx/README.md),
 * wherever they are shown; each publisher's rules are one entry of publishers.ts.
 */
export { feedxSite } from './site';
export { readFeedxPage } from './read-item';
