/**
 * Every wrapping in which a reader meets a hostile item, each one function from
 * the item to the page a browser loads:
 *
 * - `raw`: the archive text, text/plain (the browser shows it in a <pre>);
 * - `jekyll`, `code-host`: the item rendered by a static site (comments kept, the
 *   title's inline HTML passed through as kramdown does) or by a code host
 *   (comments dropped, the title escaped) — test/support/feedx-pages.ts;
 * - `rfi`: an rfi.fr article page at its own address (www.rfi.fr is host-mapped to
 *   the test server), hand-made in the shape of docs/rfi-pages.md, the item's
 *   lead, figures and body in RFI's markup;
 * - `article`: a generic article page marked up with one <article>;
 * - `readability`: a generic blog page without article markup, which only
 *   Readability reads;
 * - `miniflux`: a feed reader's page (Miniflux's shared entry), the item as its
 *   sanitiser leaves it (feed-reader-wrapping.ts);
 * - `tt-rss`: Tiny Tiny RSS's shared-article page, the item's HTML not sanitised
 *   at all (feed-reader-wrapping.ts).
 *
 * Adding one is adding one Wrapping to WRAPPINGS.
 * Pages that parse the item as HTML also run the class's page script.
 */
import { renderFeedxPage } from '../feedx-pages';
import type { FilledItem, HostileItem } from './corpus';
import { minifluxPage, ttRssPage } from './feed-reader-wrapping';

/** What a wrapping serves for one item. */
export interface ServedPage {
  /** `rfi` pages are served at http://www.rfi.fr:PORT, the others at http://127.0.0.1:PORT. */
  host: 'local' | 'rfi';
  /** Path, not percent-encoded. */
  path: string;
  type: string;
  body: string;
}

/** One way a reader meets an item. */
export interface Wrapping {
  name: string;
  /** Whether the page parses the item as live HTML (payloads that would end the page itself are left out). */
  live: boolean;
  /** Whether the reader gathers the item's related aside into its list of related links here. */
  gathersRelated: boolean;
  serve(item: HostileItem, filled: FilledItem, origin: string): ServedPage;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The classes' page script, in a <script> (empty when they have none). */
const pageScript = (item: HostileItem) => (item.pageScript.trim() ? `<script>${item.pageScript}</script>` : '');

const html = (path: string, body: string): ServedPage => ({ host: 'local', path, type: 'text/html; charset=utf-8', body });

/** A rendered feedx page, with the class's page script in its head. */
function renderedPage(item: HostileItem, filled: FilledItem, style: 'jekyll' | 'code-host'): string {
  let page = renderFeedxPage(filled.markdown, style).replace('</head>', `${pageScript(item)}</head>`);
  // kramdown leaves inline HTML in a link's text as HTML; renderFeedxPage escapes it as a code host does.
  if (style === 'jekyll' && item.title !== item.host.title) {
    page = page.replace(`>${escapeHtml(item.title)}</a></h2>`, `>${item.title}</a></h2>`);
  }
  return page;
}

/** An rfi.fr article page around the item (hand-made, docs/rfi-pages.md). */
function rfiPage(item: HostileItem, filled: FilledItem): string {
  const t = escapeHtml(item.title);
  const c = escapeHtml(item.canonical);
  const date = item.host.page.published;
  const shown = `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} - ${date.slice(11, 16)}`;
  const img = item.host.page.mainImage;
  // JSON in a script: "<" written as \u003c, as the site's serialiser does.
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    datePublished: date,
    url: item.canonical,
  }).replace(/</g, '\\u003c');
  return `<!--
  hand-made test page (issue 15), written from docs/rfi-pages.md: NOT a saved rfi.fr page.
  The item inside is a real feedx item (${item.host.fixture}) carrying hand-made payloads.
-->
<!DOCTYPE html>
<html lang="zh-Hans" dir="ltr">
<head>
<meta charset="utf-8">
<title>${t} - 法国国际广播电台 - RFI</title>
<link rel="canonical" href="${c}">
<meta property="og:type" content="article">
<meta property="og:locale" content="zh_CN">
<meta property="og:site_name" content="RFI - 法国国际广播电台">
<meta property="og:title" content="${t}">
<meta property="og:url" content="${c}">
<meta property="article:published_time" content="${date}">
<script type="application/ld+json">${ld}</script>
${pageScript(item)}
</head>
<body class="t-body t-body--article" data-edition="cn">
<header class="o-header"><a class="o-header__logo" href="/cn/">RFI</a><nav class="m-nav"><a class="m-nav__link" href="/cn/%E4%B8%AD%E5%9B%BD/">中国</a> <a class="m-nav__link" href="/cn/%E5%9B%BD%E9%99%85/">国际</a></nav></header>
<main id="main-content" class="t-body__main">
<div class="t-content t-content--article">
<article class="t-content__article-wrapper" data-article-content>
<div class="t-content__header">
<h1 class="t-content__title a-page-title">${t}</h1>
<p class="t-content__chapo">${filled.lead}</p>
<div class="t-content__main-media"><figure class="m-figure m-figure--16x9"><div class="m-figure__img-wrapper"><picture><img class="m-figure__img" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="" srcset="${img} 1280w" width="1280" height="720"></picture></div>${filled.mainFigureExtra}</figure></div>
<div class="t-content__dates"><p class="m-pub-dates"><span class="m-pub-dates__label">发表时间：</span><span class="m-pub-dates__date"><time datetime="${date}">${shown}</time></span></p></div>
</div>
<div class="t-content__body u-clearfix">
${filled.rfiBody}
</div>
</article>
</div>
</main>
<footer class="o-footer"><p class="o-footer__copyright">© RFI - 法国国际广播电台</p></footer>
</body>
</html>`;
}

