/** A link gathered from "read also" paragraphs and related-article asides. */
export interface RelatedLink {
  title: string;
  url: string;
}

/**
 * What the overlay renders: an adapter's draft finished by the reader's pipeline
 * (src/reader/pipeline/finish-article.ts). `content` is untrusted and sanitised
 * only when shown.
 */
export interface Article {
  title: string;
  /** ISO 8601 with the publisher's offset, e.g. 2023-09-28T19:25:00+02:00. */
  published?: string;
  /** ISO 8601 with offset; set only when it differs from `published`. */
  updated?: string;
  /** The original article (absolute URL). */
  sourceUrl: string;
  /** Publisher name as shown to the reader, e.g. "RFI". */
  siteName: string;
  /** Set when the item was read through a republisher, e.g. "feedx". */
  via?: string;
  byline?: string;
  /** BCP 47 language of the article, e.g. zh-Hans, fa. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /**
   * Lead and body, untrusted: an element of an inert document (a copy of the page
   * or a parsed item), never of the live page; src/reader/pipeline/sanitize.ts
   * makes the fragment shown from a sanitised copy of its children. An element,
   * not HTML: serialising a long page and parsing it back is slow.
   */
  content: Element;
  /**
   * The body's block-by-block cleaning (lazy images, clutter, links), left to run a
   * part at a time just before each part is sanitised
   * (src/reader/pipeline/body-parts.ts), so a long page's first paint does not wait
   * for it. Absent when `content` is already clean.
   */
  cleanBlocks?: (part: Element) => void;
  /**
   * Links from "read also" lines and related-article boxes. Boxes elsewhere on the
   * page (rfi.fr) are read on first use, which the reader makes after its first paint.
   */
  readonly related: RelatedLink[];
}
