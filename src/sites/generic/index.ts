/**
 * The generic adapter: Readability, the marked-up-article shortcut, the page's
 * declared metadata and the CJK-aware "is this an article?" check. Other adapters
 * import the metadata reader from here (rfi.fr pages declare theirs the same way).
 */
export { genericSite } from './site';
export { readGenericPage } from './read-page';
export { readPageMetadata, originalAddress, type PageMetadata } from './page-metadata';
