/**
 * One interface over both drivers, so an e2e test file is written once and run
 * against each engine:
 *
 *   describe.each(BROWSER_NAMES)('%s', (name) => {
 *     let b: ReaderBrowser;
 *     beforeAll(async () => { b = await launch(name, DIST_DIR[name], { rfiHostPort: server.port }); });
 *     afterAll(() => b?.close());
 *     if (CAPABILITIES[name].shortcut) test('shortcut', ...); // defined, never skipped
 *   });
 */
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from './binaries';
import { launchChromium } from './chromium';
import { chromiumHeapBytes, chromiumListenerCount } from './chromium-probes';
import { launchFirefox } from './firefox';
import { rfiUrl } from './hosts';
import type { SpeechService } from './speech';

export type { BrowserName } from './binaries';

/** Both engines, in the order suites run them. */
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** The product's keyboard command (manifest `commands`). */
export const READER_COMMAND = 'toggle-reader';

/**
 * What each engine can do for real, known before launch so tests can use
 * a plain `if` around the test definition (a skipped test would hide a gap). Chromium has no page_action, and neither CDP nor synthetic
 * key events can fire an extension command there.
 */
export const CAPABILITIES: Record<BrowserName, { addressBarButton: boolean; shortcut: boolean }> = {
  chromium: { addressBarButton: false, shortcut: false },
  firefox: { addressBarButton: true, shortcut: true },
};

/** A real browser with the extension installed, driven like a user would. */
export interface ReaderBrowser {
  readonly name: BrowserName;
  /** The underlying puppeteer browser, for anything the interface lacks. */
  readonly browser: Browser;
  /** Chromium: the generated extension id; Firefox: the gecko id. */
  readonly extensionId: string;
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string): Promise<Page>;
  /** `http://www.rfi.fr:PORT` + path (needs `rfiHostPort` at launch). */
  rfiUrl(path: string): string;
  /** Real click of the toolbar button (action) on `page`'s tab; grants activeTab. */
  clickToolbarButton(page: Page): Promise<void>;
  /**
   * Firefox only: the toolbar click, returning when it was dispatched (ms since
   * the epoch): selecting the tab and reaching the browser window over WebDriver
   * BiDi take a few ms that are the driver's, not the click's (npm run bench).
   */
  clickToolbarButtonTimed?(page: Page): Promise<number>;
  /** Firefox only: real click of the address-bar button (page_action); throws if it is not shown. */
  clickAddressBarButton?(page: Page): Promise<void>;
  /** Firefox only: fires the keyboard shortcut of `command` (default READER_COMMAND) on `page`'s tab. */
  pressShortcut?(page: Page, command?: string): Promise<void>;
  /** Firefox only: whether the address-bar button is shown for `page`'s tab. */
  isAddressBarButtonShown?(page: Page): Promise<boolean>;
  /**
   * Event listeners on `page`'s window, document and every node (shadow trees
   * included), from every JavaScript world: the page's and our content scripts'.
   * Chromium: DevTools' DOMDebugger.getEventListeners asked from each world;
   * Firefox: the event listener service, from a process script.
   */
  listenerCount(page: Page): Promise<number>;
  /**
   * Memory in use by `page` after a forced full GC, in bytes. Chromium: the
   * renderer's V8 heap plus Blink's C++ (DOM) heap; Firefox: about:memory's
   * window-objects tree of the tab after "Minimize memory usage".
   */
  heapBytes(page: Page): Promise<number>;
  /** Reloads the extension, as an update would, and waits until it answers clicks again. */
  reloadExtension(): Promise<void>;
  /** Opens one of the extension's own pages (e.g. options/index.html) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Evaluates `expression` in the extension's content-script world of `page`
   * (where the reader runs), not the page's: the result must be JSON-serialisable.
   * Chromium: DevTools' isolated-world execution context; Firefox: the add-on's
   * content-script sandbox, from a process script.
   */
  evaluateInContentScriptWorld(page: Page, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Options of `launch`. */
export interface LaunchOptions {
  /** Port of the fixture server, used by `rfiUrl` (www.rfi.fr resolves to 127.0.0.1 in both engines). */
  rfiHostPort?: number;
  /**
   * A speech service for speechSynthesis (test/e2e/harness/speech.ts). Chromium
   * also gets --enable-speech-dispatcher: without it Chromium on Linux has no voices.
   */
  speech?: SpeechService;
  /**
   * Hosts that fail at once: they resolve to 127.0.0.1, where nothing answers on
   * https. For real image hosts of fixtures (s.rfi.fr) in a suite that waits until
   * every image has loaded or failed: offline, a lookup can instead wait on the
   * resolver's timeout (5 s and 10 s were seen in Firefox).
   */
  unreachableHosts?: readonly string[];
}

/** Launches `name` headless with the unpacked extension at `extensionDir` installed; fails (never skips) if the browser is missing. */
export async function launch(name: BrowserName, extensionDir: string, options: LaunchOptions = {}): Promise<ReaderBrowser> {
  const common = (browser: Browser) => ({
    name,
    browser,
    async open(url: string) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    rfiUrl(path: string) {
      if (options.rfiHostPort === undefined) throw new Error('launch(..., { rfiHostPort }) was not given');
      return rfiUrl(options.rfiHostPort, path);
    },
  });

  if (name === 'chromium') {
    const s = await launchChromium(extensionDir, {
      ...(options.speech ? { env: options.speech.env, args: ['--enable-speech-dispatcher'] } : {}),
      extraHosts: options.unreachableHosts,
    });
    return {
      ...common(s.browser),
      extensionId: s.extensionId,
      clickToolbarButton: s.clickToolbarButton,
      listenerCount: chromiumListenerCount,
      heapBytes: chromiumHeapBytes,
      reloadExtension: s.reloadExtension,
      evaluateInContentScriptWorld: s.evaluateInContentScriptWorld,
      async openExtensionPage(path: string) {
        const page = await s.browser.newPage();
        await page.goto(`chrome-extension://${s.extensionId}/${path}`, { waitUntil: 'load' });
        return page;
      },
      close: s.close,
    };
  }
  const s = await launchFirefox(extensionDir, {
    ...(options.speech ? { env: options.speech.env } : {}),
    extraHosts: options.unreachableHosts,
  });
  return {
    ...common(s.browser),
    extensionId: s.extensionId,
    clickToolbarButton: s.clickToolbarButton,
    clickToolbarButtonTimed: s.clickToolbarButtonTimed,
    clickAddressBarButton: s.clickAddressBarButton,
    pressShortcut: (page, command = READER_COMMAND) => s.pressShortcut(page, command),
    isAddressBarButtonShown: s.isAddressBarButtonShown,
    listenerCount: s.listenerCount,
    heapBytes: s.heapBytes,
    reloadExtension: s.reloadExtension,
    evaluateInContentScriptWorld: s.evaluateInContentScriptWorld,
    async openExtensionPage(path: string) {
      const page = await s.browser.newPage();
      // WebDriver BiDi never reports a moz-extension:// navigation as done (the
      // tab's URL stays about:blank for puppeteer) though the page loads and can be
      // scripted: navigate without waiting, then wait for the document itself.
      await page.goto(await s.extensionPageUrl(path), { timeout: 2000 }).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete' && document.URL.startsWith('moz-extension:'), {
        timeout: 10_000,
      });
      return page;
    },
    close: s.close,
  };
}
