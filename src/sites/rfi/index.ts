/**
 * The rfi.fr adapter: every edition's articles (docs/rfi-pages.md). Other adapters
 * import RFI's rules from here only: feedx reads RFI items with them.
 */
export { rfiSite } from './site';
export { readRfiPage } from './read-page';
export { rfiCleanup } from './cleanup';
export { rfiEditionOf, rfiEditions, type RfiEdition } from './editions';
export { bylineLabel, rfiOrigin, rfiSiteName, rfiTimeZone } from './markup';
