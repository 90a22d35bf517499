/**
 * Messages between the contexts, as one typed map.
 *
 * Kept free of imports so the page-load detector can use it at no size cost.
 */

/** The detector tells the background whether the page it runs on is an article. */
export interface DetectedMessage {
  type: 'liseuse:detected';
  article: boolean;
}

/** The reader's toolbar asks for the options page (content scripts cannot open it themselves). */
export interface OpenOptionsMessage {
  type: 'liseuse:open-options';
}

/**
 * The reader needs Readability on this page (src/reader/load-readability.ts): the
 * background injects it into the sender's frame and answers once it is there.
 */
export interface LoadReadabilityMessage {
  type: 'liseuse:load-readability';
}

/** The background's answer to LoadReadabilityMessage. */
export type LoadReadabilityReply = { ok: true } | { ok: false; error: string };

/** Every message the background receives. */
export type MessageToBackground = DetectedMessage | OpenOptionsMessage | LoadReadabilityMessage;

/** Type guard for messages sent by our own content scripts. */
export function isMessageToBackground(value: unknown): value is MessageToBackground {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === 'liseuse:detected' || type === 'liseuse:open-options' || type === 'liseuse:load-readability';
}
