/**
 * Opens or closes the reader in a tab. The reader bundle (Readability, Preact, the
 * UI) is injected on the first click only; later clicks call the controller it
 * left in the content-script world. activeTab, granted by the click, the
 * address-bar button or the shortcut, is what allows the injection on any site.
 */
import browser from '../shared/browser';

/**
 * Chromium grants activeTab a moment after `action.onClicked` fires: on a host
 * without host permission, about one click in five failed with "Cannot access
 * contents of the page" when injected at once, and none when retried after 50 ms
 * (measured with the e2e harness, 2026-11-26).
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
}
