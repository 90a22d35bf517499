/**
 * The cheap half of the feedx adapter. Items are recognised by content, never by
 * host: they are read on mirrors, static sites and code hosts. feedx's own domains
 * are its hosts, where the page-load detector runs.
 */
import type { Site } from '../adapter';
import { plainTextOf } from '../plain-text';
import { findRenderedFeedxItem, parseFeedxArchiveText } from './item-format';

/** feedx's domains, which changed over time; its footer links to them too. */
export const feedxHosts = ['feedx.net', 'feedx.xyz', 'feedx.top', 'feedx.best', 'feedx.run', 'feedx.site', 'feedx.co'] as const;

/** Whether `hostname` is one of feedx's domains or under one. */
export const isFeedxHost = (hostname: string) => feedxHosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));

/** feedx items, as archive text or rendered by a static site or code host. */
export const feedxSite: Site<'feedx'> = {
  kind: 'feedx',
  hosts: feedxHosts,
  // No address says "feedx item": mirrors name their files as they like.
  urlRules: [],
  recognise(doc) {
    const text = plainTextOf(doc);
    if (text !== undefined) return parseFeedxArchiveText(text) ? { site: 'feedx', wrapping: 'text', article: true } : undefined;
    return findRenderedFeedxItem(doc) ? { site: 'feedx', wrapping: 'rendered', article: true } : undefined;
  },
};
