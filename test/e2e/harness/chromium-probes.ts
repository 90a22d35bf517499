/**
 * What the tests and the benchmark measure in Chromium through the DevTools
 * protocol, because the page itself cannot see it: listeners added from an
 * extension's isolated world, and the renderer's heap after a forced GC.
 */
import type { CDPSession, Page } from 'puppeteer-core';

/** Runs `body` with a fresh CDP session on `page`, detached afterwards. */
async function withSession<T>(page: Page, body: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.createCDPSession();
  try {
    return await body(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Every event listener in `page`'s top frame, from every JavaScript world (the
 * page's and each extension's isolated world): on window, document and every node
 * of the document, shadow trees included. DevTools lists only the listeners of
 * the world it asks from, so we ask from each world of the frame.
 */
export function chromiumListenerCount(page: Page): Promise<number> {
  return withSession(page, async (cdp) => {
    const contexts: { id: number; frameId?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push({ id: e.context.id, frameId: e.context.auxData?.frameId }));
    // Enabling replays a creation event for every existing context.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    let count = 0;
    for (const context of contexts.filter((c) => c.frameId === frameTree.frame.id)) {
      for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: context.id });
        if (!result.objectId) continue;
        // depth -1 and pierce: the document's whole tree, shadow roots included.
        const depth = expression === 'document' ? -1 : 0;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth, pierce: true });
        count += listeners.length;
      }
    }
    await cdp.send('Runtime.disable');
    return count;
  });
}

/**
 * The renderer's JavaScript heap plus the DOM (Blink's C++ heap) in use after a
 * full GC, in bytes, measured once the page has rendered a frame.
 *
 * Until its next layout Chromium keeps the last one, and through it the layout
 * boxes and nodes of whatever left the page since: the closed reader was still
 * held by <html>'s cached layout result (its list of fixed-position descendants)
 * → the host's LayoutBlockFlow → <liseuse-reader> → its whole shadow tree. A GC
 * before that frame sometimes counts the closed overlay, one after it never does.
 * Users never see it: a visible tab draws that frame right after the close.
 */
export async function chromiumHeapBytes(page: Page): Promise<number> {
  // A task queued from requestAnimationFrame runs once that frame's layout and
  // paint are done. A hidden tab renders no frames: nothing to wait for there.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        document.visibilityState === 'visible' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : resolve(),
      ),
  );
  return withSession(page, async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
  });
}
