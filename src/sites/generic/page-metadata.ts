/**
 * Metadata an article page declares about itself: JSON-LD NewsArticle, Open Graph
 * and `article:*` meta tags, `<html lang dir>`. Read from the page, never trusted
 * as HTML: every value is used as text.
 */

/** The fields Liseuse reads from a page's declared metadata. */
export interface PageMetadata {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  siteName?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The page's own address as it declares it (canonical link, else og:url). */
  canonical?: string;
}

type JsonLd = Record<string, unknown>;

function* jsonLdObjects(value: unknown): Generator<JsonLd> {
  if (Array.isArray(value)) for (const v of value) yield* jsonLdObjects(v);
  else if (value && typeof value === 'object') {
    yield value as JsonLd;
    if ('@graph' in value) yield* jsonLdObjects((value as JsonLd)['@graph']);
  }
}

function newsArticle(doc: Document): JsonLd | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      for (const obj of jsonLdObjects(JSON.parse(script.textContent ?? ''))) {
        const type = obj['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /(News|Blog)?Article|ReportageNewsArticle/.test(t))) return obj;
      }
    } catch {
      // Broken JSON-LD is common; the other sources still count.
    }
  }
  return undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const meta = (doc: Document, name: string) =>
  str(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content'));

/** Normalises a language tag: zh-CN → zh-Hans, zh-TW/HK → zh-Hant, fa-IR → fa. */
export function normaliseLang(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const t = tag.trim().replace('_', '-');
  if (/^zh-(Hans|CN|SG)\b/i.test(t)) return 'zh-Hans';
  if (/^zh-(Hant|TW|HK|MO)\b/i.test(t)) return 'zh-Hant';
  if (/^zh$/i.test(t)) return undefined; // a bare zh says nothing about the script
  if (/^[a-z]{2,3}-(IR|AF)$/i.test(t)) return t.slice(0, t.indexOf('-')).toLowerCase();
  return t || undefined;
}

/** Reads what the page declares about its article. */
export function readPageMetadata(doc: Document): PageMetadata {
  const ld = newsArticle(doc);
  const authorsLd = ld?.author;
  const authors = (Array.isArray(authorsLd) ? authorsLd : authorsLd ? [authorsLd] : [])
    .map((a) => (typeof a === 'string' ? a : str((a as JsonLd).name)))
    .filter((a): a is string => !!a);
  const html = doc.documentElement;
  const dir = html.getAttribute('dir')?.toLowerCase();
  return {
    headline: str(ld?.headline) ?? meta(doc, 'og:title'),
    datePublished: str(ld?.datePublished) ?? meta(doc, 'article:published_time'),
    dateModified: str(ld?.dateModified) ?? meta(doc, 'article:modified_time'),
    authors,
    siteName: meta(doc, 'og:site_name'),
    lang: normaliseLang(html.getAttribute('lang') ?? meta(doc, 'og:locale')),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : undefined,
    canonical: str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta(doc, 'og:url'),
  };
}

/**
 * The article's original address: the canonical one the page declares (a
 * mirrored or archived copy still names the original), else the page's own. A
 * canonical that names a site's home page rather than an article is not taken.
 */
export function originalAddress(meta: PageMetadata, pageUrl: URL): URL {
  try {
    const canonical = new URL(meta.canonical ?? '', pageUrl);
    return /^https?:$/.test(canonical.protocol) && canonical.pathname.length > 1 ? canonical : pageUrl;
  } catch {
    return pageUrl;
  }
}
