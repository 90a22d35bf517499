/** A link gathered from "read also" paragraphs and related-article asides. */
export interface RelatedLink {
  title: string;
  url: string;
}

/**
 * What the overlay renders. Produced by the extractors in src/reader/extract from a
 * clone of the page; `content` is untrusted and sanitised only when shown.
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
   * Lead and body, untrusted: an element of an inert document (a clone of the page
   * or a parsed feedx item), never of the live page; src/reader/sanitize.ts makes
   * the fragment shown from a sanitised copy of its children. It is an element,
   * not HTML, because serialising it and parsing it back cost 220 ms on the 5 MB
   * page (npm run bench).
   */
  content: Element;
  /**
   * The body's block-by-block cleaning (lazy images, clutter, links), when the
   * extractor left it for the reader to run a part at a time, just before each
   * part is sanitised (src/reader/body-parts.ts): rfi.fr pages, where running it
   * on the whole long page kept Firefox's first paint waiting about 7 ms (npm run
   * bench, 2026-11-26). Absent when `content` is already clean.
   */
  cleanBlocks?: (part: Element) => void;
  /**
   * Links from "read also" lines and related-article boxes. rfi.fr articles
   * read the page's boxes on first use (src/reader/extract/rfi-article.ts), which
   * the reader makes after its first paint.
   */
  readonly related: RelatedLink[];
}
