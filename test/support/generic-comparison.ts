/**
 * Liseuse against plain Readability (Firefox Reader View) on one page of
 * test/fixtures/generic: whether each opens it, its title, and its body's token
 * F1 against the case's expected.txt (body-score.ts).
 */
import { bodyF1, GOOD_F1 } from './body-score';
import { readInJsdom } from './extract-in-jsdom';
import type { FixtureCase } from './fixtures';
import { readWithReadability, type Reading } from './read-with-readability';

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

const normalise = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();

function side(reading: Reading, c: FixtureCase): Side {
  const article = c.expected!.article;
  const opened = !!reading.article;
  const title = reading.article?.title;
  return {
    opened,
    title,
    titleRight: article && opened && normalise(title) === normalise(c.expected!.title),
    f1: article ? (opened ? bodyF1(reading.body?.html ?? '', c) : 0) : opened ? 0 : 1,
  };
}

/** Reads the case with both extractors, each on its own copy of the page. */
export function compareGeneric(c: FixtureCase): Comparison {
  const url = c.expected!.url!;
  return {
    id: c.id,
    article: c.expected!.article,
    readability: side(readWithReadability(c.source, url), c),
    liseuse: side(readInJsdom(c.source, url), c),
  };
}

/** How much lower than Readability's F1 still counts as equal (rounding, a stray token). */
export const F1_EPSILON = 0.005;

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
