/**
 * rfi.fr bodies are cleaned a part at a time as they are shown (Article.cleanBlocks,
 * src/reader/pipeline/body-parts.ts): the reader shows exactly what cleaning the whole body
 * first showed, and the reading time counts the same text.
 */
import { describe, expect, it } from 'vitest';
import { bodyParts } from '../../src/reader/pipeline/body-parts';
import { cleanArticleBlocks } from '../../src/reader/pipeline/clean-body';
import { extractArticle } from '../../src/reader/pipeline/extract-article';
import { readingMinutes } from '../../src/reader/reading-time';
import { sanitizeArticleContent } from '../../src/reader/pipeline/sanitize';
import { rfiCleanup } from '../../src/sites/rfi';
import { pageAt } from '../support/extract-in-jsdom';
import { fixtureCases } from '../support/fixtures';
import { longRfiArticle } from '../support/generated-pages';

const long = longRfiArticle(300, 40);
const pages = [
  ...fixtureCases('rfi')
    .filter((c) => c.expected!.article)
    .map((c) => ({ id: c.id, html: c.source, url: c.expected!.url! })),
  { id: 'long rfi.fr page (bench)', html: long.html, url: `https://www.rfi.fr${long.path}` },
];

/**
 * `html` as a browser with scripting on parses it, as the reader sees it: there
 * a <noscript>'s content is one text node of markup; jsdom always parses it as
 * elements.
 */
function pageAsBrowsersParseIt(html: string, url: string): Document {
  const doc = pageAt(html, url);
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) noscript.replaceChildren(noscript.innerHTML);
  return doc;
}

/** The article of `html`, its cleaning left for later. */
function deferred(html: string, url: string) {
  const article = extractArticle(pageAsBrowsersParseIt(html, url), url);
  if (!article || article === 'needs-readability' || !article.cleanBlocks) throw new Error('no rfi.fr article with deferred cleaning');
  return { ...article, cleanBlocks: article.cleanBlocks };
}

describe.each(pages)('$id', ({ html, url }) => {
  it('shows, a part at a time, what cleaning the whole body first showed', () => {
    const parts = deferred(html, url);
    const shown = document.createElement('div');
    const body = bodyParts(parts.content, parts.cleanBlocks);
    body.showFirst(shown);
    while (body.showNext(shown));

    const whole = deferred(html, url);
    whole.cleanBlocks(whole.content);
    const cleanedFirst = document.createElement('div');
    cleanedFirst.append(sanitizeArticleContent(whole.content));
    expect(shown.textContent).toBe(cleanedFirst.textContent);
    expect(Array.from(shown.querySelectorAll('img'), (i) => i.getAttribute('src'))).toEqual(
      Array.from(cleanedFirst.querySelectorAll('img'), (i) => i.getAttribute('src')),
    );
    expect(Array.from(shown.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(
      Array.from(cleanedFirst.querySelectorAll('a'), (a) => a.getAttribute('href')),
    );
  });

  it('counts the reading time on the text a reader reads, not on <noscript> markup', () => {
    const parts = deferred(html, url);
    const whole = deferred(html, url);
    whole.cleanBlocks(whole.content);
    expect(readingMinutes(bodyParts(parts.content, parts.cleanBlocks).text, parts.lang)).toBe(
      readingMinutes(whole.content.textContent ?? '', whole.lang),
    );
  });
});

it('covers the long page and several editions', () => {
  expect(pages.length).toBeGreaterThan(6);
  expect(long.html.match(/<noscript>/g)?.length).toBeGreaterThanOrEqual(40);
});

it('keeps a lazy image whose <noscript> is the next block, where the first part would end between them', () => {
  const doc = pageAt('<!doctype html><body></body>', 'https://www.rfi.fr/fr/');
  const content = doc.createElement('div');
  // 59 short paragraphs and the image make the first part's 60 nodes: the <noscript> is the 61st.
  content.innerHTML =
    Array.from({ length: 59 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('') +
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Cows"><noscript><img src="https://s.rfi.fr/media/cows.jpg" alt="Cows"></noscript><p>After.</p>';
  const shown = document.createElement('div');
  const parts = bodyParts(content, (part) => cleanArticleBlocks(part, 'https://www.rfi.fr/', rfiCleanup));
  parts.showFirst(shown);
  while (parts.showNext(shown));
  expect(Array.from(shown.querySelectorAll('img'), (i) => i.getAttribute('src'))).toEqual(['https://s.rfi.fr/media/cows.jpg']);
  expect(shown.textContent).toContain('After.');
});
