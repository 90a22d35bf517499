/**
 * Undoes what a feed reader did to an item's HTML when it showed it, in place (an
 * inert copy), so that the item reads as its feed wrote it: images the reader
 * loads later get their source, the reader's own buttons go, images it proxies
 * point at its page, and blocks the reader's sanitiser
 * unwrapped (Miniflux keeps no `<div>`) are blocks again.
 */
import type { FeedReader } from './readers';

/** Elements that start a block of their own in a run of unwrapped content. */
const block =
  /^(P|DIV|H[1-6]|UL|OL|DL|TABLE|BLOCKQUOTE|PRE|FIGURE|PICTURE|HR|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|IMG|VIDEO|AUDIO|IFRAME)$/;

const blockInside = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, figure, img';

/**
 * Whether bare text after `previous` starts a new line: after a link, the text of
 * an unwrapped block begins (a share bar's icons, then the related-articles
 * heading; an author's name, then the next block); a link holding a heading is one
 * of a list of related articles, whose next kicker belongs with it.
 */
const endsLine = (previous: Node | undefined) => previous?.nodeName === 'A' && !(previous as Element).querySelector(blockInside);

/**
 * Puts the runs of bare text and inline elements between `root`'s blocks into
 * `<div>`s, one per line (a `<br>` ends one, and so does text after a link:
 * endsLine): Miniflux unwraps every `<div>` and `<span>`, leaving RFI's date line,
 * share bar, author and related articles and feedx's footer as bare text among the
 * paragraphs (miniflux/entry, miniflux/shared-entry). Real paragraphs keep their `<p>`.
 */
function rebuildBlocks(root: Element): void {
  const doc = root.ownerDocument;
  let run: Node[] = [];
  const close = (before: Node | null) => {
    if (run.some((n) => n.nodeType === 1 || (n.textContent ?? '').trim())) {
      const div = doc.createElement('div');
      root.insertBefore(div, before);
      div.append(...run);
    }
    run = [];
  };
  for (let n = root.firstChild; n;) {
    const next = n.nextSibling;
    if (n.nodeType === 1 && block.test(n.nodeName)) close(n);
    else if (n.nodeName === 'BR') {
      close(n);
      n.remove();
    } else if (n.nodeType === 3 || n.nodeType === 1) {
      if (n.nodeType === 3 && (n.textContent ?? '').trim() && endsLine(run.at(-1))) close(n);
      run.push(n);
    }
    n = next;
  }
  close(null);
}

/** Resolves the relative sources of images under `root` against `base`. */
function resolveImages(root: Element, base: string): void {
  for (const el of Array.from(root.querySelectorAll('img[src], source[src]'))) {
    const value = el.getAttribute('src')!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
    try {
      el.setAttribute('src', new URL(value, base).href);
    } catch {
      el.removeAttribute('src');
    }
  }
}

/** A `data:` image a reader resolved as a path (tt-rss: `http://<feed site>/image/gif;base64,…`): the placeholder it was. */
const mangledDataUrl = /^https?:\/\/[^/]+\/(image\/[\w.+-]+;base64,)/i;

/** Mends the item's content `root` (inert, modified in place) as shown by `reader` on the page at `pageUrl`. */
export function mendContent(root: Element, reader: FeedReader, pageUrl: string): void {
  if (reader.chrome) for (const el of Array.from(root.querySelectorAll(reader.chrome))) el.remove();
  if (reader.lazySource) {
    for (const img of Array.from(root.querySelectorAll(`img[${reader.lazySource}]`))) {
      img.setAttribute('src', img.getAttribute(reader.lazySource)!);
      img.removeAttribute(reader.lazySource);
      img.removeAttribute('hidden');
    }
  }
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (mangledDataUrl.test(src)) img.setAttribute('src', src.replace(mangledDataUrl, 'data:$1'));
  }
  if (reader.proxiesImages) resolveImages(root, pageUrl);
  if (reader.unwrapsBlocks) rebuildBlocks(root);
}
