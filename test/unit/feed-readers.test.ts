/**
 * The feed-readers adapter over every feed-reader page the project has: the
 * hand-made Miniflux, FreshRSS, Nextcloud News and Inoreader pages, with the click
 * or the scroll each case asks for (jsdom has no layout: the test gives the
 * positions a scroll would leave), and the real Tiny Tiny RSS captures, with every
 * item of the feed made the one being read in turn. The right item, read exactly
 * right, and the page never modified.
 */
import { describe, expect, it } from 'vitest';
import type { ElementLayout } from '../../src/sites/adapter';
import type { LiveOverrides } from '../../src/reader/pipeline/extract-article';
import type { CaseExpected } from '../../scripts/fixtures/feed-readers/expected';
import { feedxItem } from '../e2e/feed-readers/tt-rss/feed';
import { FEEDX_FIXTURE_IDS, HANDMADE_ITEMS } from '../e2e/feed-readers/tt-rss/feed-items';
import { articleProblems } from '../support/check-article';
import { expectedAsShown } from '../support/feed-reader-items';
import { fixtureCase, fixtureCases, type Expected } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';

const handMade = fixtureCases('feed-readers')
  .filter((c) => c.expected?.handmade === true)
  .map((c) => ({ ...c, expected: c.expected as unknown as CaseExpected }));

/** Where each reader scrolls its items (test/fixtures/feed-readers/README.md): a pane of its own, or the window. */
const scrollers: Record<string, string | undefined> = {
  FreshRSS: undefined,
  'Nextcloud News': '.virtual-scroll',
  Inoreader: '#reader_pane',
};

/** The layout `scrollIntoView({block: 'start'})` on item `index` leaves: it at the top of its pane, the one before ending there. */
function scrolledTo(doc: Document, items: Element[], index: number, scrollerSelector: string | undefined): LiveOverrides['layoutOf'] {
  const scroller = scrollerSelector ? doc.querySelector(scrollerSelector)! : doc.documentElement;
  const paneTop = scrollerSelector ? 64 : 0;
  // Items of different heights, as articles are.
  const heights = items.map((_, i) => 700 + ((i * 337) % 900));
  const offset = heights.slice(0, index).reduce((a, b) => a + b, 0);
  const tops = heights.map((_, i) => paneTop - offset + heights.slice(0, i).reduce((a, b) => a + b, 0));
  const none: ElementLayout = { top: 0, bottom: 0, scrollTop: 0 };
  return (el) => {
    const i = items.indexOf(el);
    if (i >= 0) return { top: tops[i]!, bottom: tops[i]! + heights[i]!, scrollTop: 0 };
    if (el === scroller) return { top: scrollerSelector ? paneTop : -offset, bottom: 900, scrollTop: offset };
    return none;
  };
}

/** A click into `target`'s text: the selection's caret lands there (jsdom moves no focus for it either). */
function clickInto(doc: Document, target: Element): void {
  const walker = doc.createTreeWalker(target, 4 /* text */);
  let text = walker.nextNode();
  while (text && !text.textContent!.trim()) text = walker.nextNode();
  doc.getSelection()!.collapse(text ?? target, 1);
}

describe.each(handMade)('hand-made $id', ({ source, expected: e }) => {
  it(`opens the item ${e.read.rule === 'only' ? 'it shows' : `the rule "${e.read.rule}" picks`}, read exactly right`, () => {
    const { article, body, before, after } = readInJsdom(source, e.url!, (doc) => {
      if (e.read.rule === 'last-clicked') clickInto(doc, doc.querySelector(e.read.click!)!);
      if (e.read.rule !== 'nearest-top') return {};
      const items = Array.from(doc.querySelectorAll(e.read.items));
      return { layoutOf: scrolledTo(doc, items, e.read.index, scrollers[e.reader]) };
    });
    expect(articleProblems(article, body, e)).toEqual([]);
    expect(after, 'the page itself is never modified').toBe(before);
  });
});

