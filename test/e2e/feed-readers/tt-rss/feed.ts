/**
 * The RSS 2.0 feed tt-rss subscribes to, built from real feedx fixture items the
 * way feedx publishes them: title and link from the item's `[title](url)` line,
 * the item HTML after the `------` line as the description, and feedx's crawl
 * time (the `<!--epoch-->` comment) as pubDate.
 */
import { fixtureCase } from '../../../support/fixtures';
import { splitFrontMatter } from '../../../support/feedx-pages';
import { FEEDX_FIXTURE_IDS, HANDMADE_ITEMS, type FeedItem } from './feed-items';

/** The feed's channel title (tt-rss shows it as the feed's name). */
export const FEED_TITLE = 'feedx items (RFI, BBC, CNA, DW, NYT, VOA) and a hand-made blog';

/** A feedx item's archive text (archive-md or Jekyll post) as a feed item. */
export function feedxItemOf(text: string, fixtureId?: string): FeedItem {
  const { body } = splitFrontMatter(text);
  const m = /<!--(\d{13})-->\s*\n\[(.+)\]\((https?:\/\/\S+)\)[ \t]*\n-{3,}[ \t]*\n([\s\S]*)$/.exec(body);
  if (!m) throw new Error(`${fixtureId ?? 'item'}: no <!--epoch--> / [title](url) / ------ block`);
  return { title: m[2]!, link: m[3]!, published: new Date(Number(m[1])), html: m[4]!.trim(), ...(fixtureId ? { fixtureId } : {}) };
}

/** One fixture's archive text as a feed item. */
export const feedxItem = (fixtureId: string): FeedItem => feedxItemOf(fixtureCase(fixtureId).source, fixtureId);

/** Every item of the test feed: the feedx items, then the hand-made ones. */
export function feedItems(): FeedItem[] {
  return [...FEEDX_FIXTURE_IDS.map(feedxItem), ...HANDMADE_ITEMS];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// A CDATA section cannot hold "]]>": close it and reopen one around the ">".
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** The RSS 2.0 document; `siteUrl` is the channel's link. */
export function buildFeed(items: readonly FeedItem[], siteUrl: string): string {
  const entries = items.map(
    (item) => `  <item>
    <title>${escapeXml(item.title)}</title>
    <link>${escapeXml(item.link)}</link>
    <guid isPermaLink="true">${escapeXml(item.link)}</guid>
    <pubDate>${item.published.toUTCString()}</pubDate>
    <description>${cdata(item.html)}</description>
  </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>${escapeXml(FEED_TITLE)}</title>
  <link>${escapeXml(siteUrl)}</link>
  <description>Liseuse test feed: real feedx items from test/fixtures/feedx and hand-made posts</description>
${entries.join('\n')}
</channel>
</rss>
`;
}
