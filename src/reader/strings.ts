/**
 * The reader's interface strings, from `_locales` through browser.i18n, so they
 * follow the browser's language (en, fr, zh_CN, zh_TW, fa).
 */
import browser from '../shared/browser';
import type { ReaderStringKey } from './string-keys';

/**
 * Strings without substitutions, once looked up: the toolbar alone asks for
 * about 30 on every open, and in Firefox each getMessage call from a content
 * script goes through the WebExtension API layer. The interface language does
 * not change while a page is open.
 */
const plain = new Map<ReaderStringKey, string>();

/** The localised string for `key`, with `$1`… substituted. */
export function t(key: ReaderStringKey, ...substitutions: string[]): string {
  if (substitutions.length) return browser.i18n.getMessage(key, substitutions) || key;
  let s = plain.get(key);
  if (s === undefined) plain.set(key, (s = browser.i18n.getMessage(key) || key));
  return s;
}

/** The browser's interface language, for formatting dates. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
