/**
 * The registry: every site adapter, in the order a page is offered to them. feedx
 * items come first (they are recognised by content, on any host, rfi.fr's
 * included), then rfi.fr by address, then feed readers (by their page, on any
 * host: asked only when those two declined, so opening an rfi.fr or feedx page
 * costs nothing more), and generic pages last, which take any page.
 *
 * Adding a site is one folder (docs/adding-a-site.md) and one entry here: its
 * cheap half in `sites`, its reader in `readers` (the type asks for one per site).
 * The page-load detector imports `sites` and `recognisePage` only; its build drops
 * the readers (vite.config.ts).
 */
import type { ReadPage, Recognised, Site } from './adapter';
import { feedReadersSite, readFeedReaderPage } from './feed-readers';
import { feedxSite, readFeedxPage } from './feedx';
import { genericSite, readGenericPage } from './generic';
import { readRfiPage, rfiSite } from './rfi';

/** Every adapter's cheap half, in order. */
export const sites = [feedxSite, rfiSite, feedReadersSite, genericSite] as const satisfies readonly Site[];

/** The kind of a site: its folder's name. */
export type SiteKind = (typeof sites)[number]['kind'];

/** Every adapter's reader, by kind. */
export const readers: Readonly<Record<SiteKind, ReadPage>> = {
  feedx: readFeedxPage,
  rfi: readRfiPage,
  'feed-readers': readFeedReaderPage,
  generic: readGenericPage,
};

/** Recognises a page an adapter has rules for, cheaply, or undefined for any other page. */
export function recognisePage(doc: Document, href: string): Recognised | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  for (const site of sites) {
    const found = site.recognise?.(doc, url);
    if (found) return found;
  }
  return undefined;
}

/** Every host an adapter asks for, in registry order: the manifest's host permissions and detector matches. */
export const siteHosts = (): string[] => sites.flatMap((s) => s.hosts);
