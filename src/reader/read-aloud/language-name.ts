/** A language's name for the reader, kept apart so that the reader bundle and the options page need nothing else of reading aloud. */

/** `lang`'s name in the interface language `locale` ("Traditional Chinese", "persan"), or the tag itself. */
export function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
