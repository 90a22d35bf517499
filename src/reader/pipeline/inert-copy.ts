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

/**
 * Removes every `on*` attribute under (and on) `root`, in place, and the page's
 * own `data-liseuse*` attributes: those name the reader's documented surface
 * (docs/overlay.md) and its marks (the lead, the paragraph read aloud); only
 * the pipeline sets them.
 */
function disarmHandlers(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) if (/^(on|data-liseuse)/i.test(name)) el.removeAttribute(name);
  }
}

/** Elements whose `name` (or `id`) becomes a property of their document or form. */
const NAMED = 'embed, form, iframe, img, object, button, fieldset, input, output, select, textarea';

/**
 * Takes off the `name` and `id` that would hide a DOM property of the document or
 * of a form (DOM clobbering): Chromium content scripts see named elements as
 * properties too, and `<form><input name=parentNode>` sent Readability round in an
 * endless loop, freezing the tab; `name=getAttribute` made it throw (the clobbering
 * class of test/fixtures/hostile). Firefox's Xray wrappers do not see them.
 */
function unclobber(doc: Document): void {
  // Through Element.prototype: a form's own getAttribute may be one of its controls.
  const { getAttribute, removeAttribute } = Element.prototype;
  for (const el of Array.from(doc.querySelectorAll(NAMED))) {
    for (const attr of ['name', 'id']) {
      const value = getAttribute.call(el, attr);
      if (value && (value in Document.prototype || value in HTMLFormElement.prototype)) removeAttribute.call(el, attr);
    }
  }
}

/** Parses untrusted HTML into an inert document: no script runs, nothing loads, no handler is left, nothing clobbered. */
export function parseInert(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  unclobber(doc);
  disarmHandlers(doc.documentElement);
  return doc;
}

/** An inert copy of the live page `doc`, made from its markup (see above). */
export function inertCopyOfPage(doc: Document): Document {
  return parseInert(`<!doctype html>${doc.documentElement.outerHTML}`);
}

/**
 * An inert copy of one live element, made from its markup like the page's copy:
 * an element of the same name in a fresh inert document, with its attributes
 * (no `on*`) and its inner markup parsed there in the element's own context (a
 * `<li>` or a `<tr>` parses as it would in place); then disarmed and unclobbered
 * as a parsed page is, in the same task.
 */
export function inertCopyOf(el: Element): Element {
  const doc = new DOMParser().parseFromString('<!doctype html><body>', 'text/html');
  const copy = doc.createElementNS(el.namespaceURI, el.localName);
  for (const name of el.getAttributeNames()) if (!/^on/i.test(name)) copy.setAttribute(name, el.getAttribute(name)!);
  copy.innerHTML = el.innerHTML;
  doc.body.append(copy);
  unclobber(doc);
  disarmHandlers(copy);
  return copy;
}

/** The `<body>` of untrusted item HTML parsed inertly. */
export function inertBody(html: string): HTMLElement {
  return parseInert(`<!doctype html><body>${html}`).body;
}
