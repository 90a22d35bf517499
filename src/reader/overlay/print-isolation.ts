/**
 * Printing while the reader is open prints the article only. Our shadow CSS
 * lays the overlay out for paper, but it cannot reach the page's own nodes; this
 * hides them for print without touching them: one constructed stylesheet adopted
 * by the document while it prints (not part of its markup, and not subject to
 * the page's CSP), taken back after printing and on close. The rule applies only
 * while our host is on the page, so a sheet left behind by an abrupt teardown
 * (the page removing our host) is inert.
 */
import { pageStyleSheet } from './page-style-sheet';

const css = `@media print {
  :root:has(> liseuse-reader) > :not(liseuse-reader) { display: none !important; }
  :root:has(> liseuse-reader) { overflow: visible !important; height: auto !important; background: #fff !important; }
}`;

/** Our sheet, recognised by its rule rather than by identity (see below). */
const isOurs = (sheet: CSSStyleSheet) => {
  try {
    return sheet.cssRules[0]?.cssText.includes(':root:has(> liseuse-reader)') === true;
  } catch {
    return false;
  }
};

/**
 * Hides the page's own content from print while the reader is open, until the
 * returned function is called. The sheet goes in only for printing (beforeprint)
 * and comes out after it: adopting it at open made the browser re-match the
 * whole page's styles just before the reader's first paint.
 */
export function hidePageForPrint(): () => void {
  const listeners = new AbortController();
  const remove = () => {
    try {
      // In Firefox the document hands the content script new wrappers of its
      // sheets, so ours is not found by identity there: match the rule instead.
      if (Array.from(document.adoptedStyleSheets).some(isOurs))
        document.adoptedStyleSheets = Array.from(document.adoptedStyleSheets).filter((s) => !isOurs(s));
    } catch {
      // Left behind, the sheet is inert without our host (see above).
    }
  };
  const add = () => {
    try {
      if (!Array.from(document.adoptedStyleSheets).some(isOurs))
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyleSheet(css)];
    } catch (error) {
      // Without it the page prints along with the article; the reader still works.
      console.warn('Liseuse could not prepare printing:', error);
    }
  };
  window.addEventListener('beforeprint', add, { signal: listeners.signal });
  window.addEventListener('afterprint', remove, { signal: listeners.signal });
  return () => {
    listeners.abort();
    remove();
  };
}
