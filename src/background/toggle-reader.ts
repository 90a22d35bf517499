/**
 * Opens or closes the reader in a tab. The reader bundle (Readability, Preact, the
 * UI) is injected on the first click only; later clicks call the controller it
 * left in the content-script world. activeTab, granted by the click, the
 * address-bar button or the shortcut, is what allows the injection on any site.
 */
import browser from '../shared/browser';

/**
 * Tabs whose current document has the reader bundle, so that a first click costs
 * one executeScript (the file) and later ones one small call, instead of a probe
 * then the file: each round trip to the page is slow in Firefox. Only a hint: when
 * it is lost (the background was stopped) the file is injected again and its guard
 * (src/reader/index.ts) reuses the controller already there.
 */
const injectedTabs = new Set<number>();
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab has no bundle yet.
  if (change.status === 'loading') injectedTabs.delete(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => injectedTabs.delete(tabId));

/**
 * Chromium grants activeTab a moment after `action.onClicked` fires: on a host
 * without host permission, an injection at once sometimes fails with "Cannot
 * access contents of the page"; one retried a moment later does not.
 */
const grantRetryDelaysMs = [50, 150, 400];

const isAccessDenied = (error: unknown) => error instanceof Error && /Cannot access contents|permission/i.test(error.message);

async function withGrantRetry<T>(inject: () => Promise<T>): Promise<T> {
  for (const delay of grantRetryDelaysMs) {
    try {
      return await inject();
    } catch (error) {
      if (!isAccessDenied(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return inject();
}

/** Toggles the reader in `tabId`'s top frame; with `openOnly`, leaves an open reader open. */
export async function toggleReader(tabId: number, { openOnly = false } = {}): Promise<void> {
  // A plain toggle on a tab without the bundle: the file toggles by itself. With
  // openOnly (auto-open) the probe comes first, as the file cannot be told to.
  if (!openOnly && !injectedTabs.has(tabId)) {
    await withGrantRetry(() => browser.scripting.executeScript({ target: { tabId }, files: ['reader.js'] }));
    injectedTabs.add(tabId);
    return;
  }
  const [probe] = await withGrantRetry(() =>
    browser.scripting.executeScript({
      target: { tabId },
      args: [openOnly],
      func: (onlyOpen: boolean) => {
        const reader = (globalThis as { __liseuseReader?: { toggle(): void; isOpen(): boolean } }).__liseuseReader;
        if (reader && !(onlyOpen && reader.isOpen())) reader.toggle();
        return reader !== undefined;
      },
    }),
  );
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['reader.js'] });
  injectedTabs.add(tabId);
}
