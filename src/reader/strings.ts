/**
 * The reader's interface strings, from `_locales` through browser.i18n, so they
 * follow the browser's language (en, fr, zh_CN, zh_TW, fa).
 */
import browser from '../shared/browser';
import type { ReaderStringKey } from './string-keys';

/** The localised string for `key`, with `$1`… substituted. */
export function t(key: ReaderStringKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's interface language, for formatting dates. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
