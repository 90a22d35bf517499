/**
 * Mends elements the archivers broke by deleting newlines inside tags: the HTML
 * parser reads `<asidedata-org-name=""data-org-type="">` as one element named
 * `asidedata-org-name=""data-org-type=""`, and `<imgsrc="data:…" srcset="…">` as
 * an unknown element that is no image. Rebuilt as the real tag with its attributes,
 * they are found by the same rules as intact markup (related asides, lazy images,
 * ad blocks) and leave no junk text (archive-md/rfi-999950, rfi-1005000).
 */

/** A glued element's name: one of these tags, then one of these attribute names; the rest of the name is attributes. */
const joinedTag =
  /^(aside|div|img|source|span|p|a|figure|section|picture|iframe)(src|srcset|data-|class|type|href|alt|id|style|title|role)/;

const voidTags = new Set(['img', 'source']);

/** A usable attribute name, or undefined (glued names like `webp"srcset` keep what follows the quote). */
function attributeName(raw: string): string | undefined {
  const name = raw
    .split('"')
    .pop()!
    .replace(/^[^a-z]+/i, '');
  return /^[a-z][\w:.-]*$/i.test(name) ? name : undefined;
}

/** The attributes written into a glued tag name: `data-org-name=""data-org-type=""` or `src="data:image`. */
function attributesInName(rest: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of rest.matchAll(/([a-z][\w:.-]*)(?:="?([^"]*)"?)?/gi)) out.push([m[1]!, m[2] ?? '']);
  return out;
}

/** Replaces every glued element under `root` by the element it was meant to be. */
export function mendJoinedTags(root: Element): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    // No real element name starts with one of these tags and then an attribute name
    // (`divdata-article-list` has no `=`, but is a glued `<div data-article-list>` too).
    const m = joinedTag.exec(el.localName);
    if (!m) continue;
    const mended = doc.createElement(m[1]!);
    for (const [name, value] of attributesInName(el.localName.slice(m[1]!.length))) {
      if (attributeName(name)) mended.setAttribute(name, value);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attributeName(attr.name);
      if (name && !mended.hasAttribute(name)) mended.setAttribute(name, attr.value);
    }
    // The parser did not know `<imgsrc…>` was void, so what followed became its
    // children: they go after a void element, not inside (where they would vanish with it).
    if (voidTags.has(m[1]!)) el.replaceWith(mended, ...Array.from(el.childNodes));
    else {
      mended.append(...Array.from(el.childNodes));
      el.replaceWith(mended);
    }
  }
}
