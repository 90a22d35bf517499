/**
 * Builds the Article of a feedx item from its HTML (already parsed into an inert
 * element): archiver damage mended and feedx's footer dropped first, then RFI items
 * get RFI's rules and Paris time, other publishers' items their header read
 * (feedx-rfi-item.ts, feedx-publisher-item.ts), then the shared body cleaning.
 */
import type { Article } from '../../shared/article';
import { instantToIso } from '../../shared/zoned-time';
import { feedxDomain, feedxFooterLabel } from '../../sites/feedx';
import { publisherOf } from '../../sites/feedx-publishers';
import { rfiEditionOf } from '../../sites/rfi-editions';
import { rfiOrigin } from '../../sites/rfi-page';
import { cleanArticleBody } from './clean-article-body';
import { takePublisherItemHeader } from './feedx-publisher-item';
import { takeRfiItemHeader } from './feedx-rfi-item';
import { guessLanguage } from './guess-language';
import { mendJoinedTags } from './joined-tags';

/** A feedx item as found on the page. */
export interface FeedxItemSource {
  title: string;
  url: string;
  crawledAt?: number;
  /** A detached element holding the item's nodes; it is modified. */
  root: Element;
}

const isFeedxLink = (a: Element) => {
  try {
    return feedxDomain.test(new URL(a.getAttribute('href') ?? '').hostname);
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
    const startsWithLabel = text.startsWith(feedxFooterLabel);
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

/** Site suffixes that feedx titles carry (` – 法国国际广播电台 - RFI`). */
const titleSuffix = /\s+[–-]\s+(法国国际广播电台|法國國際廣播電台)\s+-\s+RFI\s*$|\s+-\s+RFI\s*$/;

/** The Article of a feedx item. */
export function articleFromFeedxItem(item: FeedxItemSource): Article {
  const { root } = item;
  const source = new URL(item.url);
  const publisher = publisherOf(source);
  const isRfi = publisher.name === 'RFI';
  mendJoinedTags(root);
  removeFeedxFooter(root);
  const header = isRfi ? takeRfiItemHeader(root) : takePublisherItemHeader(root, publisher);
  // The crawl time is only a fallback (CNA and FT items carry no date): feedx crawls
  // 20 min to 2 h after publication. Shown in the publisher's zone.
  const published = header.published ?? (item.crawledAt ? instantToIso(item.crawledAt, publisher.timeZone ?? 'UTC') : undefined);
  // RFI's relative links (`/cn/...`) point to rfi.fr, also on a mirror.
  const related = cleanArticleBody(root, isRfi ? `${rfiOrigin}/` : source.href, { clutter: publisher.clutter, related: publisher.related });
  const edition = isRfi ? rfiEditionOf(source) : undefined;
  const lang = edition?.lang ?? guessLanguage(root.textContent ?? '', publisher.lang);
  return {
    title: item.title.replace(titleSuffix, '').trim(),
    published,
    sourceUrl: source.href,
    siteName: publisher.name,
    via: 'feedx',
    byline: header.byline,
    lang,
    dir: edition?.dir ?? (lang === 'fa' || lang === 'ar' ? 'rtl' : 'ltr'),
    content: root,
    related,
  };
}
