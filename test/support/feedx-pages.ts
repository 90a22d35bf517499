/**
 * The two ways a feedx item reaches a browser, built from a fixture's archive text:
 * as a plain-text document (a raw archive file) and as a rendered page (a static
 * site or a code host rendering the Markdown). Rendering follows Markdown: the
 * `[title](url)` line over `------` becomes `<h2><a href=url>title</a></h2>`,
 * HTML blocks pass through; Jekyll keeps HTML comments, code hosts drop them.
 */

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits YAML front matter (Jekyll posts) from the rest. */
export function splitFrontMatter(md: string): { front: Record<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) return { front: {}, body: md };
  const front: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) front[kv[1]!] = kv[2]!.replace(/^"(.*)"$/, '$1');
  }
  return { front, body: md.slice(m[0].length) };
}

/** The item rendered as a web page, the way Jekyll (`keepComments`) or a code host would. */
export function renderFeedxPage(md: string, style: 'jekyll' | 'code-host' = 'jekyll'): string {
  const { front, body } = splitFrontMatter(md);
  let html = body.replace(
    /^\[(.+)\]\((https?:\/\/[^\s)]+)\)[ \t]*\n-{3,}[ \t]*$/m,
    (_, title: string, url: string) => `<h2 id="item-title"><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></h2>`,
  );
  if (style === 'code-host') html = html.replace(/<!--[\s\S]*?-->/g, '');
  const pageTitle = front.title ?? 'Archive';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(pageTitle)}</title>
<style>body{font:16px/1.5 sans-serif;max-width:50em;margin:auto}.site-nav a{margin-right:1em}</style></head>
<body><header class="site-header"><nav class="site-nav"><a href="/">Home</a><a href="/about/">About</a><a href="/feed.xml">RSS</a></nav></header>
<main class="page-content"><article class="post">
<header class="post-header"><h1 class="post-title">${escapeHtml(pageTitle)}</h1>${front.date ? `<p class="post-meta"><time datetime="${escapeHtml(front.date)}">${escapeHtml(front.date)}</time></p>` : ''}</header>
<div class="post-content">
${html}
</div></article></main>
<footer class="site-footer"><p>An archive of news items.</p></footer></body></html>`;
}

/** A text/plain document as browsers show it: one <pre> holding the text. */
export function plainTextPage(text: string): string {
  return `<html><head></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${escapeHtml(text)}</pre></body></html>`;
}
