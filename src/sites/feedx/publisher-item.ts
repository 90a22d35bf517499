/**
 * What other publishers' feedx items carry (BBC, CNA, DW, The Economist, FT, NYT,
 * Reuters, VOA): the `<div><i>[author<br>]date</i></div>` header, or the date where
 * the publisher's entry says (publishers.ts); a standfirst that is not a
 * paragraph; `<small>` (or the publisher's own) captions beside their images;
 * self-promotion.
 */
import { parsePublisherDate } from './publisher-dates';
import type { ItemHeader, Publisher } from './publishers';

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Reads and removes the `<div><i>[author<br>]date</i></div>` header. */
function takeItalicHeader(root: Element, publisher: Publisher): ItemHeader | undefined {
  const i = root.querySelector('div > i');
  const header = i?.parentElement;
  if (!i || !header || squash(header.textContent) !== squash(i.textContent)) return undefined;
  const lines = Array.from(i.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => squash(n.textContent))
    .filter(Boolean);
  const published = parsePublisherDate(lines.at(-1) ?? '', publisher.timeZone);
  if (!published) return undefined;
  header.remove();
  // NYT repeats a single author (`KONEY BAI,KONEY BAI`): one name each.
  const names = lines
    .slice(0, -1)
    .flatMap((l) => l.split(/\s*[,，、]\s*/))
    .filter(Boolean);
  return { published, byline: names.length ? [...new Set(names)].join(', ') : undefined };
}

/**
 * Turns the publisher's standfirst block into the lead paragraph (FT's `.story-lead`,
 * BBC's first `.story-body__introduction`), only where it opens the text: BBC also
 * gives that class to a closing copyright line.
 */
function leadParagraph(root: Element, selector: string | undefined): void {
  const block = selector ? root.querySelector(selector) : null;
  const firstParagraph = root.querySelector('p');
  if (
    !block ||
    (firstParagraph && firstParagraph !== block && !block.contains(firstParagraph) && firstParagraph.compareDocumentPosition(block) & 4)
  )
    return;
  const p = root.ownerDocument.createElement('p');
  p.setAttribute('data-liseuse-lead', '');
  p.append(...Array.from(block.childNodes));
  block.replaceWith(p);
}

/** The image a caption block belongs to: the element just before it, or the image in it. */
function imageBefore(caption: Element): Element | undefined {
  const prev = caption.previousElementSibling;
  if (!prev) return undefined;
  if (prev.tagName === 'IMG') return prev;
  const imgs = prev.querySelectorAll('img');
  return imgs.length === 1 ? prev : undefined;
}

/**
 * Joins captions to their images as `<figure>` + `<figcaption>`: feedx writes them
 * as `<img><div><small>caption</small></div>`, CNA as a `.picinfo` block.
 */
function figureCaptions(root: Element, selector: string | undefined): void {
  const doc = root.ownerDocument;
  const blocks: Element[] = Array.from(root.querySelectorAll('div')).filter(
    (d) =>
      d.children.length === 1 &&
      d.firstElementChild!.tagName === 'SMALL' &&
      squash(d.textContent) === squash(d.firstElementChild!.textContent),
  );
  if (selector) blocks.push(...Array.from(root.querySelectorAll(selector)));
  for (const block of blocks) {
    const image = imageBefore(block);
    if (!squash(block.textContent)) {
      block.remove();
      continue;
    }
    if (!image) continue;
    const figure = doc.createElement('figure');
    const caption = doc.createElement('figcaption');
    caption.textContent = squash(block.textContent);
    image.replaceWith(figure);
    figure.append(image, caption);
    block.remove();
  }
}

/** Removes paragraphs that advertise the publisher's newsletter or app. */
function removePromotions(root: Element, links: RegExp | undefined): void {
  if (!links) return;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (links.test(a.getAttribute('href')!)) a.closest('p')?.remove();
  }
}

/** Reads and removes the publisher's header; mends lead, captions and promotions, in place. */
export function readPublisherItem(root: Element, publisher: Publisher): ItemHeader {
  const header = takeItalicHeader(root, publisher) ?? { published: publisher.readDate?.(root) };
  leadParagraph(root, publisher.lead);
  figureCaptions(root, publisher.caption);
  removePromotions(root, publisher.promoLinks);
  return header;
}
