/**
 * The draft of a feedx item, from its HTML (already in an inert element):
 * archiver damage mended and feedx's footer dropped first, then the publisher's
 * own reading (publishers.ts: RFI items get RFI's rules and Paris time, others
 * their header read) and cleanup rules.
 */
import { instantToIso } from '../../shared/zoned-time';
import type { ArticleDraft, ReadPage } from '../adapter';
import { commonCleanup } from '../common-cleanup';
import { findRenderedFeedxItem, parseFeedxArchiveText } from './item-format';
import { mendJoinedTags } from './joined-tags';
import { readPublisherItem } from './publisher-item';
import { publisherOf } from './publishers';
import { isFeedxHost } from './site';

/** Text that opens feedx's footer. */
const footerLabel = '获取更多RSS';

/** A feedx item as found on the page. */
export interface FeedxItemSource {
  title: string;
  url: string;
  crawledAt?: number;
  /**
   * The date a feed reader shows for the item (ISO 8601 with the reader's zone): for
   * feedx's feeds, the crawl time. Used, like `crawledAt`, only when the item has no date of its own.
   */
  readerDate?: string;
  /** A detached element holding the item's nodes; it is modified. */
  root: Element;
}

const isFeedxLink = (a: Element) => {
  try {
    return isFeedxHost(new URL(a.getAttribute('href') ?? '').hostname);
  } catch {
    return false;
  }
};

/**
 * Removes feedx's footer ("获取更多RSS" and links to its domains) and the rule above
 * it. The footer is the block that *starts* with the label: a Jekyll post wraps the
 * whole item in one <div> that also holds the label, and must stay.
 */
function removeFeedxFooter(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('div, p'))) {
    if (!root.contains(el)) continue; // inside a footer removed already
    const links = Array.from(el.querySelectorAll('a[href]'));
    const text = (el.textContent ?? '').trim();
    const startsWithLabel = text.startsWith(footerLabel);
    if ((startsWithLabel && links.every(isFeedxLink)) || (links.length > 0 && links.every(isFeedxLink) && !el.querySelector('p, img'))) {
      el.remove();
    }
  }
  // The <br><hr> that separated the footer, and trailing white space, at either depth.
  const trimEnd = (el: Element) => {
    for (let last = el.lastChild; last; last = el.lastChild) {
      const blank = last.nodeType === 3 ? !(last.textContent ?? '').trim() : ['BR', 'HR'].includes(last.nodeName);
      if (!blank) break;
      last.remove();
    }
  };
  trimEnd(root);
  if (root.children.length === 1 && root.firstElementChild!.tagName === 'DIV') trimEnd(root.firstElementChild!);
}

/** Removes the elements that are only one of the publisher's labels (publishers.ts). */
function removeLabels(root: Element, labels: RegExp | undefined): void {
  if (!labels) return;
  for (const el of Array.from(root.querySelectorAll('span, div, p'))) {
    if (el.children.length === 0 && labels.test((el.textContent ?? '').trim())) el.remove();
  }
}

/** The draft of a feedx item, wherever it was found (archive text, a rendered page, a feed reader). */
export function draftFromFeedxItem(item: FeedxItemSource): ArticleDraft {
  const { root } = item;
  const source = new URL(item.url);
  const publisher = publisherOf(source);
  mendJoinedTags(root);
  removeFeedxFooter(root);
  removeLabels(root, publisher.labels);
  const header = (publisher.readItem ?? readPublisherItem)(root, publisher);
  // The crawl time is only a fallback (CNA and FT items carry no date): feedx crawls
  // 20 min to 2 h after publication. Shown in the publisher's zone, or as the feed
  // reader wrote it.
  const published =
    header.published ?? item.readerDate ?? (item.crawledAt ? instantToIso(item.crawledAt, publisher.timeZone ?? 'UTC') : undefined);
  const declared = publisher.languageOf?.(source);
  return {
    title: publisher.titleSuffix ? item.title.replace(publisher.titleSuffix, '') : item.title,
    published,
    sourceUrl: source.href,
    siteName: publisher.name,
    via: 'feedx',
    byline: header.byline,
    lang: declared?.lang,
    langFallback: publisher.lang,
    dir: declared?.dir,
    body: root,
    linkBase: publisher.linkBase ?? source.href,
    cleanup: publisher.cleanup ?? commonCleanup,
  };
}

/** feedx items: archive text parsed inert, or a rendered item's nodes taken from the copy. */
export const readFeedxPage: ReadPage = (page) => {
  if (page.text !== undefined) {
    const item = parseFeedxArchiveText(page.text);
    return item ? draftFromFeedxItem({ ...item, root: page.parseInert(item.html) }) : undefined;
  }
  const doc = page.copy();
  const rendered = findRenderedFeedxItem(doc);
  if (!rendered) return undefined;
  const root = doc.createElement('div');
  root.append(...rendered.nodes);
  return draftFromFeedxItem({ ...rendered, root });
};
