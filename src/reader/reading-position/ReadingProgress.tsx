/**
 * The thin line across the top of the reader that shows how far down it is
 * (use-reading-position.ts scales its bar as the reader scrolls). Decorative:
 * the scroll bar shows as much, and a screen reader tells its user where they
 * are; a progressbar whose value changed on every scroll would be noise.
 */
import type { RefObject } from 'preact';

/** The line; `bar` is the part that grows, from the start of the line in `dir`. */
export function ReadingProgress({ bar, dir }: { bar: RefObject<HTMLDivElement | null>; dir: 'ltr' | 'rtl' }) {
  return (
    <div class="progress" aria-hidden="true" dir={dir} data-liseuse="progress">
      <div class="progress-bar" ref={bar} />
    </div>
  );
}
