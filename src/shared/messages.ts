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

/** The background's answer to a request for a file in the sender's frame. */
export type InjectionReply = LoadReadabilityReply;

/**
 * The reader needs the converter to one Chinese script
 * (src/reader/chinese-script/load-converter.ts): the background injects that
 * direction's file into the sender's frame and answers once it is there.
 */
export interface LoadChineseConverterMessage {
  type: 'liseuse:load-chinese-converter';
  /** To simplified (`hans`) or traditional (`hant`) characters. */
  script: 'hans' | 'hant';
}

/** Where the reader was in an article (src/reader/reading-position/position.ts); see ReadingPosition there. */
export interface StoredPosition {
  /** Index of the body block at the top of the view. */
  block: number;
  /** How far that block was scrolled past the top, as a fraction of its height. */
  within: number;
  /** A hash of the block's text, to find it again in another wrapping of the article. */
  text: number;
  /** How far down the whole reader was, 0 to 1: the fallback. */
  fraction: number;
}

/** The reader asks, after its first paint, where the reader was in an article. */
export interface GetPositionMessage {
  type: 'liseuse:get-position';
  /** The article's original address (Article.sourceUrl). */
  url: string;
}

/** The background's answer to GetPositionMessage: the stored position, if any. */
export type GetPositionReply = StoredPosition | undefined;

/** The reader reports where it is (on scroll, close and page hide), or that it is back at the top (`position` absent). */
export interface SavePositionMessage {
  type: 'liseuse:save-position';
  url: string;
  position?: StoredPosition;
}

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
export type MessageToBackground =
  | DetectedMessage
  | OpenOptionsMessage
  | LoadReadabilityMessage
  | LoadReadAloudMessage
  | ReaderSetupMessage
  | LoadChineseConverterMessage
  | GetPositionMessage
  | SavePositionMessage;

const messageTypes: readonly string[] = [
  'liseuse:detected',
  'liseuse:open-options',
  'liseuse:load-readability',
  'liseuse:load-read-aloud',
  'liseuse:reader-setup',
  'liseuse:load-chinese-converter',
  'liseuse:get-position',
  'liseuse:save-position',
] satisfies MessageToBackground['type'][];

/** Type guard for messages sent by our own content scripts. */
export function isMessageToBackground(value: unknown): value is MessageToBackground {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' && messageTypes.includes(type);
}
