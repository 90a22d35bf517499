/**
 * The feed-readers adapter: the item the user is reading in a feed reader's page,
 * whatever its host (docs/feed-readers.md); each reader is one entry of readers.ts.
 */
export { feedReadersSite } from './site';
export { readFeedReaderPage } from './read-page';
