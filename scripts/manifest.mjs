/**
 * Derives the Chrome and Firefox manifests from the one source `manifest.json`.
 *
 * The source holds the union of both browsers' keys; each target drops what the
 * other browser would reject or warn about.
 */

/**
 * @param {Record<string, any>} source the parsed source manifest
 * @param {'chrome' | 'firefox'} target
 * @returns {Record<string, any>} a new manifest object for that browser
 */
export function manifestFor(source, target) {
  const m = structuredClone(source);
  if (target === 'chrome') {
    // Chrome MV3 runs the background as a service worker and has no address-bar
    // button; it rejects `background.scripts` and warns on Gecko-only keys.
    m.background = { service_worker: source.background.service_worker };
    delete m.page_action;
    delete m.browser_specific_settings;
    delete m.action.default_area;
  } else {
    // Firefox MV3 runs background scripts in an event page, not a service worker.
    m.background = { scripts: source.background.scripts };
  }
  return m;
}
