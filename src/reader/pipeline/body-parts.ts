/**
 * The article body, sanitised a part at a time: the first part, a few screens of
 * text, before the reader is first painted; the others, in order, in the tasks
 * that follow (overlay/insert-body.ts), so a long page does not keep the user
 * waiting for text far below the fold. Whatever is shown has been through sanitize.ts.
 */
import { readableText } from './readable-text';
import { sanitizeArticleContent } from './sanitize';

/** The body of one article, ready to show a part at a time. */
export interface BodyParts {
  /**
   * The whole body's text, for the reading time, which counts all of it: read
   * on first use (after the first paint: overlay/ArticleHeader.tsx), or before
   * the second part goes in at the latest, while every part is still here to
   * read; from the cleaned first part and the parts not cleaned yet.
   */
  readonly text: string;
  /** Puts the first part in `target`, in place of its children. */
  showFirst(target: Element): void;
  /** Sanitises the next part and adds it after the parts already in `target`; returns whether parts still wait. */
  showNext(target: Element): boolean;
  /** Whether every part has been given out. */
  readonly done: boolean;
}

/** The first part ends after this much text: more than a tall screen holds at the smallest text size. */
const FIRST_PART_CHARS = 3000;

/** …or after this many nodes (a body of images and short lines). */
const FIRST_PART_NODES = 60;

/** Nodes per later part: a few milliseconds of sanitising, one task each. */
const PART_NODES = 100;

/**
 * Extractors wrap the blocks (Readability in two <div>s): the parts are cut from
 * the innermost plain wrapper. Only these elements are gone through, so the
 * sanitised copy has the same wrappers and the later parts find their place in it.
 */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

/** How many single-child wrappers lead from `root` to the element that holds the blocks. */
function wrapperDepth(root: Element): number {
  let depth = 0;
  for (let node = root; node.childElementCount === 1 && node.childNodes.length <= 3; depth++) {
    const only = node.firstElementChild!;
    if (!WRAPPERS.has(only.nodeName)) break;
    node = only;
  }
  return depth;
}

/** The element `depth` first-children down from `root`. */
function descend(root: Element, depth: number): Element {
  let node = root;
  for (let i = 0; i < depth && node.firstElementChild; i++) node = node.firstElementChild;
  return node;
}

/**
 * `n`, or a little more so that a part never ends just before a <noscript>: a
 * lazy image's real source can sit in the <noscript> beside it, and a part is
 * cleaned on its own (Article.cleanBlocks).
 */
function cutNotBeforeNoscript(nodes: ArrayLike<Node>, n: number): number {
  const isNoscript = (node: Node | undefined) => node?.nodeName === 'NOSCRIPT';
  const isBlank = (node: Node | undefined) => node?.nodeType === 3 && !/\S/.test(node.textContent ?? '');
  while (n < nodes.length && (isNoscript(nodes[n]) || (isBlank(nodes[n]) && isNoscript(nodes[n + 1])))) n++;
  return n;
}

/** How many of `nodes` the first part takes. */
function firstPartLength(nodes: ArrayLike<Node>): number {
  let chars = 0;
  let i = 0;
  while (i < nodes.length && i < FIRST_PART_NODES && chars < FIRST_PART_CHARS) chars += nodes[i++]!.textContent?.length ?? 0;
  return cutNotBeforeNoscript(nodes, i);
}

/**
 * Splits `content` (Article.content, in an inert document; it is taken apart)
 * into parts and sanitises the first one now, so that a failure shows as the
 * reader's error message rather than a half-open reader. `cleanBlocks`
 * (Article.cleanBlocks), when given, cleans each part just before it is sanitised.
 */
export function bodyParts(content: Element, cleanBlocks?: (part: Element) => void): BodyParts {
  const depth = wrapperDepth(content);
  const container = descend(content, depth);
  const doc = content.ownerDocument;
  // Ranges move many nodes in one call: in Firefox each call from a content
  // script crosses a security (Xray) wrapper, so node-by-node moves add up.
  const range = doc.createRange();
  /** `from`'s first `n` child nodes, taken out as a fragment. */
  const takeFirst = (from: Node, n: number) => {
    range.setStart(from, 0);
    range.setEnd(from, Math.min(n, from.childNodes.length));
    return range.extractContents();
  };
  // The nodes after the first part wait, in order, in a fragment of their own.
  const waiting = doc.createDocumentFragment();
  const first = firstPartLength(container.childNodes);
  range.setStart(container, first);
  range.setEnd(container, container.childNodes.length);
  waiting.append(range.extractContents());
  cleanBlocks?.(content);
  // Sanitising copies: `content` keeps the first part, cleaned, for the text.
  let shown: DocumentFragment | undefined = sanitizeArticleContent(content);
  let text: string | undefined;
  const readText = () => (text ??= readableText(content) + readableText(waiting));
  return {
    get text() {
      return readText();
    },
    showFirst(target) {
      if (shown) target.replaceChildren(shown);
      shown = undefined;
    },
    showNext(target) {
      if (!waiting.firstChild) return false;
      readText();
      const part = doc.createElement('div');
      part.append(takeFirst(waiting, cutNotBeforeNoscript(waiting.childNodes, PART_NODES)));
      cleanBlocks?.(part);
      descend(target, depth).append(sanitizeArticleContent(part));
      return waiting.firstChild !== null;
    },
    get done() {
      return !shown && !waiting.firstChild;
    },
  };
}
