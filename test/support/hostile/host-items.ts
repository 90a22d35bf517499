/**
 * The real feedx items the hostile payloads go into, with a `{{slot:<name>}}`
 * placeholder at each place a payload can go (types.ts, Slot): an RFI item
 * (test/fixtures/feedx/archive-md/rfi-1015000: a chapô, three lazy figures with
 * captions, a linked figure) and another publisher's (jekyll-post/voa_2020-08-13_…:
 * a `<div><i>` date header, a proxied image with a `<small>` caption).
 *
 * Each is cut into the parts a page needs (date, main image, lead, body), and the
 * RFI item's figures are also given rfi.fr's own lazy markup (a placeholder `src`
 * and the real image in a `<noscript>` beside it, docs/rfi-pages.md) for the
 * rfi.fr page: the markup an `<img>` without a source takes its source from.
 */
import { fixtureCase, type Expected } from '../fixtures';
import { splitFrontMatter } from '../feedx-pages';
import type { Slot } from './types';

/** A real item, cut into parts, each holding slots. */
export interface HostItem {
  name: 'rfi' | 'voa';
  /** The fixture it comes from. */
  fixture: string;
  title: string;
  url: string;
  /** The archive's `<!--epoch-->` line and, for Jekyll posts, the front matter before it. */
  preamble: string;
  /** The item HTML as the archive holds it. */
  feedxHtml: string;
  /** The same item as the parts of a web page. */
  page: {
    /** ISO date with offset, as a page's `<time datetime>` writes it. */
    published: string;
    /** The main image's address. */
    mainImage: string;
    /** Caption of the main image (with the `figure` and `caption` slots for items whose only figure it is). */
    mainFigureExtra: string;
    /** Lead paragraph's inner HTML (with the `lead` slot). */
    lead: string;
    /** The body blocks (with the other slots and the related aside). */
    body: string;
    /** The body with RFI's own lazy-image markup, for rfi.fr pages. */
    rfiBody: string;
  };
  /** What a reader must still show (issue 15, item 4), from the fixture's reviewed expected.json. */
  shows: {
    title: string;
    lead: string;
    images: string[];
    texts: string[];
    /** Links the body keeps (absolute). */
    links: string[];
    /** Links of the related aside (absolute), gathered after the article. */
    related: string[];
  };
}

export const slot = (name: Slot) => `{{slot:${name}}}`;

/** Inserts `text` before (or after) the `nth` occurrence of `anchor` after `from`; throws when the anchor is missing. */
function insertAt(html: string, anchor: string, text: string, { nth = 1, after = false, from = 0 } = {}): string {
  let at = from - 1;
  for (let i = 0; i < nth; i++) {
    at = html.indexOf(anchor, at + 1);
    if (at < 0) throw new Error(`host item: anchor ${JSON.stringify(anchor)} #${nth} not found`);
  }
  const pos = after ? at + anchor.length : at;
  return html.slice(0, pos) + text + html.slice(pos);
}

/** The related-articles aside as feedx copies it from rfi.fr (archive-md/rfi-999950), with real RFI links. */
function relatedAside(links: { href: string; title: string }[]): string {
  const items = links
    .map((l) => `<div><div><div><a href="${l.href}" data-article-item-link><h2>${l.title}</h2></a></div></div></div>`)
    .join('');
  return `<aside data-org-name="" data-org-type=""><div><div role="heading" aria-level="2"><span>同一主题</span></div></div><div>${items}${slot('related')}</div></aside>`;
}

/** Related links taken from real RFI items (archive-md/rfi-999950's aside). */
const RELATED = [
  {
    href: '/cn/%E4%B8%AD%E5%9B%BD/20231125-%E7%BC%85%E7%94%B8%E6%88%98%E4%BA%8B-%E4%B8%AD%E5%9B%BD%E5%9C%A8%E8%BE%B9%E5%A2%83%E4%B8%BE%E8%A1%8C%E5%86%9B%E4%BA%8B%E6%BC%94%E4%B9%A0',
    title: '缅甸战事：中国在边境举行军事演习',
  },
  {
    href: '/cn/%E4%B8%AD%E4%B8%9C/20231124-%E4%B8%AD%E4%B8%9C%E8%B4%A2%E5%AF%8C%E5%9F%BA%E9%87%91%E4%B8%8E%E4%B8%AD%E5%9B%BD%E5%85%B3%E7%B3%BB%E5%A2%9E%E5%BC%BA%E8%80%8C%E5%8F%97%E5%88%B0%E7%BE%8E%E5%9B%BD%E6%9B%B4%E4%B8%A5%E6%A0%BC%E5%AE%A1%E6%9F%A5',
    title: '中东财富基金与中国关系增强而受到美国更严格审查',
  },
];
const absoluteRelated = RELATED.map((l) => `https://www.rfi.fr${l.href}`);

/** Splits `<!--epoch-->\n[title](url)\n------\n` and what comes before it from the item HTML. */
function splitArchive(md: string): { preamble: string; title: string; url: string; html: string } {
  const m = /^([\s\S]*?<!--\d+-->\s*\n)\[([^\n]+)\]\((https?:\/\/[^\s)]+)\)[ \t]*\n-{3,}[ \t]*\n/.exec(md);
  if (!m) throw new Error('host item: no archive header');
  return { preamble: m[1]!, title: m[2]!, url: m[3]!, html: md.slice(m[0].length) };
}

