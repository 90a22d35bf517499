/**
 * Injects one of the extension's own files into the frame of a reader that asks
 * for it (Readability, a Chinese converter). The grant that let the reader in,
 * the user's click (activeTab) or a host permission, still holds for that document.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { InjectionReply } from '../shared/messages';

/** Injects `file` (a name from this extension's build, never from a message) into `sender`'s frame; the reply says whether it is there. */
export async function injectFile(sender: Runtime.MessageSender, file: string): Promise<InjectionReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'The reader is not in a tab.' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
