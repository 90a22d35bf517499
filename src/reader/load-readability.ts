/**
 * Readability for the pages that need it. The reader bundle leaves Mozilla's
 * Readability out: rfi.fr articles, feedx items and pages with clear article
 * markup never use it, and compiling it on every first open delays the paint. A
 * page that needs it asks the background, which injects src/readability/index.ts
 * into this frame's content-script world; later opens on the page find it there.
 */
import browser from '../shared/browser';
import type { LoadReadabilityMessage, LoadReadabilityReply } from '../shared/messages';
import type { ReadabilityClass } from '../sites/adapter';

/** Readability, when it is already in this world. */
export function loadedReadability(): ReadabilityClass | undefined {
  return globalThis.__liseuseReadability;
}

/** The load under way, shared by an open and the one that follows a quick close. */
let loading: Promise<ReadabilityClass> | undefined;

/**
 * Has Readability injected into this frame, once however many opens ask while it
 * loads; rejects with the reason when it cannot be (a later open tries again).
 */
export function loadReadability(): Promise<ReadabilityClass> {
  loading ??= requestReadability().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function requestReadability(): Promise<ReadabilityClass> {
  const message: LoadReadabilityMessage = { type: 'liseuse:load-readability' };
  const reply = (await browser.runtime.sendMessage(message)) as LoadReadabilityReply | undefined;
  if (reply && !reply.ok) throw new Error(reply.error);
  const readability = loadedReadability();
  if (!readability) throw new Error('Readability was not loaded.');
  return readability;
}
