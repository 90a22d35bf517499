/**
 * Shows the block being read: marks it (`data-liseuse-reading`, styled in
 * reader.css) and scrolls it into view when it is not all in view already,
 * smoothly unless the reader asked for reduced motion.
 */

/** The attribute on the block being read (the overlay's documented surface: docs/read-aloud.md). */
export const READING_ATTRIBUTE = 'data-liseuse-reading';

/** The lowest edge of what sits on top of the text at the top of the scroller (the sticky toolbar and its status line). */
function coveredTop(scroller: Element): number {
  let top = scroller.getBoundingClientRect().top;
  for (const bar of Array.from(scroller.querySelectorAll('[data-liseuse="toolbar"], [data-liseuse="read-aloud-status"]'))) {
    top = Math.max(top, bar.getBoundingClientRect().bottom);
  }
  return top;
}

/** Marks `element` as the block being read (none when undefined) and brings it into view inside `scroller`. */
export function showReading(scroller: Element, element: Element | undefined): void {
  for (const old of Array.from(scroller.querySelectorAll(`[${READING_ATTRIBUTE}]`))) {
    if (old !== element) old.removeAttribute(READING_ATTRIBUTE);
  }
  if (!element) return;
  element.setAttribute(READING_ATTRIBUTE, '');
  const box = element.getBoundingClientRect();
  const top = coveredTop(scroller);
  const bottom = scroller.getBoundingClientRect().bottom;
  if (box.top >= top && box.bottom <= bottom) return;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: box.height > bottom - top ? 'start' : 'center', behavior: reduced ? 'auto' : 'smooth' });
}

/** The index of the first of `elements` whose end is below the covered top of `scroller` (where reading starts). */
export function firstInView(scroller: Element, elements: readonly Element[]): number {
  const top = coveredTop(scroller);
  const index = elements.findIndex((e) => e.getBoundingClientRect().bottom > top);
  return Math.max(0, index);
}
