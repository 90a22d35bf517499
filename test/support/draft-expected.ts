/**
 * A DRAFT expected.json for a new fixture, filled from what Liseuse extracts today
 * plus the junk found in the source. It carries `"draft": true`, which fails every
 * test until a person has read the source, corrected the draft and removed the flag:
 * a draft records current behaviour, not the truth.
 */
import { sanitizeArticleContent } from '../../src/reader/pipeline/sanitize';
import type { Article } from '../../src/shared/article';
import type { Expected } from './fixtures';
import { junkInSource } from './source-junk';

/** How many characters of a paragraph a snippet keeps: enough to be unique. */
const snippetLength = 24;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The texts a reviewer checks first: opening and closing paragraphs, subheadings, captions. */
function bodySnippets(body: Element): string[] {
  const paragraphs = Array.from(body.querySelectorAll('p'))
    .filter((p) => !p.closest('figure'))
    .map((p) => squash(p.textContent))
    .filter((t) => t.length > 0);
  const subheadings = Array.from(body.querySelectorAll('h2, h3, h4, p > strong:only-child, p > b:only-child'))
    .map((el) => squash(el.textContent))
    .filter((t) => t.length > 0 && t.length <= 40);
  // A caption's opening words and its end, which is where RFI and BBC put the credit.
  const captions = Array.from(body.querySelectorAll('figcaption, small'))
    .map((el) => squash(el.textContent))
    .filter(Boolean)
    .flatMap((t) => (t.length > snippetLength ? [t.slice(0, snippetLength), t.slice(-snippetLength)] : [t]));
  const first = paragraphs.find((t) => !subheadings.includes(t));
  const last = paragraphs.at(-1);
  const out = [first?.slice(0, snippetLength), ...subheadings, ...captions, last?.slice(-snippetLength)];
  return [...new Set(out.filter((s): s is string => !!s))];
}

/** The draft expected file for `source`, as Liseuse reads it now. */
export function draftExpected(source: string, article: Article | undefined, url?: string): Expected {
  if (!article) return { draft: true, ...(url ? { url } : {}), article: false };
  const body = document.createElement('div');
  body.append(sanitizeArticleContent(article.content));
  // Only a marked lead (RFI's chapô, a publisher's standfirst) is checked as the lead.
  const firstParagraph = body.querySelector('p[data-liseuse-lead]') ? squash(body.querySelector('p')?.textContent) : '';
  const images = Array.from(body.querySelectorAll('img')).map((i) => i.getAttribute('src') ?? '');
  const audio = Array.from(body.querySelectorAll('audio')).map((a) => a.getAttribute('src') ?? '');
  return {
    draft: true,
    ...(url ? { url } : {}),
    article: true,
    title: article.title,
    published: article.published,
    ...(article.updated ? { updated: article.updated } : {}),
    sourceUrl: article.sourceUrl,
    siteName: article.siteName,
    ...(article.via ? { via: article.via } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    lang: article.lang,
    dir: article.dir,
    ...(firstParagraph ? { leadStartsWith: firstParagraph.slice(0, snippetLength) } : {}),
    ...(images.length ? { image: images[0] } : {}),
    ...(images.length > 1 ? { images } : {}),
    mustContain: bodySnippets(body),
    // A related link's title left in the text would mean the list was not taken out.
    mustNotContain: [...junkInSource(source), ...article.related.slice(0, 1).map((r) => r.title)],
    ...(article.related.length ? { related: article.related.map((r) => r.url) } : {}),
    ...(audio.length ? { audio } : {}),
  };
}
