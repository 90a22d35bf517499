/**
 * Injects Readability (dist/readability.js) into the frame of a reader that asks
 * for it (src/reader/load-readability.ts). The grant that let the reader in, the
 * user's click (activeTab) or a host permission, still holds for that document.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { LoadReadabilityReply } from '../shared/messages';

/** Injects Readability into `sender`'s frame; the reply says whether it is there. */
export async function injectReadability(sender: Runtime.MessageSender): Promise<LoadReadabilityReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'The reader is not in a tab.' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['readability.js'] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
