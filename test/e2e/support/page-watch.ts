/**
 * Watches a page's own (main) world for anything a hostile payload does when it
 * runs: calls to alert/confirm/prompt/print, `data-hx` attributes set on the
 * page, new globals, new cookies; from the browser side, dialogs of any frame,
 * main-frame navigations and new tabs; from the server's log, requests to
 * /_hx/beacon/<marker>. Installed before any script of the page runs
 * (puppeteer's evaluateOnNewDocument: Page.addScriptToEvaluateOnNewDocument in
 * Chromium, a WebDriver BiDi preload script in Firefox), in every frame: frames
 * post their calls to the top window's log.
 *
 * Everything is recorded with the phase it happened in: `load` (the page on its
 * own, before the click), `click` (from the toolbar click until the reader has
 * settled), `provoke` (while the test hovers, focuses and clicks what the reader
 * shows). Payloads that run on the attacker's own page at load are expected;
 * anything in a later phase was caused by the reader.
 */
import type { Browser, Page, Target } from 'puppeteer-core';

/** One thing a payload did. */
export interface Run {
  phase: string;
  /** alert, confirm, prompt, print, dialog, attribute, global, cookie, navigation, tab, request */
  kind: string;
  /** The payload's marker (`hx-…`), or what was seen when none was. */
  marker: string;
  /**
   * Where the code ran from, as far as the page can tell: `page` (a handler of
   * an element of the page itself), `detached` (of an element in no live tree: a
   * copy, an inert document), `hidden` (no event the page can see: a handler in
   * a shadow tree, where window.event stays unset, or a script), `frame`, `top`.
   */
  where: string;
  /** The element whose handler ran, abridged. */
  element?: string;
  /** The function that made the call, from the stack (Chromium names a handler `HTMLImageElement.onerror`). */
  via?: string;
}

