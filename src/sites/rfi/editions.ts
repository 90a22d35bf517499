/**
 * RFI's language editions: the first path segment of www.rfi.fr URLs and what each
 * edition's pages are written in. Source: docs/rfi-pages.md (hreflang list).
 */

/** One edition of rfi.fr. */
export interface RfiEdition {
  /** BCP 47 tag of the edition's articles; script subtags for Chinese so that
   * browsers pick Chinese rather than Japanese glyphs. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Editions by their URL path segment. (The Romanian edition lives on rfi.ro.) */
export const rfiEditions: Readonly<Record<string, RfiEdition>> = {
  fr: { lang: 'fr', dir: 'ltr' },
  en: { lang: 'en', dir: 'ltr' },
  es: { lang: 'es', dir: 'ltr' },
  pt: { lang: 'pt', dir: 'ltr' },
  br: { lang: 'pt-BR', dir: 'ltr' },
  ha: { lang: 'ha', dir: 'ltr' },
  sw: { lang: 'sw', dir: 'ltr' },
  ma: { lang: 'bm', dir: 'ltr' },
  ff: { lang: 'ff', dir: 'ltr' },
  ru: { lang: 'ru', dir: 'ltr' },
  uk: { lang: 'uk', dir: 'ltr' },
  vi: { lang: 'vi', dir: 'ltr' },
  cn: { lang: 'zh-Hans', dir: 'ltr' },
  tw: { lang: 'zh-Hant', dir: 'ltr' },
  km: { lang: 'km', dir: 'ltr' },
  fa: { lang: 'fa', dir: 'rtl' },
};

/** The edition of an rfi.fr URL, or undefined when the path does not start with one. */
export function rfiEditionOf(url: URL): RfiEdition | undefined {
  const first = url.pathname.split('/').find(Boolean);
  return first !== undefined && Object.hasOwn(rfiEditions, first) ? rfiEditions[first] : undefined;
}
