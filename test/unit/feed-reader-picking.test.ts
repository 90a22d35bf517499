/**
 * Which item Liseuse opens on a page of many: the reader's own mark, else the last
 * click (the selection's caret, or the focused element), else the item nearest the
 * top of its scrolling pane; never another item, never the headline list. On the
 * real FreshRSS-shaped and tt-rss pages, changed as a user's clicks would change
 * them (jsdom has no layout: positions are given).
 */
import { describe, expect, it } from 'vitest';
import type { ElementLayout } from '../../src/sites/adapter';
import { fixtureCase } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';

const fresh = fixtureCase('feed-readers/freshrss/list-current');
const FRESH_URL = 'https://freshrss.example/i/?a=normal&get=c_2';
/** Titles of the five open articles, in page order (list-current marks the fourth). */
const titles = [
  '北京警方对“中植系”所属财富公司涉嫌违法犯罪立案侦查',
  '旨在缓解紧张局势的习拜会 - 法国报纸摘要',
  '金正恩罕见承认上任以来第一个5年计划执行失败',
];

const items = (doc: Document) => Array.from(doc.querySelectorAll('#stream > .flux'));
const unmark = (doc: Document) => items(doc).forEach((i) => i.classList.remove('current', 'active'));
/** A caret in the first paragraph of item `n`, as a click into its text leaves. */
const clickInto = (doc: Document, n: number) => doc.getSelection()!.collapse(items(doc)[n]!.querySelector('.text p')!.firstChild!, 0);
/** Item `n` at the top of the window (scrolled past the ones before it). */
const scrolledTo =
  (n: number) =>
  (doc: Document) =>
  (el: Element): ElementLayout => {
    const i = items(doc).indexOf(el);
    if (i >= 0) return { top: (i - n) * 1000, bottom: (i - n + 1) * 1000, scrollTop: 0 };
    return { top: el === doc.documentElement ? -n * 1000 : 0, bottom: 0, scrollTop: el === doc.documentElement ? n * 1000 : 0 };
  };

const titleRead = (prepare: (doc: Document) => void | { layoutOf?: (el: Element) => ElementLayout }) =>
  readInJsdom(fresh.source, FRESH_URL, (doc) => prepare(doc) ?? {}).article?.title;

describe('on a page of many open items', () => {
  it("the reader's own mark wins over a click elsewhere", () => {
    expect(titleRead((doc) => clickInto(doc, 0))).toBe('对抗第2波疫情 巴黎等城市宵禁');
  });
  it('without a mark, the item the user clicked into', () => {
    expect(
      titleRead((doc) => {
        unmark(doc);
        clickInto(doc, 2);
      }),
    ).toBe(titles[2]);
  });
  it('without a mark or a selection, the item holding the focused element', () => {
    expect(
      titleRead((doc) => {
        unmark(doc);
        const link =
          items(doc)[1]!.querySelector<HTMLElement>('.text a[href]') ?? items(doc)[1]!.querySelector<HTMLElement>('a.go_website')!;
        link.focus();
      }),
    ).toBe(titles[1]);
  });
  it('without a mark or a click, the item nearest the top of the window', () => {
    expect(
      titleRead((doc) => {
        unmark(doc);
        return { layoutOf: scrolledTo(2)(doc) };
      }),
    ).toBe(titles[2]);
  });
  it('the item scrolled past, ending exactly at the top, is not the one', () => {
    expect(
      titleRead((doc) => {
        unmark(doc);
        return { layoutOf: scrolledTo(1)(doc) };
      }),
    ).toBe(titles[1]);
  });
  it('with nothing to go by (no mark, no click, no layout), the first item', () => {
    expect(titleRead(unmark)).toBe(titles[0]);
  });
});

describe('never the headline list', () => {
  const ttrss = (view: string) => fixtureCase(`feed-readers/tt-rss/${view}`).source;
  const url = 'http://10.213.7.1/tt-rss/index.php#f=1&c=0';
  it('tt-rss three panes with no item in the content pane: no article, whatever row is marked', () => {
    const { article } = readInJsdom(ttrss('three-panes'), url, (doc) => {
      doc.querySelector('#content-insert .post')!.remove();
      return {};
    });
    expect(article).toBeUndefined();
  });
  it('tt-rss collapsed headlines with none opened: no article, though each row keeps its HTML in data-content', () => {
    const { article } = readInJsdom(ttrss('collapsed'), url, (doc) => {
      doc.querySelector('#headlines-frame > .active')!.classList.remove('active');
      return {};
    });
    expect(article).toBeUndefined();
  });
  it('tt-rss three panes: the content pane, not the row the user clicked last', () => {
    const { article } = readInJsdom(ttrss('three-panes'), url, (doc) => {
      doc.getSelection()!.collapse(doc.querySelector('#headlines-frame > .hl:not(.active) .title a')!.firstChild!, 1);
      return {};
    });
    expect(article?.title).toBe('华日: 中美会谈势头强劲 为拜登和习近平峰会铺路');
  });
});

describe('a page that only looks like a reader', () => {
  it('is left to the other adapters when it has none of the reader’s items', () => {
    const html = `<!doctype html><html><head><meta name="apple-mobile-web-app-title" content="Miniflux"><title>Notes on running Miniflux at home</title></head>
      <body><article><h1>Notes on running Miniflux at home</h1>${'<p>Miniflux is a minimalist feed reader written in Go; these notes are about running it at home, with its own database and a small server. </p>'.repeat(6)}</article></body></html>`;
    const { article } = readInJsdom(html, 'https://notes.example/miniflux');
    expect(article?.title).toBe('Notes on running Miniflux at home');
    expect(article?.siteName).not.toMatch(/feedx/);
  });
});
