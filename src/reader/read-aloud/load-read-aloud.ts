/**
 * The read-aloud engine for the reader, loaded on the first press of its button:
 * the background injects dist/read-aloud.js (index.ts) into this frame's
 * content-script world, as it does Readability (src/reader/load-readability.ts);
 * later presses and opens on the page find it there.
 */
import browser from '../../shared/browser';
import type { LoadReadAloudMessage, LoadReadabilityReply } from '../../shared/messages';
import type { ReadAloudSession } from './read-aloud-session';

/** What the read-aloud bundle leaves in the world. */
export interface ReadAloudBundle {
  ReadAloudSession: typeof ReadAloudSession;
}

let loading: Promise<ReadAloudBundle> | undefined;

/** The engine, injected once however many presses ask while it loads; rejects with the reason (a later press tries again). */
export function loadReadAloud(): Promise<ReadAloudBundle> {
  const there = globalThis.__liseuseReadAloud;
  if (there) return Promise.resolve(there);
  loading ??= request().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function request(): Promise<ReadAloudBundle> {
  const message: LoadReadAloudMessage = { type: 'liseuse:load-read-aloud' };
  const reply = (await browser.runtime.sendMessage(message)) as LoadReadabilityReply | undefined;
  if (reply && !reply.ok) throw new Error(reply.error);
  const bundle = globalThis.__liseuseReadAloud;
  if (!bundle) throw new Error('The read-aloud code was not loaded.');
  return bundle;
}
