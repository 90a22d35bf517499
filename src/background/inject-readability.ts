/**
 * Injects Readability (dist/readability.js) into the frame of a reader that asks
 * for it (src/reader/load-readability.ts), and the read-aloud bundle
 * (dist/read-aloud.js) when the reader first reads aloud
 * (src/reader/read-aloud/load-read-aloud.ts). The grant that let the reader in,
 * the user's click (activeTab) or a host permission, still holds for that document.
 */
import type { Runtime } from 'webextension-polyfill';
import type { LoadReadabilityReply } from '../shared/messages';
import { injectFile } from './inject-file';

/** Injects Readability into `sender`'s frame; the reply says whether it is there. */
export function injectReadability(sender: Runtime.MessageSender): Promise<LoadReadabilityReply> {
  return injectFile(sender, 'readability.js');
}

/** Injects the read-aloud bundle into `sender`'s frame; the reply says whether it is there. */
export function injectReadAloud(sender: Runtime.MessageSender): Promise<LoadReadabilityReply> {
  return injectFile(sender, 'read-aloud.js');
}
