/**
 * The shape of the hostile-input corpus (test/fixtures/hostile/<class>/payloads.ts):
 * hand-made payloads, grouped by the class of attack they try, each put into a
 * real feedx item (host-items.ts) at a place an attacker would use.
 */

/** Where in a real item a payload goes. */
export type Slot =
  /** Inside the item's date/author header (`<div><i>…</i></div>` of non-RFI items; the lead for RFI items). */
  | 'header'
  /** Inside the lead paragraph (RFI's `<p><strong>` chapô, another publisher's first paragraph). */
  | 'lead'
  /** Inside the first figure, beside its image. */
  | 'figure'
  /** Inside the first caption. */
  | 'caption'
  /** A block of its own between the first paragraphs of the body. */
  | 'body'
  /** Inside the related-articles aside, among its real links. */
  | 'related'
  /** A block of its own at the very end of the body (where markup that swallows the rest belongs). */
  | 'end';

/** One hand-made payload. */
export interface Payload {
  /**
   * Its marker, `hx-<class>-<name>`: every call the payload makes when it runs
   * (`alert('hx-…')`, a request to /_hx/beacon/hx-…, a `data-hx` value) carries it,
   * so a report names the payload that ran.
   */
  id: string;
  slot: Slot;
  /** The markup; `{{ORIGIN}}` becomes the test server's origin (http://127.0.0.1:PORT). */
  html: string;
  /** What it tries, in a line. */
  tries: string;
  /**
   * Set when the payload, parsed as live HTML by the page itself, would end the
   * page before any click (a meta refresh navigates it away): wrappings in which
   * the page parses the item as HTML leave it out; the raw-text wrapping keeps it,
   * and the class carries a variant of it that the page itself ignores.
   */
  endsLivePage?: true;
}

/** An item of its own for title and address tricks: the real item with another title or link. */
export interface ItemVariant {
  /** The marker, as for a payload: the title or link carries it. */
  id: string;
  /** Put before the real item's title, as the archive's `[title](url)` line holds it (may hold markup). */
  title?: string;
  /** The item's link (the original article's address), in place of the real one. */
  url?: string;
  /** The address pages declare as canonical (`<link rel=canonical>`, og:url); defaults to `url`. */
  canonical?: string;
  tries: string;
}

/** One class of attack: its payloads, all put into one item (or one item per variant). */
export interface HostileClass {
  /** The folder name under test/fixtures/hostile. */
  name: string;
  /** What the class tests, in a sentence. */
  about: string;
  /** The real item the payloads go into (host-items.ts). */
  host: 'rfi' | 'voa';
  payloads: Payload[];
  /**
   * A script the page itself runs before the item's markup, in every wrapping
   * that is a web page (not the raw text): e.g. custom elements the page defines.
   */
  pageScript?: string;
  /** Title/address tricks: one item per variant, each also carrying the payloads. */
  variants?: ItemVariant[];
}
