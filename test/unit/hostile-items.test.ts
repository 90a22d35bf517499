/**
 * Hostile feedx items (test/fixtures/feedx/hostile, hand-made): extracted, sanitised
 * and put into a jsdom page that *runs* scripts, nothing they carry executes — the
 * canary every handler would set stays unset — and their text is still shown.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/reader/pipeline/extract-article';
import { sanitizeArticleContent } from '../../src/reader/pipeline/sanitize';
import { plainTextPage, renderFeedxPage } from '../support/feedx-pages';
import { fixtureCases } from '../support/fixtures';

const hostile = fixtureCases('feedx').filter((c) => c.id.startsWith('feedx/hostile/'));

/** A page that runs scripts and handlers, as a browser would. */
function livePage(): JSDOM {
  return new JSDOM('<!doctype html><html><body><main></main></body></html>', {
    runScripts: 'dangerously',
    url: 'https://reader.example/',
    pretendToBeVisual: true,
  });
}

describe.each(hostile)('$id', (c) => {
  it.each([
    ['plain text', plainTextPage(c.source)],
    // Read from a page that does not run scripts itself: only the reader could run them.
    ['rendered page', renderFeedxPage(c.source, 'code-host')],
  ])('runs nothing when read from a %s and shown', async (_, html) => {
    const source = new JSDOM(html, { url: 'https://mirror.example/item' }).window.document;
    const article = extractArticle(source, 'https://mirror.example/item', Readability)!;
    expect(article.title).toBe(c.expected!.title);
    const page = livePage();
    const win = page.window as unknown as Window & { __pwned?: unknown };
    const main = win.document.querySelector('main')!;
    // Sanitised in the test's document, adopted into the live one: as the overlay does.
    main.append(win.document.importNode(sanitizeArticleContent(article.content), true));
    for (const el of Array.from(main.querySelectorAll('*'))) {
      for (const type of ['click', 'mouseover', 'focus', 'error', 'load', 'toggle']) el.dispatchEvent(new page.window.Event(type));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__pwned).toBeUndefined();
    expect(win.document.documentElement.hasAttribute('data-pwned')).toBe(false);
    expect(
      main.querySelector('script, style, iframe, svg, form, input, button, meta, base, link, object, embed, template, math'),
    ).toBeNull();
    expect(main.innerHTML).not.toMatch(/\son[a-z]+=|javascript:|srcdoc|data:text/i);
    for (const a of Array.from(main.querySelectorAll('a[href]'))) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
    expect(main.textContent).toContain(c.expected!.mustContain!.at(-1));
    page.window.close();
  });
});

it('has both hostile items', () => {
  expect(hostile.map((c) => c.id)).toEqual(['feedx/hostile/rfi-hostile-item', 'feedx/hostile/voa-hostile-item']);
});
