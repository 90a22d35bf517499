/**
 * The only ways page content enters the reader's pipeline: as markup parsed into
 * a fresh inert document, never as nodes of a document with a browsing context.
 *
 * Why not `document.cloneNode(true)`: in Chromium an inline handler the page's
 * HTML created (`<img onerror>`) belongs to the page's world and survives both
 * cloning and the removal of its attribute from a content script; an image given
 * a source later then fired it in the page (issue 15, docs/sanitising.md).
 * Markup carries no handler objects, only attributes, which are removed here in
 * the same task as the parse: Chromium fires events its parser queued (a
 * `<details open>`'s toggle) at handlers of DOMParser documents too.
 */

/** Removes every `on*` attribute under (and on) `root`, in place. */
function disarmHandlers(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) if (/^on/i.test(name)) el.removeAttribute(name);
  }
}

/** Parses untrusted HTML into an inert document: no script runs, nothing loads, no handler is left. */
export function parseInert(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  disarmHandlers(doc.documentElement);
  return doc;
}

/** An inert copy of the live page `doc`, made from its markup (see above). */
export function inertCopyOfPage(doc: Document): Document {
  return parseInert(`<!doctype html>${doc.documentElement.outerHTML}`);
}

/** The `<body>` of untrusted item HTML parsed inertly. */
export function inertBody(html: string): HTMLElement {
  return parseInert(`<!doctype html><body>${html}`).body;
}
