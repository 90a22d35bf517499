/**
 * Feed readers' pages around a hostile item:
 *
 * - Miniflux's public entry page, built by the hand-made feed-reader page builder
 *   (scripts/fixtures/feed-readers/miniflux.ts) with its emulation of Miniflux's
 *   sanitiser, so the item is what that reader would leave of it. The builder needs
 *   a DOM; the real-browser suite runs in plain Node, so one is lent for the call.
 * - Tiny Tiny RSS's shared-article page, from the real capture
 *   (test/support/feed-reader-pages.ts), with the item's HTML balanced but not
 *   sanitised: worse than the real tt-rss, which drops scripts and handlers, so
 *   that every payload reaches the page and Liseuse must neutralise it itself.
 */
import { JSDOM } from 'jsdom';
import { handMadeComment } from '../../../scripts/fixtures/feed-readers/html';
import type { FeedItem } from '../../../scripts/fixtures/feed-readers/items';
import { entryPage } from '../../../scripts/fixtures/feed-readers/miniflux';
import { ttRssSharedPage } from '../feed-reader-pages';
import type { FilledItem, HostileItem } from './corpus';

/** Runs `fn` with the DOM globals the builder uses, when the environment has none. */
function withDom<T>(fn: () => T): T {
  if (typeof document !== 'undefined') return fn();
  const { window } = new JSDOM('<!doctype html>');
  const keys = ['document', 'NodeFilter'] as const;
  for (const key of keys) Object.defineProperty(globalThis, key, { value: window[key], configurable: true, writable: true });
  try {
    return fn();
  } finally {
    // Not left behind: puppeteer reads a global document as "running in a page".
    for (const key of keys) delete (globalThis as Record<string, unknown>)[key];
  }
}

/** The item's HTML as feedx's feed carries it: after the `------` line, without a Jekyll post's wrapper. */
const itemHtml = (filled: FilledItem) =>
  filled.markdown
    .slice(filled.markdown.indexOf('\n------\n') + 8)
    .trim()
    .replace(/^<div>\n([\s\S]*)\n<\/div>$/, '$1');

/** The item as Miniflux stores it from feedx's feed. */
function feedItem(item: HostileItem, filled: FilledItem): FeedItem {
  const html = itemHtml(filled);
  const rfi = item.host.name === 'rfi';
  return {
    // Keys and feeds the builder knows (they only number the page).
    key: rfi ? 'zhongzhi' : 'dw',
    title: item.title,
    link: item.url,
    date: item.host.page.published,
    html,
    feed: rfi
      ? { title: '法广 RFI 中文', site: 'https://www.rfi.fr/cn/', url: 'https://feedx.net/rss/rfi.xml' }
      : { title: '德国之声 DW 中文', site: 'https://www.dw.com/zh/', url: 'https://feedx.net/rss/dw.xml' },
    expected: { article: true },
  };
}

/** Miniflux's shared-entry page (`/share/<code>`) showing the hostile item. */
export function minifluxPage(item: HostileItem, filled: FilledItem): string {
  const comment = handMadeComment(
    'Miniflux',
    '2.2',
    ['views/entry.html'],
    `issue 15: a hostile feedx item (test/fixtures/hostile: ${item.id}) after the emulated sanitiser`,
  );
  return withDom(() => entryPage(feedItem(item, filled), { user: false, comment }));
}

/** Tiny Tiny RSS's shared-article page showing the hostile item, its HTML unsanitised, the class's page script in its head. */
export function ttRssPage(item: HostileItem, filled: FilledItem, pageScript: string): string {
  const page = ttRssSharedPage({
    title: item.title,
    link: item.url,
    published: new Date(item.host.page.published),
    html: itemHtml(filled),
  });
  return page.replace('</head>', `${pageScript}</head>`);
}
