/**
 * The cheap half of the feed-readers adapter: nothing. Feed readers live on any
 * host (self-hosted, or a service's), so there is no host to ask for and no page
 * to recognise on load: the reader runs where the user clicks the toolbar button
 * or presses the shortcut (activeTab), and recognises the reader then
 * (readers.ts). The detector bundle carries none of it.
 */
import type { Site } from '../adapter';

/** Feed readers showing items (Tiny Tiny RSS, Miniflux, FreshRSS, Nextcloud News, Inoreader). */
export const feedReadersSite: Site<'feed-readers'> = { kind: 'feed-readers', hosts: [], urlRules: [] };
