/**
 * The copies adapters read, never the live page: a clone of the document, or
 * untrusted HTML parsed in an inert document. Either way no handler the page
 * wrote is left for the events the parser queues.
 */
import { disarmHandlers } from './disarm-handlers';

/** A copy of `doc` to take apart. */
export function copyPage(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  // Chromium runs a cloned <details open ontoggle=...>'s handler in the page's
  // window, although the clone has no browsing context: take those handlers off
  // before the queued toggle event fires (test/e2e/robustness.e2e.test.ts, hostile markup).
  for (const el of Array.from(clone.querySelectorAll('[ontoggle], [onbeforetoggle]'))) {
    el.removeAttribute('ontoggle');
    el.removeAttribute('onbeforetoggle');
  }
  return clone;
}

/** Parses untrusted item HTML in an inert document: no script runs, nothing loads, no handler is left for queued events. */
export function parseInert(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  disarmHandlers(doc.documentElement);
  return doc.body;
}
