/**
 * Puts the reader on the page and takes it off again, leaving the page exactly as
 * it was: one `<liseuse-reader>` element (open shadow root, our only stylesheet)
 * appended to <html>, listeners tied to one AbortController, focus and scroll
 * position restored on close. The page's own nodes are never touched.
 */
import { h, render } from 'preact';
import css from './reader.css?inline';
import { pageStyleSheet } from './page-style-sheet';
import { ReaderView, type ReaderViewProps } from './ReaderView';

/** A mounted overlay. */
export interface Overlay {
  host: HTMLElement;
  close(): void;
}

/** Adds our stylesheet; constructed sheets are not subject to the page's CSP style-src. */
function addStyles(shadow: ShadowRoot): void {
  try {
    shadow.adoptedStyleSheets = [pageStyleSheet(css)];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

/** The host's tag name when the page has broken `liseuse-reader` (see reader-controller.ts). */
export const FALLBACK_HOST = 'liseuse-reader-message';

/**
 * Dispatched on the document before every mount. An extension update or reload
 * orphans the content-script world of open pages with its reader still showing;
 * that reader closes itself on this event (Chromium keeps orphaned worlds'
 * listeners alive), and whatever host is left (Firefox drops the orphaned
 * world's listeners) is removed before the new one mounts.
 */
const TAKEOVER_EVENT = 'liseuse-reader-takeover';

/** Closes and removes readers left on the page by an earlier copy of the extension. */
function takeOverEarlierReaders(): void {
  document.dispatchEvent(new Event(TAKEOVER_EVENT));
  for (const el of Array.from(document.documentElement.children)) {
    const ours = (el.localName === 'liseuse-reader' || el.localName === FALLBACK_HOST) && el.shadowRoot?.querySelector('[role="dialog"]');
    if (ours) el.remove();
  }
}

/**
 * Stops the overlay's image downloads before it leaves the page. An <img> whose
 * load is still under way is kept alive by the browser until the load ends, and
 * with it the whole detached overlay ("Pending activities" in a heap snapshot).
 * Nobody will see those pictures either.
 */
function stopImageLoads(shadow: ShadowRoot): void {
  for (const img of Array.from(shadow.querySelectorAll('img'))) img.removeAttribute('src');
}

/**
 * Events that leave the reader at its host: the page's own keyboard shortcuts and
 * click handlers must not act on what the user does in the reader (a feed
 * reader's `j`/`n` would move to another item behind it; `<html onclick>` would
 * run on every click in the reader). The page's capture listeners still see
 * them first: nothing can come before those.
 */
const KEPT_IN = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'wheel',
  'input',
  'beforeinput',
  'focusin',
  'focusout',
];

/** What the overlay shows, and in which language and settings. */
export type OverlayView = Omit<ReaderViewProps, 'onClose' | 'signal'>;

/** Shows `view` over the page in a `hostName` element; `onClose` runs once, after the page is restored. */
export function mountOverlay(view: OverlayView, onClose: () => void, hostName = 'liseuse-reader'): Overlay {
  const previousFocus = document.activeElement as HTMLElement | null;
  const scroll = { x: window.scrollX, y: window.scrollY };
  const controller = new AbortController();
  const host = document.createElement(hostName);
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow);
  // Preact gets a container of its own: rendering into the shadow root itself
  // would let it remove the fallback <style> element as an unknown child.
  const mountPoint = document.createElement('div');
  shadow.append(mountPoint);
  let closed = false;
  // A page that takes our host off (or replaces <html>'s children) closes the
  // reader: our listeners go with it. Only <html>'s own child list is watched, so
  // a busy page's mutations cost us nothing; a host the page merely moves stays open.
  const watcher = new MutationObserver(() => {
    if (!host.isConnected) close();
  });

  const close = () => {
    if (closed) return;
    closed = true;
    watcher.disconnect();
    controller.abort();
    stopImageLoads(shadow);
    try {
      // Unmounting runs the overlay's effect cleanups here, synchronously (they
      // are layout effects: ReaderView.tsx). One that throws must not leave the
      // reader on the page with no way to close it; Preact then skips the
      // cleanups below it, and the abort above has stopped the body's insertion.
      render(null, mountPoint);
    } catch (error) {
      console.warn('Liseuse did not close cleanly:', error);
    }
    host.remove();
    if (window.scrollX !== scroll.x || window.scrollY !== scroll.y) window.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus?.({ preventScroll: true });
    onClose();
  };

  try {
    for (const type of KEPT_IN)
      host.addEventListener(type, (event) => event.stopPropagation(), { passive: true, signal: controller.signal });
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        // The page must not also act on the Esc that closes us.
        event.stopImmediatePropagation();
        event.preventDefault();
        close();
      },
      { capture: true, signal: controller.signal },
    );
    render(h(ReaderView, { ...view, onClose: close, signal: controller.signal }), mountPoint);
    takeOverEarlierReaders();
    document.addEventListener(TAKEOVER_EVENT, close, { signal: controller.signal });
    document.documentElement.append(host);
    watcher.observe(document.documentElement, { childList: true });
    // Focus now, synchronously: a focus deferred to an effect could land after the
    // user's first key press.
    shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  } catch (error) {
    // Leave nothing behind, then let the caller explain the failure to the user.
    // A failure after rendering (taking over, appending, focusing) leaves the
    // overlay's layout effects set up: unmounting takes them back. (A render that
    // throws commits nothing: Preact runs no effect of that tree.)
    watcher.disconnect();
    controller.abort();
    try {
      render(null, mountPoint);
    } catch {
      // What could not be unmounted goes with the host.
    }
    host.remove();
    throw error;
  }
  return { host, close };
}
