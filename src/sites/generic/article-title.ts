/**
 * The title of any other site's article, by the rules Firefox Reader View uses
 * (Readability 0.6.0: the JSON-LD Article's name or headline, then the title meta
 * tags, then the <title> with a site name cut off), so that Liseuse is right
 * wherever it is; then two steps where those rules leave a site's name in, or
 * nothing at all: a title whose part before a separator is the page's own
 * heading is cut there (test/fixtures/generic/docs-*), and a page that declares
 * no title takes the heading its text follows (generic/blog-no-title-element).
 * The article's own <h1> is never taken on trust: it may be "Read more" or the
 * site's name (generic/news-h1-*).
 */

const schemaOrg = /^https?:\/\/schema\.org\/?$/;
const articleTypes =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;

type Json = Record<string, unknown>;

const isArticle = (o: unknown): o is Json => {
  const type = (o as Json | null)?.['@type'];
  return typeof type === 'string' && articleTypes.test(type);
};

/** The first JSON-LD Article of the page, found the way Readability finds it (a schema.org context, the type on the object, in an array or in @graph). */
function jsonLdArticle(doc: Document): Json | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      let value: unknown = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
      if (Array.isArray(value)) value = value.find(isArticle);
      if (!value || typeof value !== 'object') continue;
      let obj = value as Json;
      const context = obj['@context'];
      const vocab = context && typeof context === 'object' ? (context as Json)['@vocab'] : undefined;
      if (!(typeof context === 'string' ? schemaOrg.test(context) : typeof vocab === 'string' && schemaOrg.test(vocab))) continue;
      if (!obj['@type'] && Array.isArray(obj['@graph'])) obj = (obj['@graph'] as unknown[]).find(isArticle) as Json;
      if (isArticle(obj)) return obj;
    } catch {
      // Broken JSON-LD is common; Readability skips it too.
    }
  }
  return undefined;
}

const words = (s: string) => s.split(/\s+/).length;

/** How much of `b`'s text is also in `a`, by words (Readability's measure). */
export function similarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!tokensA.length || !tokensB.length) return 0;
  const onlyB = tokensB.filter((t) => !tokensA.includes(t));
  return 1 - onlyB.join(' ').length / tokensB.join(' ').length;
}

/** The <title> with a site's name cut off after (or before) a separator, as Readability cuts it. */
function titleElementTitle(doc: Document): string {
  const original = doc.title.trim();
  let title = original;
  let hierarchical = false;
  if (/ [|\-\\/>»] /.test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const separators = Array.from(original.matchAll(/ [|\-\\/>»] /g));
    title = original.slice(0, separators[separators.length - 1]!.index);
    // Too short a head: the site's name came first, so the title is what follows it.
    if (words(title) < 3) title = original.replace(/^[^|\-\\/>»]*[|\-\\/>»]/, '');
  } else if (title.includes(': ')) {
    const isHeading = Array.from(doc.querySelectorAll('h1, h2')).some((h) => (h.textContent ?? '').trim() === title);
    if (!isHeading) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (words(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (words(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = doc.getElementsByTagName('h1');
    if (h1s.length === 1) title = (h1s[0]!.textContent ?? '').trim();
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  // Four words or fewer left: the cut probably went wrong, keep the whole.
  if (words(title) <= 4 && (!hierarchical || words(title) !== words(original.replace(/[|\-\\/>»]+/g, '')) - 1)) title = original;
  return title;
}

/** The title meta tags, in Readability's order of preference. */
function metaTitle(doc: Document): string | undefined {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const property = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/i.exec(
      meta.getAttribute('property') ?? '',
    );
    if (property) values.set(property[0].toLowerCase().replace(/\s/g, ''), content);
    else {
      const name = meta.getAttribute('name') ?? '';
      if (
        /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i.test(
          name,
        )
      )
        values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content);
    }
  }
  const keys = [
    'dc:title',
    'dcterm:title',
    'og:title',
    'weibo:article:title',
    'weibo:webpage:title',
    'title',
    'twitter:title',
    'parsely-title',
  ];
  return keys.map((k) => values.get(k)).find(Boolean);
}

const entities: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/** Character references a page escaped twice in a meta value (Readability decodes them too). */
const unescape = (s: string) =>
  s
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, name: string) => entities[name]!)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const n = parseInt(hex ?? dec!, hex ? 16 : 10);
      return String.fromCodePoint(n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? 0xfffd : n);
    });

