/**
 * Takes every event-handler attribute (`onerror`, `ontoggle`, …) off a freshly
 * parsed document, in the same task as the parse. Chromium fires the events its
 * parser queues (`<details open>`'s toggle, a `<video>`'s error) at handlers of a
 * DOMParser document too, in the page's main world, although that document has no
 * browsing context: test/e2e/hostile-items.e2e.test.ts saw `ontoggle` and
 * `<video onerror>` of test/fixtures/feedx/hostile run there. The sanitiser removes
 * handlers later; this makes sure none is left for the queued events to find.
 */

/** Removes every `on*` attribute under (and on) `root`, in place. */
export function disarmHandlers(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) if (/^on/i.test(name)) el.removeAttribute(name);
  }
}
