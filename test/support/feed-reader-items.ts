/**
 * What Liseuse must show for a feed item read inside a feed reader, for the unit
 * and browser tests of the feed-readers adapter: the item's own expectation (a
 * feedx fixture's reviewed expected.json, or a hand-made post's fields) narrowed
 * to what the reader really shows of it. A reader's sanitiser drops parts of an
 * item (tt-rss removes RFI's related-articles aside, whose tags the archivers
 * glued) and rewrites addresses (tt-rss resolves relative links against the feed's
 * site): Liseuse can only show what the page holds.
 */
import { JSDOM } from 'jsdom';
import type { Expected } from './fixtures';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

/** `expected` narrowed to the item as the reader shows it: `shownHtml` is the item's content as on the page. */
export function expectedAsShown(expected: Expected, shownHtml: string): Expected {
  // JSDOM itself: the browser tests run in Node, without a DOM of their own.
  const shown = new JSDOM(`<!doctype html><body>${shownHtml}`).window.document.body;
  const text = squash(shown.textContent);
  const hrefs = Array.from(shown.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
  const sources = shown.innerHTML.replace(/&amp;/g, '&');
  const pathOf = (url: string) => {
    const u = new URL(url);
    return u.pathname + u.search;
  };
  // A related link the reader resolved against another site keeps its path.
  const shownLink = (url: string) => hrefs.find((h) => h === url) ?? hrefs.find((h) => /^https?:/.test(h) && pathOf(h) === pathOf(url));
  const keepImage = (src: string | undefined) => (src && sources.includes(src) ? src : undefined);
  const image = keepImage(expected.image);
  return {
    ...expected,
    image,
    images: expected.images?.filter((src) => keepImage(src)),
    mustContain: expected.mustContain?.filter((s) => text.includes(s)),
    related: expected.related?.map(shownLink).filter((url): url is string => !!url),
    audio: expected.audio?.filter((src) => sources.includes(src)),
  };
}
