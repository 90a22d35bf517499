/**
 * Whether a block of HTML shown somewhere else (a feed reader's item) is a feedx
 * item, from its content and its original link alone: feed readers strip classes,
 * ids and data-* attributes and may unwrap every `<div>`, so only text, link
 * targets and the shape of the first blocks are left to tell.
 *
 * - feedx's footer ("获取更多RSS" and links to feedx's domains) is enough alone;
 * - otherwise the link must be a publisher's (publisher-hosts.ts) and the item must
 *   open the way feedx writes that publisher's items: RFI's date line, or the
 *   `<div><i>[author<br>]date</i></div>` header, or The Economist's `<time>` of
 *   the print edition; or carry RFI's share links.
 *   A publisher's own feed (a summary under its link) has none of these.
 */
import { rfiDateLine } from './item-format';
import { publisherHostOf } from './publisher-hosts';
import { parsePublisherDate } from './publisher-dates';
import { isFeedxHost } from './site';

/** How many of the item's first blocks may hold the date line or the header. */
const OPENING_BLOCKS = 8;

const hostOf = (href: string | null | undefined): string | undefined => {
  try {
    return new URL(href ?? '').hostname;
  } catch {
    return undefined;
  }
};

/** Whether the item carries feedx's footer: its label, or a link to one of feedx's domains. */
function hasFeedxFooter(root: Element): boolean {
  if ((root.textContent ?? '').includes('获取更多RSS')) return true;
  return Array.from(root.querySelectorAll('a[href]')).some((a) => {
    const host = hostOf(a.getAttribute('href'));
    return host !== undefined && isFeedxHost(host);
  });
}

/** The text of the item's first blocks, and its leading bare text (readers that unwrap `<div>` leave it so). */
function openingTexts(root: Element): string[] {
  const texts = Array.from(root.querySelectorAll('div, p, span'))
    .slice(0, OPENING_BLOCKS)
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent ?? '');
  for (let n = root.firstChild, i = 0; n && i < OPENING_BLOCKS; n = n.nextSibling, i++)
    if (n.nodeType === 3) texts.push(n.textContent ?? '');
  return texts;
}

/** Whether an `<i>` header among the first blocks holds a date as feedx writes a publisher's. */
function hasItalicHeader(root: Element): boolean {
  return Array.from(root.querySelectorAll('i'))
    .slice(0, 2)
    .some((i) => {
      const lines = Array.from(i.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => (n.textContent ?? '').trim())
        .filter(Boolean);
      return parsePublisherDate(lines.at(-1) ?? '') !== undefined;
    });
}

/** RFI's share links go through its short-link host. */
const hasRfiShareLinks = (root: Element) => Array.from(root.querySelectorAll('a[href*="rfi.my"]')).length > 0;

/** Whether `root` (an item's HTML, in an inert element) with its original link `link` is a feedx item. */
export function isFeedxItem(root: Element, link: string): boolean {
  if (hasFeedxFooter(root)) return true;
  const host = hostOf(link);
  const publisher = host === undefined ? undefined : publisherHostOf(host);
  if (!publisher) return false;
  if (openingTexts(root).some((t) => rfiDateLine.test(t))) return true;
  return publisher === 'rfi.fr' ? hasRfiShareLinks(root) : hasItalicHeader(root) || !!root.querySelector('time[datetime]');
}
