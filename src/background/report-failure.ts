/**
 * When the reader cannot be injected at all (browser pages, the add-on store, PDF
 * viewers: places no extension may script), the page cannot show our message, so
 * the toolbar button says it instead, for that tab only.
 */
import browser from '../shared/browser';

/** Marks the toolbar button of `tabId` with the reason the reader could not open. */
export async function reportFailure(tabId: number, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  console.warn('Liseuse could not open the reader:', reason);
  await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('cannotRunHere') || reason }).catch(() => undefined);
}