/** A tt-rss capture, and what its expected.json says. */
const ttrss = (view: string) => {
  const c = fixtureCase(`feed-readers/tt-rss/${view}`);
  return { source: c.source, expected: c.expected as unknown as { read: { selector: string; feedxFixture: string } } };
};

/** tt-rss's address in the captures, and the browser's offset there (TZ=Asia/Shanghai). */
const TTRSS_URL = 'http://10.213.7.1/tt-rss/index.php#f=1&c=0';
const CAPTURE_OFFSET = 8 * 60;

/** What Liseuse must show for the tt-rss row `row` of a capture (its content as tt-rss holds it), at `offset`. */
function expectedForRow(row: Element, offset: number): Expected {
  const title = row.getAttribute('data-article-title')!;
  const shown = row.getAttribute('data-content') || row.querySelector('.content-inner, .content')!.innerHTML;
  const feedx = FEEDX_FIXTURE_IDS.find((id) => feedxItem(id).title === title);
  if (feedx) return expectedAsShown(fixtureCase(feedx).expected!, shown);
  const post = HANDMADE_ITEMS.find((i) => i.title === title)!;
  // tt-rss shows the feed's time to the minute, at the browser's offset.
  const wall = new Date(Math.floor(post.published.getTime() / 60_000) * 60_000 + offset * 60_000).toISOString().slice(0, 16);
  return {
    article: true,
    title,
    sourceUrl: post.link,
    published: `${wall}:00${offset ? '+08:00' : '+00:00'}`,
    siteName: 'blog.example.org',
    lang: 'en',
    dir: 'ltr',
    mustContain: [/<p>([^<&]{20,60})/.exec(post.html)![1]!],
    mustNotContain: ['no tags', 'Imported at', 'trending_neutral', 'label_outline'],
  };
}

describe.each(['combined', 'collapsed'])('tt-rss %s view (a real capture)', (view) => {
  const { source } = ttrss(view);
  const rows = Array.from(source.matchAll(/ id="(RROW-\d+)"/g), (m) => m[1]!);

  it('holds every item of the test feed', () => {
    expect(rows).toHaveLength(FEEDX_FIXTURE_IDS.length + HANDMADE_ITEMS.length);
  });

  // tt-rss marks the row the user clicks into (or opens) .active: each row in turn.
  it.each(rows)('opens %s when it is the active row, read exactly right', (id) => {
    let expected: Expected | undefined;
    const { article, body } = readInJsdom(source, TTRSS_URL, (doc) => {
      for (const r of Array.from(doc.querySelectorAll('#headlines-frame > .active'))) r.classList.remove('active');
      const row = doc.getElementById(id)!;
      row.classList.add('active');
      expected = expectedForRow(row, CAPTURE_OFFSET);
      return { utcOffsetMinutes: CAPTURE_OFFSET };
    });
    expect(articleProblems(article, body, expected!)).toEqual([]);
  });
});

describe('tt-rss captures as captured', () => {
  it.each(['combined', 'collapsed', 'three-panes', 'share'])('%s: opens the item being read', (view) => {
    const { source, expected: capture } = ttrss(view);
    const url = view === 'share' ? 'http://10.213.7.1/tt-rss/public.php?op=share&key=x' : TTRSS_URL;
    let expected: Expected | undefined;
    const { article, body, before, after } = readInJsdom(source, url, (doc) => {
      const el = doc.querySelector(capture.read.selector)!;
      const shown = el.querySelector('.content-inner, .post > .content, .content.post > .content')?.innerHTML ?? '';
      expected = expectedAsShown(fixtureCase(capture.read.feedxFixture).expected!, shown);
      return { utcOffsetMinutes: CAPTURE_OFFSET };
    });
    expect(articleProblems(article, body, expected!)).toEqual([]);
    expect(after, 'the page itself is never modified').toBe(before);
  });
});
