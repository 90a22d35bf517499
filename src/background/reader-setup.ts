/**
 * Answers the reader bundle's first question on a page (src/reader/reader-settings.ts):
 * the settings and every interface string, in one reply. Asked here, the storage
 * read and the i18n lookups run in the background while the page is read, and the
 * reader's world never touches the storage or i18n API before its first paint: in
 * Firefox a content script's first use of each sets it up, and each lookup
 * crosses the API layer. Nothing is kept between questions: caching here gained nothing.
 */
import browser from '../shared/browser';
import { SUBSTITUTION_MARK, type ReaderSetupReply } from '../shared/messages';
import { settings } from '../shared/settings';
import { readerStringKeys } from '../reader/string-keys';

/** `$1`…`$9`, marked for the reader to fill in (src/reader/strings.ts). */
const marks = Array.from({ length: 9 }, (_, i) => `${SUBSTITUTION_MARK}${i + 1}`);

/** The settings (absent if storage fails: the reader then shows the defaults), strings and interface language. */
export async function readerSetup(): Promise<ReaderSetupReply> {
  const strings: Record<string, string> = {};
  for (const key of readerStringKeys) strings[key] = browser.i18n.getMessage(key, marks);
  const stored = await settings.get().catch((error: unknown) => {
    console.warn('Liseuse could not read its settings:', error);
    return undefined;
  });
  return { ...(stored ? { settings: stored } : {}), strings, locale: browser.i18n.getUILanguage() };
}
