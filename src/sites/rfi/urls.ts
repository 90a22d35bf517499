/**
 * Which rfi.fr addresses are articles. Shapes from docs/rfi-pages.md:
 * `/<edition>/<section>/<YYYYMMDD>-<slug>`, columns `/cn/专栏检索/<column>/<date>-<slug>`,
 * old links with a double slash (`http://www.rfi.fr//cn/...`), and AFP wires whose
 * address has no date (`//cn/全球需求增-国际油价陡升`, seen in feedx item rfi-1030000;
 * `/fr/en-bref/<slug>` is a guess, see test/fixtures/rfi/fr-afp-wire).
 */
import { pathSegments, type UrlRule } from '../url-rule';
import { rfiEditions } from './editions';

/** Articles live on www.rfi.fr (and the bare domain); RFI's other subdomains are other sites. */
const isRfiHost = (url: URL) => /^(www\.)?rfi\.fr$/.test(url.hostname);

/** Path segments of an rfi.fr URL inside a known edition, else undefined. */
function editionPath(url: URL): string[] | undefined {
  if (!isRfiHost(url)) return undefined;
  const segments = pathSegments(url);
  return segments[0] !== undefined && Object.hasOwn(rfiEditions, segments[0]) ? segments : undefined;
}

const dated = (segment: string | undefined) => segment !== undefined && /^(19|20)\d{6}-./.test(segment);

// Second segments that open listings rather than articles, in the editions' words.
const columnIndexes = new Set(['专栏检索', '專欄檢索']);
const tagIndexes = new Set(['tag', 'tags', '关键词', '關鍵詞', 'برچسب']);
const authorIndexes = new Set(['auteur', 'auteurs', 'author', 'authors', 'autor', '作者', 'نویسنده']);
const programmeIndexes = new Set(['podcasts', 'émissions', 'emissions', 'programmes', 'programs', '节目', '節目']);
const archiveIndexes = new Set(['archives', 'archive', '档案', '檔案']);
const listingIndexes = new Set([...tagIndexes, ...authorIndexes, ...programmeIndexes, ...archiveIndexes]);

/**
 * A dateless wire slug: several words joined by hyphens, unlike section names
 * (`中国`, `moyen-orient`). Latin slugs need four words; CJK ones a hyphen and six
 * Han characters.
 */
function looksLikeWireSlug(segment: string): boolean {
  if (!segment.includes('-')) return false;
  const han = segment.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 6 || segment.split('-').filter(Boolean).length >= 4;
}

/** A dateless wire address: `/<edition>/<slug>` or `/<edition>/<section>/<slug>`. */
function isWirePath(s: string[], url: URL): boolean {
  return (
    (s.length === 2 || s.length === 3) &&
    !url.pathname.endsWith('/') &&
    !listingIndexes.has(s[1]!) &&
    !columnIndexes.has(s[1]!) &&
    !dated(s.at(-1)) &&
    looksLikeWireSlug(s.at(-1)!)
  );
}

