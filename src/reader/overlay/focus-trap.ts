/**
 * Keeps keyboard focus inside the dialog while it is open (a modal dialog, per
 * https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/): Tab from the last
 * focusable element goes to the first, Shift+Tab from the first to the last.
 */

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), audio[controls], video[controls], iframe, summary, [tabindex]:not([tabindex="-1"])';

/** The elements Tab can reach inside `container`, in order. */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(focusable)).filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
}

/** Handles a keydown on the dialog: wraps Tab around inside `container`. */
export function keepFocusInside(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = tabbables(container);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  // The focus may be on an element Tab does not stop at (the dialog itself, or
  // the toolbar's scrolling box, focused by a click on its empty space): what
  // counts is whether a stop comes before or after it in the dialog. Left to the
  // browser, Shift+Tab from the toolbar's box went to the page behind the reader.
  const inside = active !== null && active !== container && container.contains(active);
  const comes = (where: number) => items.some((item) => active!.compareDocumentPosition(item) & where);
  if (event.shiftKey && (!inside || !comes(Node.DOCUMENT_POSITION_PRECEDING))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === null || !container.contains(active) || (inside && !comes(Node.DOCUMENT_POSITION_FOLLOWING)))) {
    event.preventDefault();
    first.focus();
  }
}
