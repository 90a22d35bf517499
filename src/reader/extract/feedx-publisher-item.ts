/**
 * What other publishers' feedx items carry (BBC, CNA, DW, The Economist, FT, NYT,
 * Reuters, VOA): the `<div><i>[author<br>]date</i></div>` header, or a
 * `time[datetime]` where there is no header; a standfirst that is not a paragraph;
 * `<small>` (or the publisher's own) captions beside their images; self-promotion.
 */
import type { Publisher } from '../../sites/feedx-publishers';
import { parsePublisherDate } from './publisher-dates';

/** What the header reading found. */
export interface PublisherItemHeader {
  published?: string;
  byline?: string;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Reads and removes the `<div><i>[author<br>]date</i></div>` header. */
function takeItalicHeader(root: Element, publisher: Publisher): PublisherItemHeader | undefined {
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
 * The Economist has no header but a `time[datetime]` in an aside. Its midnight-UTC
 * value is the print edition's date, not an instant: it is kept as a date.
 */
function takeTimeElement(root: Element): PublisherItemHeader | undefined {
  const time = root.querySelector('time[datetime]');
  const value = time?.getAttribute('datetime') ?? '';
  const published = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/.test(value) ? value.slice(0, 10) : parsePublisherDate(value);
  if (!time || !published) return undefined;
  const holder = time.closest('aside') ?? time;
  holder.remove();
  return { published };
}

/** CNA's day at the end of the text (`1090822`, ROC calendar), as an ISO date; the text stays. */
function trailingRocDate(root: Element, trailer: RegExp | undefined): PublisherItemHeader | undefined {
  const last = Array.from(root.querySelectorAll('p')).at(-1);
  const m = trailer?.exec(squash(last?.textContent ?? ''));
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]) + 1911, Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
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
export function takePublisherItemHeader(root: Element, publisher: Publisher): PublisherItemHeader {
  const header = takeItalicHeader(root, publisher) ?? takeTimeElement(root) ?? trailingRocDate(root, publisher.rocDateTrailer) ?? {};
  leadParagraph(root, publisher.lead);
  figureCaptions(root, publisher.caption);
  removePromotions(root, publisher.promoLinks);
  return header;
}
