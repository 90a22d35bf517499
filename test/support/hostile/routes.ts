/**
 * Serves the hostile corpus in every wrapping (wrappings.ts), plus the two kinds of
 * resource payloads ask for: /_hx/img/<name>.png, a real image (so `onload`
 * handlers have something to load), and /_hx/beacon/<marker>…, which a payload
 * requests when something it carries loads (CSS, frames, objects, refreshes);
 * the server's request log tells the test which marker loaded and when.
 */
import type { Route } from '../../e2e/harness/server';
import { rfiUrl } from '../../e2e/harness/hosts';
import { hostileItems, type HostileItem } from './corpus';
import { WRAPPINGS, type ServedPage, type Wrapping } from './wrappings';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** What a beacon answers: something of the kind asked for, doing nothing. */
function beacon(path: string) {
  if (path.endsWith('.css')) return { type: 'text/css', body: '' };
  if (path.endsWith('.js')) return { type: 'text/javascript', body: '' };
  if (path.endsWith('.png')) return { type: 'image/png', body: PNG };
  return { type: 'text/html; charset=utf-8', body: '<!doctype html><p>beacon</p>' };
}

/** One served page of the corpus. */
export interface HostilePage {
  item: HostileItem;
  wrapping: Wrapping;
  /** The address to open. */
  url: string;
  /** Payloads this wrapping leaves out (they would end the page itself). */
  omitted: string[];
  page: ServedPage;
}

/** Every item in every wrapping, for a server at `port`. */
export function hostilePages(port: number, wrappings: readonly Wrapping[] = WRAPPINGS): HostilePage[] {
  const origin = `http://127.0.0.1:${port}`;
  return hostileItems().flatMap((item) =>
    wrappings.map((wrapping) => {
      const filled = item.fill(wrapping.live, origin);
      const page = wrapping.serve(item, filled, origin);
      const url = page.host === 'rfi' ? rfiUrl(port, page.path) : new URL(page.path, origin).href;
      return { item, wrapping, url, omitted: filled.omitted, page };
    }),
  );
}

/** Routes serving `pages` and the payloads' images and beacons. */
export function hostileRoutes(pages: () => HostilePage[]): Route[] {
  let byPath: Map<string, ServedPage> | undefined;
  return [
    (url, host) => {
      byPath ??= new Map(pages().map((p) => [`${p.page.host === 'rfi' ? 'rfi' : 'local'} ${p.page.path}`, p.page]));
      const path = decodeURIComponent(url.pathname);
      if (path.startsWith('/_hx/img/')) return { type: 'image/png', body: PNG };
      if (path.startsWith('/_hx/beacon/')) return beacon(path);
      const page = byPath.get(`${/(^|\.)rfi\.fr$/.test(host) ? 'rfi' : 'local'} ${path}`);
      return page ? { type: page.type, body: page.body } : undefined;
    },
  ];
}
