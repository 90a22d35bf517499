/**
 * Publishers feedx republishes, by the host of the original article: the name the
 * reader shows and the language their items are in when the address does not say.
 */
export interface Publisher {
  name: string;
  /** Language when nothing more specific is known. */
  lang: string;
}

/** Publishers by host suffix (the first that ends the host wins). */
export const publishers: readonly (Publisher & { host: string })[] = [
  { host: 'rfi.fr', name: 'RFI', lang: 'fr' },
  { host: 'bbc.com', name: 'BBC', lang: 'zh-Hans' },
  { host: 'bbc.co.uk', name: 'BBC', lang: 'en' },
  { host: 'cna.com.tw', name: 'CNA', lang: 'zh-Hant' },
  { host: 'dw.com', name: 'DW', lang: 'zh-Hans' },
  { host: 'economist.com', name: 'The Economist', lang: 'en' },
  { host: 'ft.com', name: 'FT', lang: 'zh-Hans' },
  { host: 'nytimes.com', name: 'The New York Times', lang: 'zh-Hans' },
  { host: 'reuters.com', name: 'Reuters', lang: 'zh-Hans' },
  { host: 'voachinese.com', name: 'VOA', lang: 'zh-Hans' },
];

/** The publisher of an original article URL; unknown hosts get their own name. */
export function publisherOf(url: URL): Publisher {
  const host = url.hostname.replace(/^www\./, '');
  const known = publishers.find((p) => host === p.host || host.endsWith(`.${p.host}`));
  return known ?? { name: host, lang: '' };
}
