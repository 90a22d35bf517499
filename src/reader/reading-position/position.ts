/**
 * Where the reader is in an article, in terms that survive another wrapping of
 * it (its rfi.fr page, its feedx copy), another text size or width, and the
 * other Chinese script: the body block at the top of the view, by its index and
 * a hash of its text as written, how far into that block the view's top is (a
 * fraction of its height), and how far down the whole reader is (the fallback
 * when no block of the same text is found).
 */
import type { StoredPosition } from '../../shared/messages';
import { writtenText } from '../chinese-script/shift-text-nodes';

/** The body's blocks: paragraphs, headings, list items, quotes, figures… (the outermost of them). */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figure, table, audio, video, iframe, hr, dl';

/** The outermost blocks of `body`, in order. */
export function blocksOf(body: Element): Element[] {
  return Array.from(body.querySelectorAll(BLOCKS)).filter((el) => {
    const outer = el.parentElement?.closest(BLOCKS);
    return !outer || !body.contains(outer);
  });
}

/** FNV-1a over the first 80 characters of `text` with its white space collapsed: short, and no article text stored. */
export function textHash(text: string): number {
  const s = text.replace(/\s+/g, ' ').trim().slice(0, 80);
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** The first of `blocks` whose bottom is below `line` (binary search: blocks go down the page in order). */
function firstBelow(blocks: Element[], line: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** How far down `scroller` is, 0 to 1. */
export function scrolledFraction(scroller: Element): number {
  const room = scroller.scrollHeight - scroller.clientHeight;
  return room > 0 ? clamp(scroller.scrollTop / room) : 0;
}

/**
 * The position now, with the view's top at `line` (the toolbar's bottom edge, in
 * viewport px); undefined at the top, before the body's first block.
 */
export function currentPosition(scroller: Element, body: Element, line: number): StoredPosition | undefined {
  const blocks = blocksOf(body);
  const first = blocks[0];
  if (!first || first.getBoundingClientRect().top >= line) return undefined;
  const index = Math.min(firstBelow(blocks, line), blocks.length - 1);
  const block = blocks[index]!;
  const box = block.getBoundingClientRect();
  return {
    block: index,
    within: box.height > 0 ? clamp((line - box.top) / box.height) : 0,
    text: textHash(writtenText(block)),
    fraction: scrolledFraction(scroller),
  };
}

/**
 * The block `position` was at: among the blocks with the same text, the one
 * nearest its index; undefined when no block has that text (another version of
 * the article: the caller falls back on the fraction).
 */
export function findBlock(body: Element, position: StoredPosition): Element | undefined {
  let best: Element | undefined;
  let distance = Infinity;
  blocksOf(body).forEach((block, index) => {
    if (Math.abs(index - position.block) >= distance || textHash(writtenText(block)) !== position.text) return;
    best = block;
    distance = Math.abs(index - position.block);
  });
  return best;
}

/** The scrollTop of `scroller` that puts `position` back at `line`. */
export function scrollTopFor(scroller: Element, body: Element, line: number, position: StoredPosition): number {
  const block = findBlock(body, position);
  if (!block) return position.fraction * (scroller.scrollHeight - scroller.clientHeight);
  const box = block.getBoundingClientRect();
  return scroller.scrollTop + box.top + position.within * box.height - line;
}
