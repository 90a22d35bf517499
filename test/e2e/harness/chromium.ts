/**
 * Chromium driver: puppeteer-core over CDP (pipe), with the extension installed
 * through `Extensions.loadUnpacked` (`browser.installExtension`).
 */
import puppeteer, { type Target, type Browser, type Extension, type Page } from 'puppeteer-core';
import { requireBrowserBinary } from './binaries';
import { MAPPED_HOSTS } from './hosts';

/** A launched Chromium with one extension installed. */
export interface ChromiumSession {
  browser: Browser;
  extension: Extension;
  /** The extension's id (as in chrome-extension://ID/). */
  extensionId: string;
  /** Real toolbar-button click on `page`'s tab; grants activeTab like a user click. */
  clickToolbarButton(page: Page): Promise<void>;
  /** Reloads the extension as an update does (unload, load the same directory) and waits until it listens again. */
  reloadExtension(): Promise<void>;
  /** Evaluates `expression` (synchronous, JSON-serialisable result) in the extension's content-script world of `page`. */
  evaluateInContentScriptWorld(page: Page, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** What a launch adds for one suite: environment variables and flags (e.g. speech, test/e2e/harness/speech.ts). */
export interface ChromiumLaunchExtras {
  env?: Record<string, string>;
  args?: readonly string[];
  extraHosts?: readonly string[];
}

/** Command-line flags; each one is here for a reason given next to it. */
export const CHROMIUM_ARGS: readonly string[] = [
  // We run as root in CI containers, where the sandbox cannot start.
  '--no-sandbox',
  // Quiet: no traffic to Google services, no component/extension updates.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // www.rfi.fr -> our fixture server (see hosts.ts).
  `--host-resolver-rules=${MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
  // Keep http://www.rfi.fr:PORT on plain http. Chromium 156 does not upgrade
  // non-default ports today (verified without this flag), so this is a guard
  // against a future default; unknown feature names are ignored. puppeteer merges
  // it with its own --disable-features list.
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/**
 * Launches headless Chromium, installs the unpacked extension at `extensionDir` and
 * waits for its service worker. `extras.extraHosts` resolve to 127.0.0.1 too
 * (browsers.ts, LaunchOptions.unreachableHosts).
 */
export async function launchChromium(extensionDir: string, extras: ChromiumLaunchExtras = {}): Promise<ChromiumSession> {
  const extraHosts = extras.extraHosts ?? [];
  const executablePath = requireBrowserBinary('chromium');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Pipe transport: no debugging port to collide with a parallel run.
    pipe: true,
    // Lets puppeteer call Extensions.loadUnpacked; we do not pass the dir here
    // because launch would not wait for the install.
    enableExtensions: true,
    args: [
      ...CHROMIUM_ARGS.map((a) =>
        a.startsWith('--host-resolver-rules=') && extraHosts.length ? `${a}, ${extraHosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}` : a,
      ),
      ...(extras.args ?? []),
    ],
    ...(extras.env ? { env: { ...process.env, ...extras.env } } : {}),
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    // triggerAction needs a live service worker to deliver action.onClicked to.
    const workerTarget = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 15_000 },
    );
    // The target can appear before the worker's top-level script has run, and a
    // click sent then would find no onClicked listener. An evaluation in the
    // worker is answered only after that script, i.e. after addListener calls.
    let currentTarget = workerTarget;
    let worker = await workerTarget.worker();
    await worker?.evaluate(() => 0);
    const extension = (await browser.extensions()).get(extensionId);
    if (!extension) throw new Error(`extension ${extensionId} installed but not listed by browser.extensions()`);
    return {
      browser,
      extension,
      extensionId,
      // Note: Chromium applies the activeTab grant to the page asynchronously;
      // an executeScript issued straight from action.onClicked on a page without
      // host permission fails ~1 time in 5 with "Cannot access contents of the
      // page" (measured; none on hosts the extension has permission for).
      // Extensions must retry once; the harness cannot fix it from outside.
      clickToolbarButton: (page) => page.triggerExtensionAction(extension),
      async reloadExtension() {
        // chrome.runtime.reload() of an extension loaded over the DevTools pipe
        // closes the whole browser connection (measured on Chromium 156), so the
        // reload is done as an extension update is: unload, then load the same
        // directory again (same id). Content-script worlds in open pages are
        // orphaned exactly as by a reload.
        const old = currentTarget;
        await browser.uninstallExtension(extensionId);
        const again = await browser.installExtension(extensionDir);
        if (again !== extensionId) throw new Error(`reinstalled as ${again}, expected ${extensionId}`);
        currentTarget = await browser.waitForTarget(
          (t: Target) => t !== old && t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
          { timeout: 15_000 },
        );
        worker = await currentTarget.worker();
        await worker?.evaluate(() => 0);
      },
      async evaluateInContentScriptWorld(page, expression) {
        // Content scripts run in an isolated world of their own: DevTools lists it
        // as an execution context of the page's main frame, of the extension's origin.
        const cdp = await page.createCDPSession();
        try {
          const contexts: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
          cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
          // Enabling reports every context that exists, before it answers.
          await cdp.send('Runtime.enable');
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const world = contexts.find(
            (c) =>
              c.origin === `chrome-extension://${extensionId}` &&
              c.auxData?.frameId === frameTree.frame.id &&
              c.auxData?.type === 'isolated',
          );
          if (!world) throw new Error('no content-script world of the extension in the page (has a content script run there yet?)');
          const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
            expression: `JSON.stringify(${expression})`,
            contextId: world.id,
            returnByValue: true,
          });
          if (exceptionDetails)
            throw new Error(`content-script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          return result.value === undefined ? undefined : JSON.parse(result.value as string);
        } finally {
          await cdp.detach().catch(() => undefined);
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
