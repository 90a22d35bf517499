/**
 * What a site adapter is: the contract between one folder of src/sites and the
 * reader's pipeline (src/reader/pipeline), which knows no site. An adapter finds
 * its pages and reads them into an ArticleDraft; the pipeline cleans the body with
 * the adapter's CleanupRules, finishes the article once and sanitises it.
 */
import type { Readability } from '@mozilla/readability';
import type { Article } from '../shared/article';
import type { UrlRule } from './url-rule';

/** What the cheap recognition found: the kind of page, and whether it is an article. */
export interface Recognised {
  site: string;
  article: boolean;
  /** Adapter-specific detail (an rfi.fr URL rule's kind, how a feedx item is wrapped). */
  [detail: string]: unknown;
}

/**
 * The cheap half of an adapter: what the page-load detector and the manifest need.
 * It must import no extraction code (src/content/detector.ts bundles it).
 */
export interface Site<Kind extends string = string> {
  /** The folder name under src/sites and test/fixtures. */
  kind: Kind;
  /** Hosts (and their subdomains) given host permission, where the detector runs. */
  hosts: readonly string[];
  /** Address rules, each with its own test URLs (test/unit/site-urls.test.ts). */
  urlRules: readonly UrlRule[];
  /** Recognises a page of this site from its address or content, cheaply; undefined when not. */
  recognise?(doc: Document, url: URL): Recognised | undefined;
}

/** Mozilla's Readability class, given to the adapters that need it (src/readability/index.ts). */
export type ReadabilityClass = typeof Readability;

/** Where an element is drawn, in CSS pixels from the top of the viewport, and how far its own content is scrolled. */
export interface ElementLayout {
  top: number;
  bottom: number;
  scrollTop: number;
}

/**
 * The live page, for what only it can tell: where the user is reading (a feed
 * reader's marks, focus, the selection, layout). **Read only, and never a source
 * of nodes**: an adapter may query it and read text, attributes, focus, the
 * selection and positions; it never changes, moves, clones or inserts one of its
 * nodes, and takes what it reads as content through `copyOf`. Only files named
 * `live-*.ts` in an adapter may use it (eslint.config.js checks both rules).
 */
export interface LivePage {
  readonly document: Document;
  /** An inert copy of one live element, made from its markup as `PageInput.copy()` is: safe to take apart. */
  copyOf(el: Element): Element;
  /** Where `el` is drawn (getBoundingClientRect, scrollTop); tests give their own, jsdom has no layout. */
  layoutOf(el: Element): ElementLayout;
  /** The browser's offset from UTC now, in minutes east (what web apps read as `-getTimezoneOffset()`). */
  utcOffsetMinutes: number;
}

/** A page as the pipeline offers it to the adapters: an inert copy, and a read-only view of the live page. */
export interface PageInput {
  url: URL;
  /** The text of a plain-text document (text/plain opens as one <pre>); undefined for HTML. */
  text: string | undefined;
  /** An inert copy of the document, made on first use from its markup and shared by the adapters asked in turn: a declining adapter leaves it as it was. */
  copy(): Document;
  /** Untrusted HTML parsed into an inert document's body (no script runs, nothing loads, no handler left). */
  parseInert(html: string): Element;
  /** Readability, when it is loaded in this world. */
  readability?: ReadabilityClass;
  /** The live page, read only (see LivePage): for adapters that must know where the user is. */
  live: LivePage;
}

/**
 * How the pipeline cleans a body (src/reader/pipeline/clean-body.ts), as data and
 * small functions. Every key is optional: what an adapter leaves out is not done.
 */
export interface CleanupRules {
  /** Elements that are never the article (ads, share bars, promotions), as one selector. */
  clutter?: string;
  /** Share-link targets: a block made only of these links (and a share label) is a share bar. */
  shareLinks?: readonly RegExp[];
  /** The label before share links (`Partager :`), dropped when left alone. */
  shareLabel?: RegExp;
  /** A short block starting with this label is a "read also" line: its links go to the related list. */
  readAlsoLabel?: RegExp;
  /** Link texts that are a label rather than an article title (`<a>其它</a>`). */
  labelLinkText?: RegExp;
  /** Blocks of links to the site's other articles, moved to the related list. */
  related?: string;
  /** Image sources that stand in for the article's image without being it. */
  placeholderImage?: RegExp;
  /** Turns the site's own embeds into plain elements (RFI's audio JSON); runs before clutter removal. */
  embeds?: (root: Element) => void;
  /** Drops every class attribute at the end: the page's classes mean nothing in the reader. */
  stripClasses?: boolean;
}

/** What an adapter reads from a page; src/reader/pipeline/finish-article.ts makes the Article of it. */
export interface ArticleDraft extends Pick<Article, 'title' | 'sourceUrl' | 'siteName' | 'via'> {
  /** ISO 8601, with an offset or a bare date; an unparsable value is dropped. */
  published?: string;
  /** Kept only when later than `published`. */
  updated?: string;
  /** One byline, or names to join (duplicates dropped). */
  byline?: string | readonly string[];
  /** The language the page or address declares; guessed from the text when absent. */
  lang?: string;
  /** What the guess falls back to when the text says nothing clear. */
  langFallback?: string;
  /** The direction the page declares; otherwise the language decides. */
  dir?: string;
  /** Lead and body, untrusted, in an inert document (a copy of the page or a parsed item); cleaned in place. */
  body: Element;
  /** Base for the body's relative links; `sourceUrl` when absent. */
  linkBase?: string;
  cleanup: CleanupRules;
  /** Clean the body a part at a time as it is shown, not all at once (long rfi.fr pages). */
  cleanInParts?: boolean;
  /** Part of the page copy whose related boxes are read on first use, after the first paint. */
  relatedLater?: Element;
}

/** An adapter's answer when the page is its own but holds no article (a listing, an unreadable item). */
export const NO_ARTICLE = 'no-article';

/** The generic adapter's answer when only Readability can tell and it is not loaded. */
export const NEEDS_READABILITY = 'needs-readability';

/** What reading a page gives: a draft, NO_ARTICLE, NEEDS_READABILITY, or undefined for "not mine, ask the next adapter". */
export type ReadResult = ArticleDraft | typeof NO_ARTICLE | typeof NEEDS_READABILITY | undefined;

/** Reads a page into a draft; an adapter that declines leaves the copy as it was. */
export type ReadPage = (page: PageInput) => ReadResult;
