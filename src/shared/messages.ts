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

/** The background's answer to LoadReadabilityMessage (and LoadReadAloudMessage). */
export type LoadReadabilityReply = { ok: true } | { ok: false; error: string };

/**
 * The reader's first press of "read aloud" (src/reader/read-aloud/load-read-aloud.ts):
 * the background injects the read-aloud bundle into the sender's frame and answers
 * once it is there, as for Readability.
 */
export interface LoadReadAloudMessage {
  type: 'liseuse:load-read-aloud';
}

/**
 * The reader bundle, as it starts, asks for the settings and its interface
 * strings in one message (src/reader/reader-settings.ts), answered by
 * src/background/reader-setup.ts.
 */
export interface ReaderSetupMessage {
  type: 'liseuse:reader-setup';
}

/**
 * Stands for a string's `$1`…`$9` in ReaderSetupReply.strings: the mark, then the
 * digit. A private-use character, never in a translation.
 */
export const SUBSTITUTION_MARK = '\uE000';

/** The background's answer to ReaderSetupMessage. */
export interface ReaderSetupReply {
  /** The stored settings (the reader validates them again); absent when storage failed. */
  settings?: Record<string, unknown>;
  /** Every reader string (src/reader/string-keys.ts) in the interface language, substitutions marked with SUBSTITUTION_MARK. */
  strings: Record<string, string>;
  /** The browser's interface language (i18n.getUILanguage()). */
  locale: string;
}

/** Every message the background receives. */
export type MessageToBackground = DetectedMessage | OpenOptionsMessage | LoadReadabilityMessage | LoadReadAloudMessage | ReaderSetupMessage;

/** Type guard for messages sent by our own content scripts. */
export function isMessageToBackground(value: unknown): value is MessageToBackground {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return (
    type === 'liseuse:detected' ||
    type === 'liseuse:open-options' ||
    type === 'liseuse:load-readability' ||
    type === 'liseuse:load-read-aloud' ||
    type === 'liseuse:reader-setup'
  );
}
