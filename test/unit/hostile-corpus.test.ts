/**
 * The hostile-input corpus (test/fixtures/hostile) is what its README says, and
 * every item still reads as an article once the reader has sanitised it, in
 * jsdom, in the wrappings that take each extractor path (the browsers run every
 * wrapping: test/e2e/hostile.e2e.test.ts). What the sanitised body holds is checked
 * on its DOM: an escaped `&lt;img onerror&gt;` in text is harmless text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInJsdom } from '../support/extract-in-jsdom';
import { plainTextPage } from '../support/feedx-pages';
import { fixturesDir } from '../support/fixtures';
import { HOSTILE_CLASSES, ITEM_GROUPS } from '../support/hostile/corpus';
import { hostilePages } from '../support/hostile/routes';

const dir = join(fixturesDir, 'hostile');
const payloads = HOSTILE_CLASSES.flatMap((c) => c.payloads);
const variants = HOSTILE_CLASSES.flatMap((c) => c.variants ?? []);

describe('the corpus', () => {
  it('lists every class folder, and the README describes each', () => {
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(HOSTILE_CLASSES.map((c) => c.name).sort()).toEqual(folders.sort());
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const c of HOSTILE_CLASSES) expect(readme, c.name).toContain(`\`${c.name}\``);
  });

  it('puts every class in exactly one item', () => {
    expect(ITEM_GROUPS.flat().sort()).toEqual(HOSTILE_CLASSES.map((c) => c.name).sort());
  });

  it('has unique markers, each carried by its payload and called by it', () => {
    const ids = [...payloads.map((p) => p.id), ...variants.map((v) => v.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^hx-[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const p of payloads) {
      expect(p.html, p.id).toContain(p.id);
      // Every payload does something the test sees: a call, a load, a mark on the page, hidden text.
      const decoded = p.html
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
      expect(decoded, p.id).toMatch(
        /alert|confirm|prompt|print|msgbox|atob|base64,|cookie|display:none|_hx\/beacon|data-hx|dataset\.hx|window\[/,
      );
    }
    for (const v of variants) expect(`${v.title ?? ''} ${v.url ?? ''} ${v.canonical ?? ''}`, v.id).toContain(v.id);
  });

  it('has a payload in every slot of a real item', () => {
    expect(new Set(payloads.map((p) => p.slot))).toEqual(new Set(['header', 'lead', 'figure', 'caption', 'body', 'related', 'end']));
  });
});

// The raw text (an inert DOMParser item), an rfi.fr page, a generic <article> page, a Readability-only page and two feed readers' pages.
const pages = hostilePages(8000).filter((p) => ['raw', 'rfi', 'article', 'readability', 'miniflux', 'tt-rss'].includes(p.wrapping.name));

describe.each(pages.map((p) => ({ key: `${p.item.id} in ${p.wrapping.name}`, p })))('$key', ({ p }) => {
  it('reads as the article it is, with nothing dangerous in its sanitised body', () => {
    const html = p.page.type.startsWith('text/plain') ? plainTextPage(p.page.body) : p.page.body;
    const { article, body } = readInJsdom(html, p.url);
    const shows = p.item.host.shows;
    expect(article?.title).toContain(shows.title);
    expect(body!.text).toContain(shows.lead);
    for (const t of shows.texts) expect(body!.text).toContain(t);
    for (const src of shows.images) expect(body!.images).toContain(src);
    // By path: a page whose canonical address is refused resolves them against its own address.
    const related = article!.related.map((r) => new URL(r.url).pathname);
    if (p.wrapping.gathersRelated) for (const url of shows.related) expect(related).toContain(new URL(url).pathname);
    const shown = new DOMParser().parseFromString(`<body>${body!.html}`, 'text/html').body;
    const dangerous = Array.from(shown.querySelectorAll('*')).flatMap((el) => [
      ...(/^(script|style|link|meta|base|iframe|frame|object|embed|form|input|button|textarea|svg|math|template|noscript|video)$/.test(
        el.localName,
      )
        ? [`<${el.localName}>`]
        : []),
      ...el
        .getAttributeNames()
        .filter(
          (a) =>
            /^on|^style$|^is$|^srcdoc$|^formaction$/.test(a) ||
            // data-* attributes are inert text (Readability keeps a lazy image's old address in data-old-src).
            (!a.startsWith('data-') && /^\s*(javascript|vbscript|data):/i.test(el.getAttribute(a)!.replace(/[\t\n\r]/g, ''))),
        )
        .map((a) => `${el.localName}[${a}]`),
    ]);
    expect(dangerous).toEqual([]);
  });
});
