/**
 * The item the user is reading, found on the live page (read only: LivePage):
 *
 * 1. a split layout's reading pane, which shows the item the user opened;
 * 2. the item the reader marks as current (its own class on the item or its row);
 * 3. the item the user last clicked in: the reader is injected only after the
 *    click on its button, so this is what the page still says — the selection's
 *    anchor (a click in text leaves the caret there) or the focused element;
 * 4. the item nearest the top of the visible part of its scrolling pane (or of the
 *    window), by the layout `LivePage.layoutOf` gives (tests give their own).
 *
 * Only items that show their content count (a folded item or a headline row does
 * not); with none, there is nothing to read: never another item, never the
 * headline list, never the menus.
 */
import type { LivePage } from '../adapter';
import type { FeedReader } from './readers';

/** Whether `item` shows its content. */
const isOpen = (item: Element, reader: FeedReader) => !reader.open || item.matches(reader.open);

/** The item holding `node`, if any. */
function itemOf(node: Node | null | undefined, items: readonly Element[]): Element | undefined {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return el ? items.find((item) => item.contains(el)) : undefined;
}

/** Where the user last clicked or typed: the selection's anchor, else the focused element (not the page itself). */
function lastTouched(live: LivePage, items: readonly Element[]): Element | undefined {
  const doc = live.document;
  const anchor = doc.getSelection()?.anchorNode;
  const active = doc.activeElement;
  return itemOf(anchor, items) ?? (active && active !== doc.body ? itemOf(active, items) : undefined);
}

/**
 * The top of the visible part of the items' list: the top of the nearest scrolled
 * ancestor (a pane that scrolls on its own), or of the window.
 */
function visibleTop(live: LivePage, first: Element): number {
  for (let el = first.parentElement; el; el = el.parentElement) {
    const layout = live.layoutOf(el);
    if (layout.scrollTop > 0) return Math.max(0, layout.top);
  }
  return 0;
}

/**
 * The first of `items` that reaches below the visible top (by more than a pixel:
 * the item scrolled past ends exactly there); undefined without layout.
 */
export function nearestTop(live: LivePage, items: readonly Element[]): Element | undefined {
  if (items.length === 0) return undefined;
  const top = visibleTop(live, items[0]!);
  return items.find((item) => live.layoutOf(item).bottom > top + 1);
}

/** The live element of the item being read, or undefined when the page shows none open. */
export function itemBeingRead(live: LivePage, reader: FeedReader): Element | undefined {
  const doc = live.document;
  const pane = reader.pane ? doc.querySelector(reader.pane) : null;
  if (pane) return pane;
  const items = Array.from(doc.querySelectorAll(reader.items));
  const open = items.filter((item) => isOpen(item, reader));
  if (open.length === 0) return undefined;
  const marked = items.find((item) => item.matches(reader.current));
  if (marked && isOpen(marked, reader)) return marked;
  const touched = lastTouched(live, items);
  if (touched && isOpen(touched, reader)) return touched;
  if (open.length === 1) return open[0];
  return nearestTop(live, open) ?? open[0];
}
