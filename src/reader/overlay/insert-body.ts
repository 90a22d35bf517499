/**
 * Puts the sanitised body in the overlay. An ordinary article goes in at once. A
 * huge one (the 5 MB page has 10,000 paragraphs) goes in as its first blocks,
 * enough to fill several screens, then the rest in small batches in later tasks:
 * styling and laying out all 20,000 elements before the first paint took 200 to
 * 300 ms in both browsers (npm run bench, 2026-11-26), for text far below the fold.
 */
import { mark, READER_MARKS } from '../perf-marks';

/** Above this many top-level blocks the body goes in progressively; the long rfi.fr page has about 350. */
export const PROGRESSIVE_ABOVE = 1000;

/** Blocks shown in the first frame: many screens of text at any width. */
const FIRST_BLOCKS = 150;

/** Blocks per later task: about 10 ms of work each on the 5 MB page. */
const BATCH_BLOCKS = 400;

/** The first `n` child nodes of `from`, moved into a new fragment. */
function takeFirst(from: DocumentFragment, n: number): DocumentFragment {
  const out = from.ownerDocument.createDocumentFragment();
  for (let i = 0; i < n && from.firstChild; i++) out.appendChild(from.firstChild);
  return out;
}

/**
 * The element holding the body's blocks: extractors wrap them (Readability in two
 * <div>s), so the wrappers that hold one element each are gone through.
 */
function blockContainer(body: DocumentFragment): ParentNode {
  let node: ParentNode = body;
  while (node.childElementCount === 1 && node.childNodes.length <= 3) node = node.firstElementChild!;
  return node;
}

/**
 * Moves `body`'s nodes into `target`; returns a function that stops a progressive
 * insertion still under way (the reader closed). Sets `liseuse:complete` when the
 * whole body is in, so that npm run bench shows that time too.
 */
export function insertBody(target: Element, body: DocumentFragment): () => void {
  const container = blockContainer(body);
  const count = container.childNodes.length;
  if (count <= PROGRESSIVE_ABOVE) {
    target.replaceChildren(body);
    mark(READER_MARKS.complete);
    return () => undefined;
  }
  // The blocks after the first ones wait outside, in order, until later tasks.
  const rest = body.ownerDocument.createDocumentFragment();
  for (let i = count; i > FIRST_BLOCKS; i--) rest.insertBefore(container.lastChild!, rest.firstChild);
  target.replaceChildren(body);
  // Blocks at the body's top level now live in `target` (the fragment is empty).
  const parent = container === body ? target : container;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const more = () => {
    parent.append(takeFirst(rest, BATCH_BLOCKS));
    if (rest.firstChild) timer = setTimeout(more, 0);
    else mark(READER_MARKS.complete);
  };
  timer = setTimeout(more, 0);
  return () => clearTimeout(timer);
}
