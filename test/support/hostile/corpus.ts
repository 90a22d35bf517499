/**
 * The hostile-input corpus (test/fixtures/hostile): every class of payloads, and
 * the items they make — the payloads of a few classes put into their real host
 * item (ITEM_GROUPS), or an item per title/address variant.
 */
import clobbering from '../../fixtures/hostile/clobbering/payloads';
import commentsCdata from '../../fixtures/hostile/comments-cdata/payloads';
import css from '../../fixtures/hostile/css/payloads';
import customElements from '../../fixtures/hostile/custom-elements/payloads';
import documentLevel from '../../fixtures/hostile/document-level/payloads';
import framesObjects from '../../fixtures/hostile/frames-objects/payloads';
import handlerSpelling from '../../fixtures/hostile/handler-spelling/payloads';
import handlers from '../../fixtures/hostile/handlers/payloads';
import namespaces from '../../fixtures/hostile/namespaces/payloads';
import rawText from '../../fixtures/hostile/raw-text/payloads';
import scriptUrls from '../../fixtures/hostile/script-urls/payloads';
import titleUrl from '../../fixtures/hostile/title-url/payloads';
import { hostItems, slot, type HostItem } from './host-items';
import type { HostileClass, Payload, Slot } from './types';

/** Every class, in the order suites run them. */
export const HOSTILE_CLASSES: readonly HostileClass[] = [
  handlers,
  handlerSpelling,
  rawText,
  commentsCdata,
  namespaces,
  clobbering,
  scriptUrls,
  framesObjects,
  documentLevel,
  css,
  customElements,
  titleUrl,
];

/**
 * Which classes share an item, so that a browser opens a few pages rather than
 * one per class: every payload is still named by its marker. Classes of an item
 * share its host; markup that swallows the rest of the item (raw-text's
 * <plaintext>, comments-cdata's unclosed comment) comes from the class listed last.
 * A class with title/address variants has an item per variant.
 */
export const ITEM_GROUPS: readonly (readonly string[])[] = [
  ['handlers', 'namespaces', 'raw-text'],
  ['handler-spelling', 'comments-cdata'],
  ['script-urls', 'document-level', 'custom-elements'],
  ['clobbering', 'frames-objects', 'css'],
  ['title-url'],
];

/** One hostile item: the payloads of one or more classes in their real host item, ready to wrap. */
export interface HostileItem {
  /** The classes' names joined by `+`, then `.<variant marker>` for a variant; safe in a URL path. */
  id: string;
  classes: HostileClass[];
  host: HostItem;
  title: string;
  url: string;
  canonical: string;
  /** Every marker the item carries (payloads and variant). */
  markers: string[];
  /** Scripts the page itself runs (the classes' pageScript), in wrappings that are web pages. */
  pageScript: string;
  /**
   * The item's parts with the payloads in place, for a wrapping that parses the
   * item as live HTML (`live`: payloads marked endsLivePage are left out) or not.
   */
  fill(live: boolean, origin: string): FilledItem;
}

/** A hostile item's text and page parts, payloads in place. */
export interface FilledItem {
  /** The archive text (front matter, `<!--epoch-->`, `[title](url)`, `------`, HTML). */
  markdown: string;
  lead: string;
  body: string;
  rfiBody: string;
  mainFigureExtra: string;
  /** Payloads left out (endsLivePage, in a live wrapping). */
  omitted: string[];
}

const SLOTS: readonly Slot[] = ['header', 'lead', 'figure', 'caption', 'body', 'related', 'end'];

/** The markup that goes in each slot: block payloads each in a div that names it, so a finding inside names its payload. */
function slotMarkup(payloads: Payload[], host: HostItem, origin: string): Record<Slot, string> {
  const out = Object.fromEntries(SLOTS.map((s) => [s, ''])) as Record<Slot, string>;
  for (const p of payloads) {
    // RFI items have no header line of their own: header payloads go in the lead.
    const where: Slot = p.slot === 'header' && host.name === 'rfi' ? 'lead' : p.slot;
    const html = p.html.replaceAll('{{ORIGIN}}', origin);
    out[where] += where === 'body' || where === 'end' ? `<div data-hx-slot="${p.id}">${html}</div>` : html;
  }
  return out;
}

function fillSlots(html: string, markup: Record<Slot, string>): string {
  let out = html;
  for (const s of SLOTS) out = out.replaceAll(slot(s), markup[s]);
  return out;
}

/** The items of one group of classes. */
function groupItems(classes: HostileClass[], host: HostItem): HostileItem[] {
  const payloads = classes.flatMap((c) => c.payloads);
  const variants = classes.flatMap((c) => c.variants ?? []);
  const name = classes.map((c) => c.name).join('+');
  return (variants.length ? variants : [undefined]).map((v) => {
    const title = (v?.title ?? '') + host.title;
    const url = v?.url ?? host.url;
    return {
      id: v ? `${name}.${v.id}` : name,
      classes,
      host,
      title,
      url,
      canonical: v?.canonical ?? url,
      markers: [...(v ? [v.id] : []), ...payloads.map((p) => p.id)],
      pageScript: classes.map((c) => c.pageScript ?? '').join('\n'),
      fill(live, origin) {
        const kept = payloads.filter((p) => !(live && p.endsLivePage));
        const markup = slotMarkup(kept, host, origin);
        const f = (html: string) => fillSlots(html, markup);
        return {
          markdown: `${host.preamble}[${title}](${url})\n------\n\n${f(host.feedxHtml)}`,
          lead: f(host.page.lead),
          body: f(host.page.body),
          rfiBody: f(host.page.rfiBody),
          mainFigureExtra: f(host.page.mainFigureExtra),
          omitted: payloads.filter((p) => !kept.includes(p)).map((p) => p.id),
        };
      },
    };
  });
}

/** The class each marker belongs to. */
export function classOfMarker(): Map<string, string> {
  return new Map(HOSTILE_CLASSES.flatMap((c) => [...c.payloads, ...(c.variants ?? [])].map((p) => [p.id, c.name] as const)));
}

/** Every hostile item of the corpus. */
export function hostileItems(): HostileItem[] {
  const hosts = hostItems();
  const byName = new Map(HOSTILE_CLASSES.map((c) => [c.name, c]));
  return ITEM_GROUPS.flatMap((names) => {
    const classes = names.map((n) => byName.get(n)!);
    const hostName = classes[0]!.host;
    if (classes.some((c) => c.host !== hostName)) throw new Error(`item ${names.join('+')}: its classes have different hosts`);
    return groupItems(classes, hosts[hostName]);
  });
}
