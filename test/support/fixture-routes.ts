/**
 * Serves the fixtures the way browsers meet them, for the real-browser tests and
 * for `npm start`'s demo: feedx items as raw archive text (text/plain) and as
 * rendered pages, hand-made rfi.fr pages at their own rfi.fr address (the browsers
 * resolve www.rfi.fr to this server), and every other saved page at its case path.
 *
 * - `/feedx/<group>/<case>.md`        the archive text, text/plain
 * - `/feedx/<group>/<case>.html`      rendered as a Jekyll site does (comments kept)
 * - `/feedx/<group>/<case>.code.html` rendered as a code host does (comments dropped)
 * - `http://www.rfi.fr:PORT/<path>`   the rfi fixture whose expected.json url has that path
 * - `/<folder>/[<group>/]<case>.html` any other test/fixtures/<folder>/…/<case>/source.html
 *                                     (`/generic/blog-post.html`, `/feed-readers/miniflux/<case>.html`)
 */
import type { Route } from '../e2e/harness/server';
import { renderFeedxPage } from './feedx-pages';
import { fixtureCases, type FixtureCase } from './fixtures';

const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });

const decodePath = (p: string) => {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
};

/** The routes for every fixture case. */
export function fixtureRoutes(): Route[] {
  const feedx = new Map(fixtureCases('feedx').map((c) => [c.id.slice('feedx/'.length), c]));
  const rfi = new Map<string, FixtureCase>();
  for (const c of fixtureCases('rfi')) rfi.set(decodePath(new URL(c.expected!.url!).pathname), c);
  const pages = new Map(
    fixtureCases('')
      .filter((c) => c.sourceFile.endsWith('.html') && !c.id.startsWith('rfi/'))
      .map((c) => [`/${c.id}.html`, c]),
  );

  return [
    (url, host) => {
      if (!/(^|\.)rfi\.fr$/.test(host)) return undefined;
      const c = rfi.get(decodePath(url.pathname));
      return c ? html(c.source) : { status: 404, type: 'text/html; charset=utf-8', body: '<h1>Not found</h1>' };
    },
    (url) => {
      const m = /^\/feedx\/(.+?)(\.code\.html|\.html|\.md)$/.exec(url.pathname);
      const c = m && feedx.get(m[1]!);
      if (!m || !c) return undefined;
      if (m[2] === '.md') return { type: 'text/plain; charset=utf-8', body: c.source };
      return html(renderFeedxPage(c.source, m[2] === '.html' ? 'jekyll' : 'code-host'));
    },
    (url) => {
      const c = pages.get(decodePath(url.pathname));
      return c ? html(c.source) : undefined;
    },
  ];
}

/** The address of an rfi fixture on the test server (host-mapped www.rfi.fr). */
export function rfiFixtureUrl(id: string, port: number): string {
  const c = fixtureCases('rfi').find((f) => f.id === id);
  if (!c) throw new Error(`no rfi fixture ${id}`);
  const url = new URL(c.expected!.url!);
  return `http://www.rfi.fr:${port}${url.pathname}${url.search}`;
}
