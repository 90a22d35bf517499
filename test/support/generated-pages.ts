/**
 * Pages generated in memory for the benchmark and the robustness tests: too big
 * to commit (5 MB, 20 MB), or built from a fixture at run time (the long rfi.fr
 * page). Each generator is deterministic, so runs compare like with like.
 */
import { fixtureCase } from './fixtures';

const html = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** A sentence of ordinary prose, numbered so that no two paragraphs are equal. */
function sentence(i: number): string {
  return `Paragraph ${i}: the council met again on Tuesday to discuss the river, the budget and the timetable, and the residents who came to listen asked why the works had been delayed once more.`;
}

/**
 * A long rfi.fr article: the fr-article fixture with its body replaced by
 * `paragraphs` paragraphs and `images` inline images in RFI's own markup
 * (m-em-image with a placeholder src, the real image in <noscript>).
 */
export function longRfiArticle(paragraphs = 300, images = 40): { path: string; html: string } {
  const c = fixtureCase('rfi/fr-article');
  const lines = c.source.split('\n');
  const start = lines.findIndex((l) => l.includes('<div class="t-content__body u-clearfix">'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('<div class="o-self-promo'));
  if (start < 0 || end < 0) throw new Error('rfi/fr-article no longer has the body markup longRfiArticle expects');
  const body = lines.slice(start + 1, end);
  const texts = body.filter((l) => /^<p>[^<]+<\/p>$/.test(l));
  const imageStart = body.findIndex((l) => l === '<div class="m-em-image">');
  const image = body.slice(imageStart, imageStart + 4).join('\n');
  if (!texts.length || imageStart < 0) throw new Error('rfi/fr-article has no plain paragraphs or inline image');
  const out: string[] = [];
  let shown = 0;
  for (let i = 0; i < paragraphs; i++) {
    out.push(texts[i % texts.length]!.replace('</p>', ` (${i + 1})</p>`));
    // Spread the images evenly through the text.
    if (shown < images && (i + 1) * images >= (shown + 1) * paragraphs) {
      out.push(image.replaceAll('troupeau-montbeliardes-jura', `troupeau-${shown + 1}`));
      shown++;
    }
  }
  lines.splice(start + 1, end - start - 1, ...out);
  return { path: decodeURIComponent(new URL(c.expected!.url!).pathname), html: lines.join('\n') };
}

/**
 * An ordinary (non-RFI) article page of about `bytes` bytes and `elements`
 * elements: a header, a nav, and an <article> whose paragraphs each hold one <em>.
 */
export function bigArticlePage(bytes: number, elements: number): string {
  const paragraphs = Math.max(1, Math.floor((elements - 12) / 2));
  const perParagraph = Math.max(40, Math.floor(bytes / paragraphs) - 20);
  const filler = (i: number) => {
    let text = sentence(i);
    while (text.length < perParagraph) text += ` ${sentence(i)}`;
    return text.slice(0, perParagraph);
  };
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const text = filler(i);
    const cut = text.indexOf(' ', 30);
    parts.push(`<p><em>${text.slice(0, cut)}</em>${text.slice(cut)}</p>`);
  }
  return html(
    'Council meets again over the river works',
    `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
      `<article><h1>Council meets again over the river works</h1>${parts.join('\n')}</article>` +
      `<footer><p>© Example</p></footer>`,
  );
}

/** A page whose whole text is one paragraph of about `bytes` bytes. */
export function oneHugeParagraph(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentence(i);
    parts.push(s);
    size += s.length + 1;
  }
  return html('One paragraph', `<p>${parts.join(' ')}</p>`);
}

/** A page with no article: `items` short links in lists, like a site map or a front page. */
export function linkListPage(items: number): string {
  const lis: string[] = [];
  for (let i = 0; i < items; i++) lis.push(`<li><a href="/item/${i}">Headline number ${i}</a></li>`);
  return html('Site map', `<nav><ul>${lis.join('')}</ul></nav>`);
}

/**
 * A page that nests `depth` elements, with an article at the bottom. HTML parsers
 * cap the tree depth they build (Chromium at 512), so a page script builds it. The
 * nested elements are `display: contents`: Chromium's own renderer crashes on
 * thousands of nested boxes ("Page crashed!", with no extension loaded), so a deep
 * page that a browser can show at all nests elements that make no boxes.
 */
export function deeplyNestedPage(depth: number): string {
  const script = `
    let node = document.body;
    for (let i = 0; i < ${depth}; i++) { const d = document.createElement('div'); d.style.display = 'contents'; node.append(d); node = d; }
    const article = document.createElement('article');
    for (let i = 0; i < 12; i++) {
      const p = document.createElement('p');
      p.textContent = ${JSON.stringify(sentence(0))}.repeat(2);
      article.append(p);
    }
    node.append(article);`;
  return html('Deeply nested', `<script>${script}</script>`);
}

/** An empty document: no head content, no body content. */
export const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';
