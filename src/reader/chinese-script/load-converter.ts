/**
 * The converters to one script, loaded the first time a reader asks for them:
 * the background injects that direction's file (src/background/inject-chinese-converter.ts)
 * into this content-script world, as it does Readability (src/reader/load-readability.ts).
 * Nothing of it is in the reader bundle; later conversions on the page find it here.
 */
import browser from '../../shared/browser';
import type { LoadChineseConverterMessage, InjectionReply } from '../../shared/messages';
import type { ScriptConverters } from './converters';
import type { ChineseScript } from './script-of';

const loading = new Map<ChineseScript, Promise<ScriptConverters>>();

/** The converters to `script`, injected once however many ask; rejects with the reason when they cannot be (the next ask tries again). */
export function loadConverters(script: ChineseScript): Promise<ScriptConverters> {
  let load = loading.get(script);
  if (!load) {
    load = request(script).catch((error: unknown) => {
      loading.delete(script);
      throw error;
    });
    loading.set(script, load);
  }
  return load;
}

async function request(script: ChineseScript): Promise<ScriptConverters> {
  const present = globalThis.__liseuseChinese?.[script];
  if (present) return present;
  const message: LoadChineseConverterMessage = { type: 'liseuse:load-chinese-converter', script };
  const reply = (await browser.runtime.sendMessage(message)) as InjectionReply | undefined;
  if (reply && !reply.ok) throw new Error(reply.error);
  const converters = globalThis.__liseuseChinese?.[script];
  if (!converters) throw new Error('The Chinese converter was not loaded.');
  return converters;
}
