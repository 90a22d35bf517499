/**
 * Firefox's address-bar button appears only where the detector found an article
 * (src/content/detector.ts). Chrome has no address-bar button for extensions;
 * there the toolbar button is always available.
 */
import browser from '../shared/browser';
import type { DetectedMessage } from '../shared/messages';

/** Shows or hides the address-bar button for the tab the detector ran in. */
export async function showPageAction(tabId: number, message: DetectedMessage): Promise<void> {
  const pageAction = browser.pageAction;
  if (!pageAction) return;
  await (message.article ? pageAction.show(tabId) : pageAction.hide(tabId));
}
