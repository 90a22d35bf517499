/**
 * Opens or closes the reader in a tab. The reader bundle (Readability, Preact, the
 * UI) is injected on the first click only; later clicks call the controller it
 * left in the content-script world. activeTab, granted by the click, the
 * address-bar button or the shortcut, is what allows the injection on any site.
 */
import browser from '../shared/browser';

/** Toggles the reader in `tabId`'s top frame. */
export async function toggleReader(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      const reader = (globalThis as { __liseuseReader?: { toggle(): void } }).__liseuseReader;
      reader?.toggle();
      return reader !== undefined;
    },
  });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['reader.js'] });
}