/** The head of a generic page. */
function genericHead(item: HostileItem): string {
  const t = escapeHtml(item.title);
  return `<meta charset="utf-8"><title>${t} | 新闻档案</title><link rel="canonical" href="${escapeHtml(item.canonical)}"><meta property="og:title" content="${t}">${pageScript(item)}`;
}

/** A generic page with one <article> holding the whole text (hand-made, a common blog/CMS layout). */
function articlePage(item: HostileItem, filled: FilledItem): string {
  const t = escapeHtml(item.title);
  const date = item.host.page.published;
  return `<!doctype html><html lang="zh-Hans"><head>${genericHead(item)}</head>
<body><header class="site-header"><a class="site-title" href="/">新闻档案</a><nav><a href="/world/">国际</a> <a href="/about/">关于</a></nav></header>
<main class="site-main"><article class="post">
<h1 class="entry-title">${t}</h1>
<p class="entry-meta"><time datetime="${date}">${date.slice(0, 10)}</time></p>
<p class="standfirst">${filled.lead}</p>
<figure class="wp-block-image"><img src="${item.host.page.mainImage}" alt="">${filled.mainFigureExtra}</figure>
${filled.body}
</article></main>
<footer class="site-footer"><p>© 新闻档案</p></footer></body></html>`;
}

/** A generic blog page of nested <div>s, no article markup: only Readability finds the text (hand-made). */
function readabilityPage(item: HostileItem, filled: FilledItem): string {
  const t = escapeHtml(item.title);
  return `<!doctype html><html lang="zh-Hans"><head>${genericHead(item)}</head>
<body><div id="page"><div id="masthead" class="site-header"><a class="site-title" href="/">新闻档案</a><div class="menu"><a href="/world/">国际</a> <a href="/about/">关于</a></div></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><div class="post hentry">
<h1 class="entry-title">${t}</h1>
<div class="entry-content">
<p>${filled.lead}</p>
<div class="wp-caption"><img src="${item.host.page.mainImage}" alt="">${filled.mainFigureExtra}</div>
${filled.body}
</div></div></div>
<div id="secondary" class="widget-area"><h3 class="widget-title">最新文章</h3><ul><li><a href="/2020/08/a.html">另一篇文章</a></li><li><a href="/2020/08/b.html">第三篇文章</a></li></ul></div></div>
<div id="colophon" class="site-footer">© 新闻档案</div></div></body></html>`;
}

/** Every wrapping, in the order suites run them. */
export const WRAPPINGS: readonly Wrapping[] = [
  {
    name: 'raw',
    live: false,
    gathersRelated: true,
    serve: (item, filled) => ({ host: 'local', path: `/_hx/raw/${item.id}.md`, type: 'text/plain; charset=utf-8', body: filled.markdown }),
  },
  {
    name: 'jekyll',
    live: true,
    gathersRelated: true,
    serve: (item, filled) => html(`/_hx/jekyll/${item.id}.html`, renderedPage(item, filled, 'jekyll')),
  },
  {
    name: 'code-host',
    live: true,
    gathersRelated: true,
    serve: (item, filled) => html(`/_hx/code-host/${item.id}.html`, renderedPage(item, filled, 'code-host')),
  },
  {
    name: 'rfi',
    live: true,
    gathersRelated: true,
    serve: (item, filled) => ({ ...html(`/cn/国际/20220612-hostile-${item.id.replace(/\./g, '-')}`, rfiPage(item, filled)), host: 'rfi' }),
  },
  {
    name: 'article',
    live: true,
    gathersRelated: false,
    serve: (item, filled) => html(`/_hx/article/${item.id}.html`, articlePage(item, filled)),
  },
  {
    name: 'readability',
    live: true,
    gathersRelated: false,
    serve: (item, filled) => html(`/_hx/readability/${item.id}.html`, readabilityPage(item, filled)),
  },
  {
    name: 'miniflux',
    live: true,
    gathersRelated: false,
    serve: (item, filled) => html(`/_hx/miniflux/${item.id}.html`, minifluxPage(item, filled)),
  },
  {
    name: 'tt-rss',
    live: true,
    gathersRelated: true,
    serve: (item, filled) => html(`/_hx/tt-rss/${item.id}.html`, ttRssPage(item, filled, pageScript(item))),
  },
];
