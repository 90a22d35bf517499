/**
 * Scores a shown article body against a generic case's expected.txt (the text a
 * perfect reader shows: lead and body, captions, footnotes; no title, byline,
 * date, share bar or other chrome) by token F1. Used in jsdom by the unit tests
 * and in Node by the browser tests, on the overlay's HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { FixtureCase } from './fixtures';
import { tokenF1 } from './token-f1';

/** A body at least this close to the expected text is read right. */
export const GOOD_F1 = 0.95;

/** The text a perfect reader shows for the case (empty for a page that is no article). */
export function expectedText(c: FixtureCase): string {
  const file = join(c.dir, 'expected.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const blocks = 'address, blockquote, br, dd, div, dt, figcaption, h1, h2, h3, h4, h5, h6, label, li, p, pre, section, td, th, tr';

/** The text of a shown body with its blocks apart, as the eye reads them (textContent runs `<li>a</li><li>b</li>` into "ab"). */
function shownText(html: string): string {
  const holder = (globalThis.document ?? new JSDOM('').window.document).createElement('div');
  holder.innerHTML = html;
  for (const el of Array.from(holder.querySelectorAll(blocks))) el.after(' ');
  return holder.textContent ?? '';
}

/** Token F1 of a shown body's HTML against the case's expected text. */
export const bodyF1 = (html: string, c: FixtureCase) => tokenF1(shownText(html), expectedText(c));
