/**
 * The options page's strings, from `_locales` through browser.i18n like the
 * reader's; it also shows the reader's setting names, so it accepts both key sets.
 */
import browser from '../shared/browser';
import type { OptionsStringKey, ReaderStringKey } from '../reader/string-keys';

/** The localised string for `key`, with `$1`… substituted. */
export function t(key: OptionsStringKey | ReaderStringKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
