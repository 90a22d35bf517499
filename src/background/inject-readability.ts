/**
 * Injects Readability (dist/readability.js) into the frame of a reader that asks
 * for it (src/reader/load-readability.ts).
 */
import type { Runtime } from 'webextension-polyfill';
import type { LoadReadabilityReply } from '../shared/messages';
import { injectFile } from './inject-file';

/** Injects Readability into `sender`'s frame; the reply says whether it is there. */
export function injectReadability(sender: Runtime.MessageSender): Promise<LoadReadabilityReply> {
  return injectFile(sender, 'readability.js');
}
