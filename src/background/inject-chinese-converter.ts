/**
 * Injects the converter to one Chinese script into the frame of a reader that
 * asks for it (src/reader/chinese-script/load-converter.ts): the files are
 * built from src/reader/chinese-script/to-*.ts, one per direction, so a reader
 * of traditional articles who wants simplified characters loads about 100 KB,
 * not the 1 MB of simplified → traditional phrases.
 */
import type { Runtime } from 'webextension-polyfill';
import type { InjectionReply, LoadChineseConverterMessage } from '../shared/messages';
import { injectFile } from './inject-file';

const files: Record<LoadChineseConverterMessage['script'], string> = {
  hans: 'chinese-simplified.js',
  hant: 'chinese-traditional.js',
};

/** Injects the converter to `message.script` into `sender`'s frame; the reply says whether it is there. */
export function injectChineseConverter(message: LoadChineseConverterMessage, sender: Runtime.MessageSender): Promise<InjectionReply> {
  const file = Object.hasOwn(files, message.script) ? files[message.script] : undefined;
  if (!file) return Promise.resolve({ ok: false, error: `No converter to ${String(message.script)}.` });
  return injectFile(sender, file);
}
