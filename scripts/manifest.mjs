/**
 * Derives the Chrome and Firefox manifests from the one source `manifest.json` and
 * the site adapters' hosts (src/sites/index.ts), which become the host permissions
 * and the page-load detector's matches: the source names no host.
 *
 * The source holds the union of both browsers' keys; each target drops what the
 * other browser would reject or warn about.
 */

/**
 * Match patterns for hosts and their subdomains: `rfi.fr` → `*://*.rfi.fr/*`.
 * @param {readonly string[]} hosts
 */
export const hostMatches = (hosts) => hosts.map((host) => `*://*.${host}/*`);

/**
 * @param {Record<string, any>} source the parsed source manifest
 * @param {'chrome' | 'firefox'} target
 * @param {readonly string[]} hosts every adapter's hosts (src/sites/index.ts `siteHosts()`)
 * @returns {Record<string, any>} a new manifest object for that browser
 */
export function manifestFor(source, target, hosts) {
  const matches = hostMatches(hosts);
  /** @type {Record<string, any>} */
  const m = {};
  for (const [key, value] of Object.entries(structuredClone(source))) {
    m[key] = value;
    if (key === 'permissions') m.host_permissions = matches;
  }
  // The detector runs where the extension has host permission, and nowhere else.
  for (const script of m.content_scripts) script.matches = matches;
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
