/**
 * Constructed stylesheets for the page's document (our shadow root, the print
 * rule): not subject to the page's CSP style-src, and not part of its markup.
 *
 * Firefox content scripts must build them with the page window's own
 * constructor (a sheet of the script's sandbox belongs to no document, and
 * adopting it throws). That constructor is reached through the security wrapper,
 * `window.CSSStyleSheet`, which always sees the browser's own: through
 * `wrappedJSObject` a page's replacement ran instead, and could restyle the
 * reader (test/e2e/robustness.e2e.test.ts, hostile markup).
 */
export function pageStyleSheet(css: string): CSSStyleSheet {
  const sheet = new window.CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
