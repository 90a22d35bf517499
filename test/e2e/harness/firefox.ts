/**
 * Firefox driver: puppeteer-core over WebDriver BiDi, the extension installed as
 * a temporary add-on (`webExtension.install`).
 *
 * WebDriver cannot click browser UI, so the clicks below run privileged code in
 * the browser window ("chrome" scope) and call the same Firefox internals the UI
 * calls. Every Firefox internal the harness relies on is in this file; when a
 * Firefox update breaks one, the error names it (see chromeEval).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowserBinary } from './binaries';
import { MAPPED_HOSTS } from './hosts';

/** A launched Firefox with one temporary add-on installed. */
export interface FirefoxSession {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** Real click of the address-bar button (page_action) on `page`'s tab. */
  clickAddressBarButton(page: Page): Promise<void>;
  /** Real click of the toolbar button (action) on `page`'s tab. */
  clickToolbarButton(page: Page): Promise<void>;
  /** As clickToolbarButton; returns when the click was dispatched, in ms since the epoch (the browser's clock). */
  clickToolbarButtonTimed(page: Page): Promise<number>;
  /** Fires the keyboard shortcut bound to `command` on `page`'s tab, through the add-on's XUL <key>. */
  pressShortcut(page: Page, command: string): Promise<void>;
  /** The moz-extension:// address of one of the add-on's own pages, e.g. options/index.html. */
  extensionPageUrl(path: string): Promise<string>;
  /** Whether the address-bar button is shown for `page`'s tab (the product shows it on recognised pages only). */
  isAddressBarButtonShown(page: Page): Promise<boolean>;
  /** Every event listener on `page`'s window, document and nodes (shadow trees included), from every world. */
  listenerCount(page: Page): Promise<number>;
  /** Memory of `page`'s window (DOM, layout, JS, content scripts) after GC and CC in every process, in bytes. */
  heapBytes(page: Page): Promise<number>;
  /** Reloads the add-on (AddonManager) and waits until it runs again. */
  reloadExtension(): Promise<void>;
  /** Evaluates `expression` (synchronous, JSON-serialisable result) in the add-on's content-script sandbox of `page`. */
  evaluateInContentScriptWorld(page: Page, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Preferences; each one is here for a reason given next to it. */
export const FIREFOX_PREFS: Readonly<Record<string, unknown>> = {
  // www.rfi.fr -> loopback, i.e. our fixture server (see hosts.ts).
  'network.dns.localDomains': MAPPED_HOSTS.join(','),
  // Keep http://www.rfi.fr:PORT on plain http (no HTTPS-First / HTTPS-Only upgrade).
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_first_schemeless': false,
  'dom.security.https_only_mode': false,
  // Marks and performance.now() to the microsecond, not rounded to whole
  // milliseconds: npm run bench's phases are a few ms each. Changes no timing.
  'privacy.reduceTimerPrecision': false,
};

/**
 * Launches headless Firefox ESR and installs the unpacked add-on at `extensionDir` as a
 * temporary add-on. `extras.extraHosts` resolve to 127.0.0.1 too (browsers.ts,
 * LaunchOptions.unreachableHosts).
 */
export async function launchFirefox(
  extensionDir: string,
  extras: { env?: Record<string, string>; extraHosts?: readonly string[] } = {},
): Promise<FirefoxSession> {
  const extraHosts = extras.extraHosts ?? [];
  const executablePath = requireBrowserBinary('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Test-only flag: lets WebDriver BiDi see and script the browser window
    // (`moz:scope: "chrome"`), which the clicks below need.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...FIREFOX_PREFS, 'network.dns.localDomains': [...MAPPED_HOSTS, ...extraHosts].join(',') },
    ...(extras.env ? { env: { ...process.env, ...extras.env } } : {}),
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const chrome = await chromeWindow(browser);

    /** Selects `page`'s tab in the browser window, then runs `body` with `ext`, `tab`, `global` bound. */
    const onTab = async (page: Page, body: string): Promise<unknown> => {
      await page.bringToFront();
      return chrome.eval(`
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
        const global = ExtensionParent.apiManager.global;
        const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
        if (!ext) throw new Error('add-on not running: ' + ${JSON.stringify(extensionId)});
        // Map the BiDi context id of the page to its <browser>, then its tab.
        const linked = NavigableManager.getBrowserById(${JSON.stringify(contextId(page))});
        const tab = linked && window.gBrowser.getTabForBrowser(linked);
        if (!tab) throw new Error('no tab for the page in the browser window');
        // Actions act on the window's selected tab, as a user's click would.
        window.gBrowser.selectedTab = tab;
        ${body}
      `);
    };

    return {
      browser,
      extensionId,
      clickAddressBarButton: async (page) => {
        await onTab(
          page,
          `
          const action = global.pageActionFor(ext);
          if (!action.action.isShownForTab(tab)) throw new Error('address-bar button is not shown on ' + tab.linkedBrowser.currentURI.spec);
          action.triggerAction(window);`,
        );
      },
      clickToolbarButton: async (page) => {
        await onTab(page, `global.browserActionFor(ext).triggerAction(window);`);
      },
      clickToolbarButtonTimed: async (page) => {
        const at = await onTab(
          page,
          `const at = performance.timeOrigin + performance.now(); global.browserActionFor(ext).triggerAction(window); return at;`,
        );
        if (typeof at !== 'number') throw new Error(`clickToolbarButtonTimed: ${String(at)}`);
        return at;
      },
      pressShortcut: async (page, command) => {
        // The add-on's <key> elements in this window carry no name, so find the
        // one whose modifiers+key match the command's registered shortcut and
        // fire its "command" handler: the code path of a real key press after
        // key matching (it grants activeTab, maps _execute_* to the actions).
        const found = await onTab(
          page,
          `
          const { ShortcutUtils } = ChromeUtils.importESModule('resource://gre/modules/ShortcutUtils.sys.mjs');
          // shortcuts.commands is a Promise of Map(name -> {shortcut, ...}).
          const cmd = (await ext.shortcuts?.commands)?.get(${JSON.stringify(command)});
          if (!cmd?.shortcut) return 'no shortcut registered for command ' + ${JSON.stringify(command)};
          const parts = cmd.shortcut.split('+');
          const key = parts.pop();
          const modifiers = ShortcutUtils.getModifiersAttribute(parts);
          const [attr, value] = ShortcutUtils.getKeyAttribute(key);
          const keyset = ext.shortcuts.keysetsMap.get(window);
          const el = [...(keyset?.children ?? [])].find((k) => k.getAttribute('modifiers') === modifiers && k.getAttribute(attr) === value);
          if (!el) return 'no <key> for ' + cmd.shortcut + ' in the browser window';
          el.doCommand();
          return 'ok';`,
        );
        if (found !== 'ok') throw new Error(`pressShortcut(${command}): ${String(found)}`);
      },
      extensionPageUrl: async (path) => {
        const url = await chrome.eval(
          `return WebExtensionPolicy.getByID(${JSON.stringify(extensionId)})?.getURL(${JSON.stringify(path)}) ?? '';`,
        );
        if (typeof url !== 'string' || !url) throw new Error(`extensionPageUrl: add-on ${extensionId} not running`);
        return url;
      },
      isAddressBarButtonShown: async (page) => (await onTab(page, `return global.pageActionFor(ext).action.isShownForTab(tab);`)) === true,
      listenerCount: async (page) => {
        // The page lives in a content process; a process script, loaded into
        // every content process, finds its window there and asks the event
        // listener service, which sees the page's and the content scripts' listeners.
        const count = await onTab(
          page,
          `
          const id = tab.linkedBrowser.browsingContext.id;
          const topic = 'liseuse-test:listeners:' + id + ':' + Math.random();
          const script = \`
            const bc = BrowsingContext.get(\${id});
            const win = bc && bc.window;
            if (win && win.document) {
              const els = Cc['@mozilla.org/eventlistenerservice;1'].getService(Ci.nsIEventListenerService);
              let count = els.getListenerInfoFor(win).length + els.getListenerInfoFor(win.document).length;
              const walk = (root) => {
                const it = win.document.createTreeWalker(root, 1);
                for (let n = it.currentNode; n; n = it.nextNode()) {
                  if (n !== root || n.nodeType === 1) count += els.getListenerInfoFor(n).length;
                  if (n.openOrClosedShadowRoot) { count += els.getListenerInfoFor(n.openOrClosedShadowRoot).length; walk(n.openOrClosedShadowRoot); }
                }
              };
              walk(win.document.documentElement);
              sendAsyncMessage('\${topic}', count);
            }\`;
          return await new Promise((resolve, reject) => {
            const listener = { receiveMessage(m) { Services.ppmm.removeMessageListener(topic, listener); resolve(m.data); } };
            Services.ppmm.addMessageListener(topic, listener);
            Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(script), false);
            setTimeout(() => reject(new Error('no content process answered for the page')), 5000);
          });`,
        );
        if (typeof count !== 'number') throw new Error(`listenerCount: ${String(count)}`);
        return count;
      },
      heapBytes: async (page) => {
        // about:memory's own reports, after its "Minimize memory usage" (GC+CC
        // everywhere): the window-objects subtree of the page's tab covers its DOM,
        // style, layout and the JS realms of the page and of our content scripts.
        const bytes = await onTab(
          page,
          `
          const mgr = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
          await new Promise((resolve) => mgr.minimizeMemoryUsage(resolve));
          const id = tab.linkedBrowser.browsingContext.id;
          const url = tab.linkedBrowser.currentURI.spec.replaceAll('/', '\\\\');
          let total = 0;
          await new Promise((resolve) => mgr.getReports((process, path, kind, units, amount) => {
            if (units === Ci.nsIMemoryReporter.UNITS_BYTES && path.startsWith('explicit/window-objects/top(' + url)) total += amount;
          }, null, resolve, null, false));
          return total;`,
        );
        if (typeof bytes !== 'number' || bytes === 0) throw new Error(`heapBytes: no memory report for the page (${String(bytes)})`);
        return bytes;
      },
      reloadExtension: async () => {
        const state = await chrome.eval(`
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const addon = await AddonManager.getAddonByID(${JSON.stringify(extensionId)});
          if (!addon) return 'add-on not installed';
          await addon.reload();
          // reload() resolves once the new instance has started up.
          const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
          return ext ? 'ok' : 'add-on not running after reload';`);
        if (state !== 'ok') throw new Error(`reloadExtension: ${String(state)}`);
      },
      evaluateInContentScriptWorld: async (page, expression) => {
        // Content scripts run in a sandbox per add-on and document, kept by
        // ExtensionContent in the page's content process ("for test use only":
        // getContextByExtensionId); a process script finds it and evaluates there.
        // Built here whole, as text, so that nothing in `expression` is taken for
        // the surrounding code; @ID@ and @TOPIC@ are known in the browser window only.
        const processScript = `
          const bc = BrowsingContext.get(@ID@);
          const win = bc && bc.window;
          if (win && win.document) {
            let reply;
            try {
              const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
              const context = ExtensionContent.getContextByExtensionId(${JSON.stringify(extensionId)}, win);
              if (!context || !context.sandbox) reply = { error: 'no content-script sandbox of the add-on in the page' };
              else reply = { value: Cu.evalInSandbox(${JSON.stringify(`JSON.stringify(${expression})`)}, context.sandbox) };
            } catch (e) {
              reply = { error: String(e) };
            }
            sendAsyncMessage('@TOPIC@', reply);
          }`;
        const answer = await onTab(
          page,
          `
          const id = tab.linkedBrowser.browsingContext.id;
          const topic = 'liseuse-test:content-world:' + id + ':' + Math.random();
          const script = ${JSON.stringify(processScript)}.replace('@ID@', String(id)).replace('@TOPIC@', topic);
          return await new Promise((resolve, reject) => {
            // As text: WebDriver BiDi gives objects back as lists of pairs.
            const listener = { receiveMessage(m) { Services.ppmm.removeMessageListener(topic, listener); resolve(JSON.stringify(m.data)); } };
            Services.ppmm.addMessageListener(topic, listener);
            Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(script), false);
            setTimeout(() => reject(new Error('no content process answered for the page')), 5000);
          });`,
        );
        const reply = typeof answer === 'string' ? (JSON.parse(answer) as { value?: string; error?: string }) : undefined;
        if (!reply || reply.error) throw new Error(`content-script world: ${reply?.error ?? 'no answer'}`);
        return reply.value === undefined ? undefined : JSON.parse(reply.value);
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The fields of BiDi results this harness reads (browsingContext.getTree, script.evaluate). */
interface BidiResult {
  contexts?: unknown;
  type?: string;
  exceptionDetails?: { text?: string };
  result?: unknown;
}

/** puppeteer's BiDi connection; not in its public types, but `connection.send` is how puppeteer itself talks BiDi. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}

/** The BiDi browsing-context id of a page's top frame (puppeteer keeps it as Frame._id). */
function contextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('cannot read the BiDi context id of the page (puppeteer internals changed?)');
  return id;
}

/** Finds the browser window's chrome-scope context and returns an evaluator for privileged JS in it. */
async function chromeWindow(browser: Browser): Promise<{ eval(body: string): Promise<unknown> }> {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('puppeteer Firefox browser has no BiDi connection (puppeteer internals changed?)');
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const win = (tree.result.contexts as { context: string; url: string }[]).find((c) =>
    c.url.startsWith('chrome://browser/content/browser.xhtml'),
  );
  if (!win) throw new Error('no chrome://browser window in the chrome scope (was --remote-allow-system-access passed?)');
  return {
    async eval(body) {
      const { result } = await connection.send('script.evaluate', {
        // An async IIFE so bodies can `return` and `await`.
        expression: `(async () => { ${body} })()`,
        target: { context: win.context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (result.type === 'exception') {
        throw new Error(`Firefox chrome-scope script failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
      }
      const value = result.result as { type: string; value?: unknown };
      return value.value;
    },
  };
}
