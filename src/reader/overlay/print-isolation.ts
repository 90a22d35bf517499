/**
 * Printing while the reader is open prints the article only. Our shadow CSS
 * lays the overlay out for paper, but it cannot reach the page's own nodes; this
 * hides them for print without touching them: one constructed stylesheet adopted
 * by the document (not part of its markup, and not subject to the page's CSP),
 * taken back on close. The rule applies only while our host is on the page, so a
 * sheet left behind by an abrupt teardown (the page removing our host) is inert.
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

/** Hides the page's own content from print until the returned function is called. */
export function hidePageForPrint(): () => void {
  try {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyleSheet(css)];
    return () => {
      // In Firefox the document hands the content script new wrappers of its
      // sheets, so `sheet` is not found by identity there: match the rule instead.
      document.adoptedStyleSheets = Array.from(document.adoptedStyleSheets).filter((s) => !isOurs(s));
    };
  } catch (error) {
    // Without it the page prints along with the article; the reader still works.
    console.warn('Liseuse could not prepare printing:', error);
    return () => undefined;
  }
}
