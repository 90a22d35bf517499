/**
 * The reader's interface strings, from `_locales` through browser.i18n, so they
 * follow the browser's language (en, fr, zh_CN, zh_TW, fa). They come with the
 * settings from the background (src/reader/reader-settings.ts) as the bundle
 * starts; until then, or if that fails, each is looked up here.
 */
import browser from '../shared/browser';
import { SUBSTITUTION_MARK } from '../shared/messages';
import type { ReaderStringKey } from './string-keys';

/**
 * Strings without substitutions, once looked up: the toolbar alone asks for
 * about 30 on every open, and in Firefox each getMessage call from a content
 * script goes through the WebExtension API layer. The interface language does
 * not change while a page is open.
 */
const plain = new Map<ReaderStringKey, string>();

/** The background's strings (src/background/reader-setup.ts), `$1`… marked. */
let given: Readonly<Record<string, unknown>> | undefined;
let givenLocale: string | undefined;

const marked = new RegExp(`${SUBSTITUTION_MARK}([1-9])`, 'g');

/** Takes the strings and interface language the background sent; anything that is not a string is ignored. */
export function provideStrings(strings: unknown, locale: unknown): void {
  if (typeof strings === 'object' && strings !== null) given = strings as Record<string, unknown>;
  if (typeof locale === 'string' && locale) givenLocale = locale;
}

/** The localised string for `key`, with `$1`… substituted. */
export function t(key: ReaderStringKey, ...substitutions: string[]): string {
  const template = given?.[key];
  if (typeof template === 'string' && template) return template.replace(marked, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  if (substitutions.length) return browser.i18n.getMessage(key, substitutions) || key;
  let s = plain.get(key);
  if (s === undefined) plain.set(key, (s = browser.i18n.getMessage(key) || key));
  return s;
}

/** The browser's interface language, for formatting dates. */
export function uiLocale(): string {
  return givenLocale ?? browser.i18n.getUILanguage();
}
