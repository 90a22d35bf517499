/**
 * Liseuse against plain Readability (Firefox Reader View) on one page of
 * test/fixtures/generic: whether each opens it, its title, and its body's token
 * F1 against the case's expected.txt (the text a perfect reader shows: lead and
 * body, captions, footnotes; no title, byline, date, share bar or other chrome).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInJsdom } from './extract-in-jsdom';
import type { FixtureCase } from './fixtures';
import { readWithReadability, type Reading } from './read-with-readability';
import { tokenF1 } from './token-f1';

/** One extractor's result on one page. */
export interface Side {
  opened: boolean;
  title?: string;
  titleRight: boolean;
  /** Body token F1 (on a page that is no article: 1 when nothing opened, 0 when something did). */
  f1: number;
}

/** Both extractors on one case. */
export interface Comparison {
  id: string;
  article: boolean;
  readability: Side;
  liseuse: Side;
}

/** The text a perfect reader shows for the case (empty for a page that is no article). */
export function expectedText(c: FixtureCase): string {
  const file = join(c.dir, 'expected.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const normalise = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();

const blocks = 'address, blockquote, br, dd, div, dt, figcaption, h1, h2, h3, h4, h5, h6, label, li, p, pre, section, td, th, tr';

/** The text of a shown body with its blocks apart, as the eye reads them (textContent runs `<li>a</li><li>b</li>` into "ab"). */
function shownText(html: string | undefined): string {
  const holder = document.createElement('div');
  holder.innerHTML = html ?? '';
  for (const el of Array.from(holder.querySelectorAll(blocks))) el.after(' ');
  return holder.textContent ?? '';
}

function side(reading: Reading, c: FixtureCase, want: string): Side {
  const article = c.expected!.article;
  const opened = !!reading.article;
  const title = reading.article?.title;
  return {
    opened,
    title,
    titleRight: article && opened && normalise(title) === normalise(c.expected!.title),
    f1: article ? (opened ? tokenF1(shownText(reading.body?.html), want) : 0) : opened ? 0 : 1,
  };
}

/** Reads the case with both extractors, each on its own copy of the page. */
export function compareGeneric(c: FixtureCase): Comparison {
  const url = c.expected!.url!;
  const want = expectedText(c);
  return {
    id: c.id,
    article: c.expected!.article,
    readability: side(readWithReadability(c.source, url), c, want),
    liseuse: side(readInJsdom(c.source, url), c, want),
  };
}

/** How much lower than Readability's F1 still counts as equal (rounding, a stray token). */
export const F1_EPSILON = 0.005;

/** A body at least this close to the expected text is read right. */
export const GOOD_F1 = 0.95;

/** What is wrong with Liseuse's result against Readability's on the case, in words; empty when it is at least as good. */
export function worseThanReadability(r: Comparison): string[] {
  const out: string[] = [];
  const { readability: theirs, liseuse: ours } = r;
  if (r.article && theirs.opened && !ours.opened) out.push('Readability opens it, Liseuse does not');
  if (ours.f1 < theirs.f1 - F1_EPSILON) out.push(`body F1 ${ours.f1.toFixed(3)} < Readability's ${theirs.f1.toFixed(3)}`);
  if (theirs.f1 >= GOOD_F1 && ours.f1 < GOOD_F1) out.push(`body F1 ${ours.f1.toFixed(3)} under ${GOOD_F1} where Readability reaches it`);
  if (theirs.titleRight && !ours.titleRight) out.push(`title ${JSON.stringify(ours.title)} where Readability's is right`);
  return out;
}