/** URL rules of rfi.fr, most specific first. */
export const rfiUrlRules: readonly UrlRule[] = [
  {
    kind: 'article',
    article: true,
    test(url) {
      const s = editionPath(url);
      return !!s && s.length >= 3 && dated(s.at(-1)) && !columnIndexes.has(s[1]!);
    },
    testUrls: [
      'https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/20230928-%E5%8D%8E%E6%97%A5-%E4%B8%AD%E7%BE%8E%E4%BC%9A%E8%B0%88%E5%8A%BF%E5%A4%B4%E5%BC%BA%E5%8A%B2-%E4%B8%BA%E6%8B%9C%E7%99%BB%E5%92%8C%E4%B9%A0%E8%BF%91%E5%B9%B3%E5%B3%B0%E4%BC%9A%E9%93%BA%E8%B7%AF',
      'https://www.rfi.fr/fr/afrique/20231115-s%C3%A9n%C3%A9gal-le-gouvernement-annonce-un-plan',
      'https://www.rfi.fr/en/middle-east/20240131-gaza-talks-resume-in-paris',
      'https://www.rfi.fr/fa/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/20231002-%D8%AE%D8%A8%D8%B1',
      'https://www.rfi.fr/tw/%E4%B8%AD%E5%9C%8B/20231125-%E5%8C%97%E4%BA%AC',
      'http://www.rfi.fr//cn/contenu/20200720-%E5%BE%B74%E9%82%A6',
      'https://www.rfi.fr/en/podcasts/international-report/20231115-china-us-summit',
      'https://rfi.fr/vi/ch%C3%A2u-%C3%A1/20231002-tin-tuc?utm_source=x#top',
    ],
  },
  {
    kind: 'column-article',
    article: true,
    test(url) {
      const s = editionPath(url);
      return !!s && s.length >= 4 && columnIndexes.has(s[1]!) && dated(s.at(-1));
    },
    testUrls: [
      'https://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E6%B3%95%E5%9B%BD%E6%8A%A5%E7%BA%B8%E6%91%98%E8%A6%81/20231115-%E6%97%A8%E5%9C%A8%E7%BC%93%E8%A7%A3',
      'http://www.rfi.fr//cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E4%B8%9C%E4%BA%AC%E4%B8%93%E6%A0%8F/20201216-%E8%8F%85%E4%B9%89%E4%BC%9F',
    ],
  },
  {
    kind: 'wire',
    article: true,
    test(url) {
      const s = editionPath(url);
      return !!s && isWirePath(s, url);
    },
    testUrls: [
      'http://www.rfi.fr//cn/%E5%85%A8%E7%90%83%E9%9C%80%E6%B1%82%E5%A2%9E-%E5%9B%BD%E9%99%85%E6%B2%B9%E4%BB%B7%E9%99%A1%E5%8D%87',
      'https://www.rfi.fr/fr/le-prix-du-p%C3%A9trole-grimpe-encore',
      // Shape guessed for the hand-made fixture rfi/fr-afp-wire (see its comment).
      'https://www.rfi.fr/fr/en-bref/indon%C3%A9sie-un-s%C3%A9isme-de-magnitude-6-1-secoue-l-%C3%AEle-de-sulawesi',
    ],
  },
  {
    kind: 'home',
    article: false,
    test(url) {
      if (!isRfiHost(url)) return false;
      const s = pathSegments(url);
      return s.length === 0 || (s.length === 1 && Object.hasOwn(rfiEditions, s[0]!));
    },
    testUrls: ['https://www.rfi.fr/', 'https://www.rfi.fr/cn/', 'https://www.rfi.fr/fa', 'https://www.rfi.fr/fr/?page=2'],
  },
  {
    kind: 'listing',
    article: false,
    test(url) {
      const s = editionPath(url);
      return !!s && s.length >= 2 && listingIndexes.has(s[1]!) && !dated(s.at(-1));
    },
    testUrls: [
      'https://www.rfi.fr/cn/%E5%85%B3%E9%94%AE%E8%AF%8D/%E4%B9%A0%E8%BF%91%E5%B9%B3/',
      'https://www.rfi.fr/fr/tag/guerre-en-ukraine-et-russie/',
      'https://www.rfi.fr/fr/auteur/jean-dupont/',
      'https://www.rfi.fr/en/podcasts/international-report/',
      'https://www.rfi.fr/fr/archives/2023/09/',
    ],
  },
  {
    kind: 'section-front',
    article: false,
    test(url) {
      const s = editionPath(url);
      if (!s || s.length < 2 || dated(s.at(-1)) || listingIndexes.has(s[1]!)) return false;
      return !isWirePath(s, url);
    },
    testUrls: [
      'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/',
      'https://www.rfi.fr/fr/moyen-orient/',
      'https://www.rfi.fr/en/africa',
      'https://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E6%B3%95%E5%9B%BD%E6%8A%A5%E7%BA%B8%E6%91%98%E8%A6%81/',
    ],
  },
];

/** The rule an rfi.fr URL matches, if any. */
export function classifyRfiUrl(url: URL): UrlRule | undefined {
  return rfiUrlRules.find((r) => r.test(url));
}

/** Whether a URL is an rfi.fr article address (any edition, any period). */
export function isRfiArticleUrl(url: URL): boolean {
  return classifyRfiUrl(url)?.article === true;
}
