/**
 * Shows the sanitised body's text in the other Chinese script by changing its
 * text nodes' data (and images' alt text), never its markup: nothing is parsed,
 * so the sanitiser's output stays what it was. Each node's text as written is
 * kept, and every conversion starts from it: going back restores it exactly,
 * and converting again never converts twice. Parts of a long body that go in
 * later (overlay/insert-body.ts) are converted as they arrive.
 */

/** Each text node's text as written, once it has been converted. */
const written = new WeakMap<Text, string>();
/** Each image's alt text as written. */
const writtenAlt = new WeakMap<Element, string>();

/** The text of `root` as written, whatever script it is shown in now (for the reading position). */
export function writtenText(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) return written.get(root as Text) ?? (root as Text).data;
  let text = '';
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) text += written.get(node) ?? node.data;
  return text;
}

/** A body whose text can be shown converted or as written. */
export interface TextShifter {
  /** Shows the text converted by `convert`, or as written when it is undefined. */
  show(convert: ((text: string) => string) | undefined): void;
  /** Stops converting parts that arrive later. */
  disconnect(): void;
}

/** Converts every text node and alt text under `root` (root included) from what was written. */
function convertUnder(root: Node, convert: (text: string) => string, touched: Set<Node>): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const original = written.get(text) ?? text.data;
      written.set(text, original);
      const shown = convert(original);
      if (text.data !== shown) text.data = shown;
      touched.add(text);
    } else if ((node as Element).localName === 'img' && (node as Element).hasAttribute('alt')) {
      const img = node as Element;
      const original = writtenAlt.get(img) ?? img.getAttribute('alt')!;
      writtenAlt.set(img, original);
      const shown = convert(original);
      if (img.getAttribute('alt') !== shown) img.setAttribute('alt', shown);
      touched.add(img);
    }
  }
}

/** A shifter for the body element `root`. */
export function createTextShifter(root: Element): TextShifter {
  let current: ((text: string) => string) | undefined;
  const touched = new Set<Node>();
  const observer = new MutationObserver((records) => {
    if (!current) return;
    for (const record of records) for (const node of Array.from(record.addedNodes)) convertUnder(node, current, touched);
  });
  const restore = () => {
    for (const node of touched) {
      if (node.nodeType === Node.TEXT_NODE) {
        const original = written.get(node as Text);
        if (original !== undefined && (node as Text).data !== original) (node as Text).data = original;
      } else {
        const original = writtenAlt.get(node as Element);
        if (original !== undefined) (node as Element).setAttribute('alt', original);
      }
    }
  };
  return {
    show(convert) {
      if (convert === current) return;
      current = convert;
      observer.disconnect();
      if (!convert) return restore();
      convertUnder(root, convert, touched);
      observer.observe(root, { childList: true, subtree: true });
    },
    disconnect() {
      observer.disconnect();
    },
  };
}
