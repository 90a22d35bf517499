/**
 * Where the real browsers live, and a loud failure when one is missing.
 *
 * A missing browser must fail the suite, never skip it: a skipped e2e suite looks
 * green in CI while testing nothing.
 */
import { accessSync, constants } from 'node:fs';

/** Engines the harness can drive. */
export type BrowserName = 'chromium' | 'firefox';

/**
 * The executables puppeteer-core launches. For Chromium this is the real binary:
 * Debian's /usr/bin/chromium is a shell wrapper that adds its own flags.
 */
export const BROWSER_BINARIES: Record<BrowserName, string> = {
  chromium: '/usr/lib/chromium/chromium',
  firefox: '/usr/bin/firefox-esr',
};

const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'apt-get update && apt-get install -y chromium',
  firefox: 'apt-get update && apt-get install -y firefox-esr',
};

/** Returns the executable path for `name`, or throws an error saying what to install. */
export function requireBrowserBinary(name: BrowserName, path: string = BROWSER_BINARIES[name]): string {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `${name} is not installed (${path} is missing or not executable). ` +
        `Install it with: ${INSTALL_HINT[name]} ` +
        `(Debian bookworm-security: Chromium >= 156, Firefox ESR >= 153; ` +
        `plain bookworm's Firefox 140 is too old for the Firefox click helpers).`,
    );
  }
  return path;
}
