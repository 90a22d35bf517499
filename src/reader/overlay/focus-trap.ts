/**
 * Keeps keyboard focus inside the dialog while it is open (a modal dialog, per
 * https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/): Tab from the last
 * focusable element goes to the first, Shift+Tab from the first to the last.
 */

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), audio[controls], video[controls], iframe, summary, [tabindex]:not([tabindex="-1"])';

/** The elements Tab can reach inside `container`, in order. */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(focusable)).filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
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
  const atStart = active === first || active === container || !container.contains(active);
  if (event.shiftKey && atStart) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