/** RFI's lazy figure (placeholder src, real image in <noscript>) in place of feedx's `<picture>` with srcset. */
function rfiLazyFigures(html: string): string {
  const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
  let n = 0;
  const out = html.replace(
    /<picture>(?:(?!<\/picture>)[\s\S])*?<img src="data:[^"]*" alt="([^"]*)" srcset="([^"]+)"[^>]*><\/picture>/g,
    (_, alt: string, src: string) => {
      n++;
      return `<div class="m-figure__img-wrapper"><img src="${GIF}" alt="${alt}" class="m-figure__img" data-image-dataset="{}"><noscript><img src="${src}" alt="${alt}" class="m-figure__img"></noscript></div>`;
    },
  );
  if (n === 0) throw new Error('host item: no lazy figure to rewrite');
  return out;
}

function rfiHost(): HostItem {
  const c = fixtureCase('feedx/archive-md/rfi-1015000');
  const e = c.expected as Expected;
  const { preamble, title, url, html } = splitArchive(c.source);
  // <div>date</div><img main><p><strong>lead</strong></p><div >body…</div>
  const head = /^\s*<div>([^<]*)<\/div><img src="([^"]+)"><p><strong>([\s\S]*?)<\/strong><\/p>/.exec(html);
  if (!head) throw new Error('host item rfi: unexpected start');
  let body = html.slice(head[0].length).trimEnd();
  const lead = head[3]!.trimEnd() + slot('lead');
  // The first inline figure: a payload beside its picture, another in its caption.
  body = insertAt(body, '</picture>', slot('figure'), { after: true });
  body = insertAt(body, '<figcaption><span >', slot('caption'), { after: true });
  body = insertAt(body, '</p>', slot('body'), { after: true, nth: 2 });
  body = insertAt(body, '<div data-selfpromo-newsletter>', slot('end') + relatedAside(RELATED));
  const feedxHtml = `<div>${head[1]}</div><img src="${head[2]}"><p><strong>${lead}</strong></p>${body}`;
  return {
    name: 'rfi',
    fixture: c.id,
    title,
    url,
    preamble,
    feedxHtml,
    page: { published: e.published!, mainImage: head[2]!, mainFigureExtra: '', lead, body, rfiBody: rfiLazyFigures(body) },
    shows: {
      title: e.title!,
      lead: e.leadStartsWith!,
      images: e.images!,
      texts: e.mustContain!.filter((t) => t.length > 4),
      links: [
        'https://www.rfi.fr/fr/afrique/20220612-au-soudan-du-sud-la-d%C3%A9ception-apr%C3%A8s-le-report-de-la-visite-du-pape-fran%C3%A7ois',
      ],
      related: absoluteRelated,
    },
  };
}

function voaHost(): HostItem {
  const c = fixtureCase('feedx/jekyll-post/voa_2020-08-13_1597354891000_9796b0fa');
  const e = c.expected as Expected;
  const { front, body: afterFront } = splitFrontMatter(c.source);
  const frontMatter = c.source.slice(0, c.source.length - afterFront.length);
  const { preamble, title, url, html } = splitArchive(afterFront);
  // <div>\n<div><i>date</i></div><img …><div><small …>caption</small></div><p>lead</p>…\n</div>
  const head = /^\s*<div>\s*<div><i>([^<]*)<\/i><\/div>(<img [^>]+>)<div><small ([^>]*)>([^<]*)<\/small><\/div><p>([\s\S]*?)<\/p>/.exec(
    html,
  );
  if (!head || !front.title) throw new Error('host item voa: unexpected start');
  let body = html.slice(head[0].length).replace(/\s*<\/div>\s*$/, '');
  const lead = head[5]! + slot('lead');
  const mainFigureExtra = `${slot('figure')}<div><small ${head[3]}>${head[4]}${slot('caption')}</small></div>`;
  body = insertAt(body, '</p>', slot('body'), { after: true, nth: 1 });
  body += slot('end') + relatedAside(RELATED);
  const feedxHtml = `<div>\n<div><i>${head[1]}${slot('header')}</i></div>${head[2]}${mainFigureExtra}<p>${lead}</p>${body}\n</div>`;
  const mainImage = /src="([^"]+)"/.exec(head[2]!)![1]!;
  return {
    name: 'voa',
    fixture: c.id,
    title,
    url,
    preamble: frontMatter + preamble,
    feedxHtml,
    page: { published: e.published!, mainImage, mainFigureExtra, lead, body, rfiBody: body },
    shows: {
      title: e.title!,
      lead: e.mustContain![0]!,
      images: [e.image!],
      texts: e.mustContain!,
      links: [],
      // Another publisher's item: the reader keeps an RFI-style aside in its text (its links are shown there).
      related: [],
    },
  };
}

/** Both host items, by name. */
export function hostItems(): Record<HostItem['name'], HostItem> {
  return { rfi: rfiHost(), voa: voaHost() };
}
