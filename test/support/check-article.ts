/**
 * Compares an extracted article with a fixture's expected.json and lists every
 * difference a reader would notice, in words. Used by the unit tests and by
 * `npm run fidelity`; the browser tests check the same fields on the overlay.
 */
import type { Article } from '../../src/shared/article';
import type { Expected } from './fixtures';

/** The article body as a user sees it: text and markup of the sanitised content. */
export interface ShownBody {
  text: string;
  html: string;
  firstParagraph: string;
  images: string[];
  audio: string[];
  bold: string[];
}

/** Reads a sanitised body element the way the checks need it. */
export function shownBody(body: Element): ShownBody {
  const paragraphs = Array.from(body.querySelectorAll('p'))
    .map((p) => (p.textContent ?? '').trim())
    .filter(Boolean);
  return {
    text: (body.textContent ?? '').replace(/\s+/g, ' '),
    html: body.innerHTML,
    firstParagraph: paragraphs[0] ?? '',
    images: Array.from(body.querySelectorAll('img')).map((i) => i.getAttribute('src') ?? ''),
    audio: Array.from(body.querySelectorAll('audio')).map((a) => a.getAttribute('src') ?? ''),
    bold: Array.from(body.querySelectorAll('strong, b')).map((b) => (b.textContent ?? '').trim()),
  };
}

const same = (label: string, got: unknown, want: unknown, out: string[]) => {
  if (want !== undefined && got !== want) out.push(`${label}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
};

/** An Article without its content element: the shown body (ShownBody) stands for it. */
export type ArticleFields = Omit<Article, 'content'>;

/** Every way `article` (with its shown body) differs from `expected`; empty when right. */
export function articleProblems(article: ArticleFields | undefined, body: ShownBody | undefined, expected: Expected): string[] {
  const out: string[] = [];
  // A draft records what the code does today, not what is right: never a pass.
  if (expected.draft) out.push('draft: expected.json has not been reviewed (remove "draft": true once it is right)');
  if (!expected.article) {
    if (article) out.push(`found an article ("${article.title}") on a page that has none`);
    return out;
  }
  if (!article || !body) return ['no article found'];
  same('title', article.title, expected.title, out);
  same('published', article.published, expected.published, out);
  same('updated', article.updated, expected.updated, out);
  same('source', article.sourceUrl, expected.sourceUrl ?? expected.url, out);
  same('site', article.siteName, expected.siteName, out);
  same('via', article.via, expected.via, out);
  same('byline', article.byline, expected.byline, out);
  same('lang', article.lang, expected.lang, out);
  same('dir', article.dir, expected.dir, out);
  if (expected.leadStartsWith && !body.firstParagraph.startsWith(expected.leadStartsWith)) {
    out.push(`lead: first paragraph is "${body.firstParagraph.slice(0, 40)}…"`);
  }
  for (const src of [expected.image, ...(expected.images ?? [])]) if (src && !body.images.includes(src)) out.push(`image missing: ${src}`);
  for (const s of expected.mustContain ?? []) if (!body.text.includes(s)) out.push(`missing text: ${s}`);
  for (const s of expected.mustNotContain ?? []) {
    if (body.text.includes(s) || body.html.includes(s)) out.push(`junk left: ${s}`);
  }
  for (const s of expected.boldSubheadings ?? []) if (!body.bold.includes(s)) out.push(`subheading not bold: ${s}`);
  for (const url of expected.related ?? []) if (!article.related.some((r) => r.url === url)) out.push(`related link missing: ${url}`);
  for (const url of expected.audio ?? []) if (!body.audio.includes(url)) out.push(`audio missing: ${url}`);
  return out;
}