/** Runs in the page's main world before its scripts: replaces the dialog functions and keeps a log. */
function installWatcher(): void {
  const w = window as unknown as Record<string, unknown> & Window;
  const dialogs = ['alert', 'confirm', 'prompt', 'print'];
  const textOf = (args: unknown[]) => {
    try {
      return args.map((a) => String(a)).join(' ');
    } catch {
      return '(unprintable)';
    }
  };
  if (w !== w.top) {
    // A frame (srcdoc, data:, any origin) posts its calls to the top window: a real
    // dialog in a frame would hold its load, and with it the page's.
    for (const name of dialogs) {
      const fake = (...args: unknown[]) =>
        w.top!.postMessage({ hxFrameCall: name, text: textOf(args), frame: location.href.slice(0, 80) }, '*');
      Object.defineProperty(w, name, { value: fake, writable: true, configurable: true });
    }
    return;
  }
  const runs: Run[] = [];
  let phase = 'load';
  const markerOf = (text: string) => /(?<![\w-])hx-[a-z0-9]+(?:-[a-z0-9]+)*/i.exec(text)?.[0];
  const nodeProto = Node.prototype;
  const rootOf = Object.getOwnPropertyDescriptor(nodeProto, 'isConnected')!.get!;
  const outer = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!.get!;
  const where = (): { where: string; element?: string } => {
    const event = (w as unknown as { event?: Event }).event;
    const target = event?.currentTarget ?? event?.target;
    if (!target || !(target instanceof Object) || !('nodeType' in target)) return { where: 'hidden' };
    const node = target as Node;
    const element = node.nodeType === 1 ? String(outer.call(node)).slice(0, 160) : undefined;
    if (!rootOf.call(node)) return { where: 'detached', element };
    return { where: nodeProto.getRootNode.call(node) instanceof ShadowRoot ? 'shadow' : 'page', element };
  };
  const caller = () => {
    const frames = (new Error().stack ?? '').split('\n').filter((l) => !/installWatcher|record|fake|caller/.test(l));
    return frames
      .find((l) => /\S/.test(l) && !/^Error/.test(l))
      ?.trim()
      .slice(0, 120);
  };
  const record = (kind: string, text: string) =>
    runs.push({ phase, kind, marker: markerOf(text) ?? text.slice(0, 80), ...where(), via: caller() });
  for (const name of dialogs) {
    const fake = function (...args: unknown[]) {
      record(name, textOf(args));
      return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
    };
    Object.defineProperty(w, name, { value: fake, writable: true, configurable: true });
  }
  w.addEventListener('message', (e: MessageEvent) => {
    const data = e.data as { hxFrameCall?: string; text?: string; frame?: string } | null;
    if (typeof data?.hxFrameCall === 'string') {
      runs.push({
        phase,
        kind: data.hxFrameCall,
        marker: markerOf(String(data.text)) ?? String(data.text).slice(0, 80),
        where: `frame ${data.frame}`,
      });
    }
  });
  new MutationObserver((records) => {
    for (const r of records) record('attribute', String((r.target as Element).getAttribute?.('data-hx') ?? ''));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hx'] });
  const cookieGet = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.get!;
  let globals = new Set<string>();
  let cookies = '';
  Object.defineProperty(w, '__hxWatch', {
    enumerable: false,
    value: {
      /** Starts a phase; remembers the globals and cookies at its start. */
      phase(next: string) {
        phase = next;
        globals = new Set(Object.getOwnPropertyNames(w));
        cookies = String(cookieGet.call(document));
      },
      /** Everything recorded, plus globals and cookies that appeared since the last phase began. */
      runs(): Run[] {
        const out = runs.slice();
        for (const name of Object.getOwnPropertyNames(w))
          if (!globals.has(name)) out.push({ phase, kind: 'global', marker: markerOf(name) ?? name, where: 'script' });
        const now = String(cookieGet.call(document));
        if (now !== cookies) out.push({ phase, kind: 'cookie', marker: markerOf(now) ?? now.slice(0, 80), where: 'script' });
        return out;
      },
    },
  });
}

/** A watched page: the browser-side records join the page's own log. */
export interface WatchedPage {
  page: Page;
  /** Starts a phase in the page and for the browser-side records. */
  phase(name: string): Promise<void>;
  /** Everything recorded so far (page log, dialogs, navigations, new tabs). */
  runs(): Promise<Run[]>;
  close(): Promise<void>;
}

/** Opens `url` in a new tab of `browser` with the watcher installed first, and waits for its load event. */
export async function openWatched(browser: Browser, url: string): Promise<WatchedPage> {
  const page = await browser.newPage();
  let phase = 'load';
  const outside: Run[] = [];
  // Dialogs from frames the watcher could not reach (a data: frame has its own alert).
  page.on('dialog', (d) => {
    outside.push({
      phase,
      kind: 'dialog',
      marker: /(?<![\w-])hx-[a-z0-9]+(?:-[a-z0-9]+)*/i.exec(d.message())?.[0] ?? d.message().slice(0, 80),
      where: 'frame',
    });
    void d.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && phase !== 'load') outside.push({ phase, kind: 'navigation', marker: frame.url(), where: 'top' });
  });
  const onTarget = (t: Target) => {
    if (phase !== 'load' && t.type() === 'page' && t.opener() === page.target())
      outside.push({ phase, kind: 'tab', marker: t.url(), where: 'top' });
  };
  browser.on('targetcreated', onTarget);
  await page.evaluateOnNewDocument(installWatcher);
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    async phase(name) {
      phase = name;
      await page.evaluate((n) => (window as unknown as { __hxWatch: { phase(n: string): void } }).__hxWatch.phase(n), name);
    },
    async runs() {
      const inPage = await page.evaluate(() => (window as unknown as { __hxWatch: { runs(): Run[] } }).__hxWatch.runs());
      return [...inPage, ...outside];
    },
    async close() {
      browser.off('targetcreated', onTarget);
      await page.close();
    },
  };
}