/** The title Readability gives `doc`: JSON-LD, then meta tags, then the <title> element. */
export function readabilityTitle(doc: Document): string {
  const ld = jsonLdArticle(doc);
  let fromLd: string | undefined;
  if (ld) {
    const { name, headline } = ld;
    if (typeof name === 'string' && typeof headline === 'string' && name !== headline) {
      // A site may put its own name in "name": keep the one that matches the page's title.
      const page = titleElementTitle(doc);
      fromLd = similarity(headline, page) > 0.75 && !(similarity(name, page) > 0.75) ? headline : name;
    } else if (typeof name === 'string') fromLd = name.trim();
    else if (typeof headline === 'string') fromLd = headline.trim();
  }
  return unescape(fromLd || metaTitle(doc) || titleElementTitle(doc));
}

/** A heading's text as read: without its permalink (a "¶", "#" or zero-width link to itself, as docs generators add). */
function headingText(h: Element): string {
  const copy = h.cloneNode(true) as Element;
  for (const a of Array.from(copy.querySelectorAll('a[href^="#"]')))
    if (/^[\s¶§#\u200b-\u200d\ufeff]*$/.test(a.textContent ?? '')) a.remove();
  return (copy.textContent ?? '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Separators sites put between a title and their name, beyond Readability's: dashes, middle dot, underscore, double colon. */
const separator = /\s+[|\-–—\\/>»·:]{1,2}\s+|_/g;

/** The part of `title` before a separator when that part is one of the page's h1/h2 headings. */
function headingPart(doc: Document, title: string): string | undefined {
  const cuts = Array.from(title.matchAll(separator));
  if (!cuts.length) return undefined;
  const headings = new Set(Array.from(doc.querySelectorAll('h1, h2')).map((h) => headingText(h).toLowerCase()));
  for (const cut of cuts) {
    const head = title.slice(0, cut.index).trim();
    if (head && headings.has(head.toLowerCase())) return head;
  }
  return undefined;
}

/** The h1 or h2 last before the page's first long paragraph: the heading a page without any title shows over its text. */
function headingOverText(doc: Document): string | undefined {
  const first = Array.from(doc.getElementsByTagName('p')).find((p) => (p.textContent ?? '').trim().length >= 140);
  if (!first) return undefined;
  let found: string | undefined;
  for (const h of Array.from(doc.querySelectorAll('h1, h2'))) {
    if (!(h.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    found = headingText(h) || found;
  }
  return found;
}

/** The article's title on a page of a site Liseuse has no rules for ('' when the page names none). */
export function articleTitle(doc: Document): string {
  const title = readabilityTitle(doc).replace(/\s+/g, ' ').trim();
  if (!title) return headingOverText(doc) ?? '';
  return headingPart(doc, title) ?? title;
}

/** Whether heading text `b` repeats title `a`, ignoring case, spacing and a site name after it. */
const sameTitle = (a: string, b: string) => {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b) || norm(b).startsWith(`${norm(a)} `);
};

/**
 * Takes the title's copies out of `content`: every h1 or h2 that repeats it and,
 * unless `similarGone` (Readability has done that part), the first that mostly does.
 */
export function removeTitleCopies(content: Element, title: string, similarGone = false): void {
  for (const h of Array.from(content.querySelectorAll('h1, h2'))) {
    const text = h.textContent ?? '';
    if (sameTitle(title, text)) h.remove();
    else if (!similarGone && similarity(title, text) > 0.75) {
      h.remove();
      similarGone = true;
    }
  }
}
