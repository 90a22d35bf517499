/**
 * What reading aloud reads, block by block: the title, then the body's
 * paragraphs, headings, list items and quotations (the lead is the body's first
 * paragraph), each as the text the overlay shows. Read from the overlay's own,
 * sanitised DOM (src/reader/pipeline/sanitize.ts), never from the page's nodes.
 */

/** One block read aloud: the overlay element highlighted while it is read, and its text. */
export interface ReadableBlock {
  element: Element;
  text: string;
}

/** Blocks that hold the running text; a block inside another (a <p> in an <li>) is read, not its container. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd';

/** Captions (credits, "© AFP") and tables are not running text. */
const SKIPPED = 'figcaption, table, [aria-hidden="true"]';

/** Text as read: whitespace collapsed; undefined when nothing in it can be spoken (a "•", a "***"). */
export function spokenText(element: Element): string | undefined {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

/**
 * The blocks of the article in `dialog` (the overlay's dialog element), in
 * reading order. Asked again as reading goes on: a long body goes in part by
 * part (src/reader/overlay/insert-body.ts).
 */
export function readableBlocks(dialog: Element): ReadableBlock[] {
  const blocks: ReadableBlock[] = [];
  const add = (element: Element | null) => {
    const text = element && spokenText(element);
    if (element && text) blocks.push({ element, text });
  };
  add(dialog.querySelector('[data-liseuse="title"]'));
  const body = dialog.querySelector('[data-liseuse="body"]');
  for (const element of Array.from(body?.querySelectorAll(BLOCKS) ?? [])) {
    if (element.querySelector(BLOCKS) || element.closest(SKIPPED)) continue;
    add(element);
  }
  return blocks;
}
