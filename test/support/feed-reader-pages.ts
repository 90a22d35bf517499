/**
 * A feed item shown the way a real feed reader shows it, for tests that want a
 * feedx item (or any item) inside a feed reader: Tiny Tiny RSS's shared-article
 * page, built from the real capture (test/fixtures/feed-readers/tt-rss/share),
 * with its title link, its date line and the item's HTML replaced.
 *
 * The HTML goes in parsed on its own and serialised, as every reader stores an
 * item (a stray `</div>` closes nothing of the page), but **not sanitised**: a
 * real tt-rss also drops scripts, `on*`, class, id and data-* (tt-rss/README.md).
 * A page built here from hostile HTML runs that HTML's scripts itself when a
 * browser loads it; serve it where that is what is tested, or sanitise it the
 * way the reader would first.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { fixturesDir } from './fixtures';

/** A feed item: what a feed carries. */
export interface ShownItem {
  title: string;
  /** The original article. */
  link: string;
  /** The feed's date for it (feedx: the crawl time). */
  published: Date;
  /** The item's HTML. */
  html: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** tt-rss's long date (`Thu, Jan 07 2021 - 9:54`) in UTC, as its shared page shows it to a visitor without a session. */
const ttrssDate = (d: Date) =>
  `${days[d.getUTCDay()]}, ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.getUTCFullYear()} - ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

/** Where the page is, as tt-rss serves it (any address works: the reader is recognised by the page). */
export const TTRSS_SHARED_URL = 'http://10.213.7.1/tt-rss/public.php?op=share&key=liseuse-test';

/** `html` parsed on its own (in a `<div>`, scripts off) and serialised: balanced, as a reader stores it. */
function balanced(html: string): string {
  const holder = new JSDOM('').window.document.createElement('div');
  holder.innerHTML = html;
  return holder.innerHTML;
}

/** `item` on Tiny Tiny RSS's shared-article page (see above: its HTML balanced, not sanitised). */
export function ttRssSharedPage(item: ShownItem): string {
  const page = readFileSync(join(fixturesDir, 'feed-readers', 'tt-rss', 'share', 'source.html'), 'utf8');
  const title = escapeHtml(item.title);
  const head = page.slice(0, page.indexOf('<body'));
  return `${head
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(
      /<meta property="og:[^>]*>/g,
      '',
    )}<body class="flat ttrss_utility ttrss_zoom"><div class="container"><h1><a target="_blank" rel="noopener noreferrer" title="${title}" href="${escapeHtml(item.link)}">${title}</a></h1><div class="content post"><div class="header"><div class="row"><div></div><div>${ttrssDate(item.published)}</div></div></div><div class="content" lang="en">${balanced(item.html)}</div></div></div></body></html>\n`;
}
