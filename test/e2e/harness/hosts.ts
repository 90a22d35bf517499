/**
 * Real host names the browsers resolve to the local fixture server.
 *
 * We map DNS rather than intercept requests: the page then really is
 * `http://www.rfi.fr:PORT/...`, so the extension's release match patterns
 * (`*://*.rfi.fr/*`, page_action show_matches, content-script matches) apply
 * unchanged, and no test-only host permission is needed. It is one flag (Chromium)
 * or one pref (Firefox), costs no round trip through the test process per request
 * (as request interception would), and applies alike to requests from the page,
 * content scripts and the extension's background.
 */

/** Host names mapped to 127.0.0.1 in both engines. */
export const MAPPED_HOSTS = ['www.rfi.fr'] as const;

/** `http://www.rfi.fr:PORT` + path; non-ASCII paths are percent-encoded as a browser would. */
export function rfiUrl(port: number, path: string): string {
  return new URL(path, `http://www.rfi.fr:${port}`).href;
}
