/**
 * The hand-made feed-reader pages (test/fixtures/feed-readers) are consistent: each
 * says what it follows, holds the item its expected.json names where it says, marked
 * (or not) the way that reader marks it, with the title, link, text and images
 * expected, and the junk Liseuse must drop really on the page. A broken or stale
 * fixture fails here, before it can mislead an adapter test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDir, expectedJson } from '../../scripts/fixtures/feed-readers/build';
import { allCases } from '../../scripts/fixtures/feed-readers/cases';
import type { CaseExpected } from '../../scripts/fixtures/feed-readers/expected';
import { pageAt } from '../support/extract-in-jsdom';
import { fixtureRoutes } from '../support/fixture-routes';
import { fixtureCases } from '../support/fixtures';

/** How each reader marks the item being read (test/fixtures/feed-readers/README.md). */
const markers: Record<string, string> = {
  Miniflux: '.current-item',
  FreshRSS: '.flux.current',
  'Nextcloud News': '.feed-item-row.active, .feed-item-display.active',
  Inoreader: '.ar.article_current, .ar.article_current_3way',
};

// The hand-made pages only: tt-rss's folder holds captures of a real run (its own test checks them).
const cases = fixtureCases('feed-readers')
  .filter((c) => c.expected?.handmade === true)
  .map((c) => ({ ...c, expected: c.expected as unknown as CaseExpected }));
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe.each(cases)('$id', ({ source, expected: e }) => {
  const doc = pageAt(source, e.url!);
  const items = Array.from(doc.querySelectorAll(e.read.items));
  const item = items[e.read.index]!;
  const holders = doc.querySelectorAll(e.read.selector);
  const holder = holders[0]!;

  it('says it is hand-made and which templates it follows', () => {
    expect(source.startsWith(`<!DOCTYPE html>\n<!-- Hand-made, modelled on ${e.reader} `)).toBe(true);
    expect(e.handmade).toBe(true);
    expect(e.template.startsWith(e.reader)).toBe(true);
    expect(Object.keys(markers)).toContain(e.reader);
  });

  it('holds the item read where expected.json says', () => {
    expect(items).toHaveLength(e.read.of);
    expect(item, `item ${e.read.index} of ${e.read.items}`).toBeDefined();
    expect(holders, e.read.selector).toHaveLength(1);
    // The holder is the item itself, inside it, or (split layouts) a pane of its own.
    expect(item === holder || item.contains(holder) || holder.contains(item) || !items.some((i) => i.contains(holder))).toBe(true);
  });

  it('marks the item the way the reader does, or not at all', () => {
    const marked = Array.from(doc.querySelectorAll(markers[e.reader]!));
    if (e.read.rule === 'marked') {
      expect(marked).toHaveLength(1);
      expect(doc.querySelector(e.read.marker!)).toBe(marked[0]);
      expect(marked[0] === item || item.contains(marked[0]!)).toBe(true);
    } else if (e.read.rule !== 'only') {
      expect(marked, 'an unmarked list has no item marked').toHaveLength(0);
    }
    if (e.read.rule === 'last-clicked') {
      const target = doc.querySelector(e.read.click!);
      expect(target && item.contains(target) && holder.contains(target), e.read.click).toBe(true);
      expect(squash(target!.textContent).trim()).not.toBe('');
    }
    if (e.read.rule === 'nearest-top') {
      expect(doc.querySelector(e.read.scrollTo!)).toBe(item);
      expect(e.read.index, 'scrolling must move past the first item').toBeGreaterThan(0);
      expect(e.read.index, 'the last item cannot reach the top').toBeLessThan(e.read.of - 1);
    }
  });

  it("shows the item's title and links its original article", () => {
    const where = e.article ? holder : item;
    expect(squash(where.textContent)).toContain(squash(e.read.title));
    const links = Array.from(where.querySelectorAll('a[href]')).map((a) => new URL(a.getAttribute('href')!, e.url).href);
    expect(links).toContain(new URL(e.read.link).href);
    if (e.article) expect(e.read.link).toBe(e.sourceUrl);
  });

  // A list that shows titles only (Miniflux) has no text to check: the test is not defined for it.
  if (e.article)
    it('carries the text and images Liseuse must show, and the junk it must drop', () => {
      const text = squash(holder.textContent);
      for (const s of e.mustContain ?? []) expect(text, 'mustContain').toContain(s);
      const urls = holder.innerHTML.replace(/&amp;/g, '&');
      for (const src of [e.image, ...(e.images ?? [])].filter(Boolean))
        expect(urls, 'image').toContain(new URL(src!).pathname.split('/').pop());
      const page = squash(doc.body.textContent) + source;
      for (const s of e.mustNotContain ?? []) expect(page, `mustNotContain "${s}" must be on the page to mean anything`).toContain(s);
      for (const other of cases.filter((c) => c.expected.reader === e.reader && c.expected.read.title !== e.read.title)) {
        if (doc.body.textContent!.includes(other.expected.read.title)) expect(e.mustNotContain).toContain(other.expected.read.title);
      }
    });
});

describe('the feed-reader fixtures', () => {
  // Building every page takes a few seconds; a loaded machine must not fail it.
  it('are exactly what their builder makes (npm run feed-reader-pages)', { timeout: 120_000 }, () => {
    const built = allCases();
    for (const c of built) {
      expect(readFileSync(join(caseDir(c), 'source.html'), 'utf8'), `${c.reader}/${c.name} source.html`).toBe(c.html);
      expect(readFileSync(join(caseDir(c), 'expected.json'), 'utf8'), `${c.reader}/${c.name} expected.json`).toBe(expectedJson(c));
    }
    expect(cases).toHaveLength(built.length);
  });

  it('are served at /feed-readers/<reader>/<case>.html', () => {
    const routes = fixtureRoutes();
    for (const c of cases) {
      const url = new URL(`http://127.0.0.1:8080/${c.id}.html`);
      const answer = routes.map((r) => r(url, url.hostname)).find(Boolean);
      expect(answer?.body, c.id).toBe(c.source);
    }
  });

  it.each(Object.keys(markers))('cover %s: one-item page, a marked item and a non-feedx item', (reader) => {
    const mine = cases.filter((c) => c.expected.reader === reader).map((c) => c.expected);
    expect(mine.some((e) => e.read.rule === 'only' && e.article)).toBe(true);
    expect(mine.some((e) => e.read.rule === 'marked')).toBe(true);
    expect(mine.some((e) => e.article && !e.via)).toBe(true);
  });

  it('cover the click and scroll rules wherever a reader shows several items open', () => {
    for (const reader of ['FreshRSS', 'Nextcloud News', 'Inoreader']) {
      const rules = cases.filter((c) => c.expected.reader === reader).map((c) => c.expected.read.rule);
      expect(rules, reader).toEqual(expect.arrayContaining(['last-clicked', 'nearest-top']));
    }
  });
});
