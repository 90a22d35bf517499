/**
 * Builds the Article of a feedx item from its HTML (already parsed into an inert
 * element): RFI items get RFI's rules and Paris time; other publishers' items get
 * their `<div><i>[author<br>]date</i></div>` header read.
 */
import type { Article } from '../../shared/article';
import { wallClockToIso, instantToIso } from '../../shared/zoned-time';
import { feedxDomain, feedxFooterLabel, rfiDateLine } from '../../sites/feedx';
import { publisherOf } from '../../sites/feedx-publishers';
import { rfiEditionOf } from '../../sites/rfi-editions';
import { rfiTimeZone } from '../../sites/rfi-page';
import { cleanArticleBody } from './clean-article-body';
import { parsePublisherDate } from './publisher-dates';
import { guessLanguage } from './guess-language';

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

/** Removes feedx's footer ("获取更多RSS" and links to its domains) and the rule above it. */
function removeFeedxFooter(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('div, p'))) {
    if (!root.contains(el)) continue; // inside a footer removed already
    const links = Array.from(el.querySelectorAll('a[href]'));
    const hasLabel = (el.textContent ?? '').includes(feedxFooterLabel);
    if ((hasLabel && links.every(isFeedxLink)) || (links.length > 0 && links.every(isFeedxLink) && !el.querySelector('p, img'))) {
      el.remove();
    }
  }
  // The <br><hr> that separated the footer, and trailing white space.
  for (let last = root.lastChild; last; last = root.lastChild) {
    const blank = last.nodeType === 3 ? !(last.textContent ?? '').trim() : ['BR', 'HR'].includes(last.nodeName);
    if (!blank) break;
    last.remove();
  }
}

/** Finds, removes and reads RFI's date line (`28/09/2023 - 19:25`, Paris time). */
function takeRfiDateLine(root: Element): string | undefined {
  for (const el of Array.from(root.querySelectorAll('div, p, span')).slice(0, 8)) {
    const m = rfiDateLine.exec(el.textContent ?? '');
    if (!m || el.children.length) continue;
    el.remove();
    const [, day, month, year, hour, minute] = m.map(Number);
    return wallClockToIso({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, rfiTimeZone);
  }
  return undefined;
}

/** Reads and removes the `<div><i>[author<br>]date</i></div>` header of non-RFI items. */
function takePublisherHeader(root: Element, host: string): { published?: string; byline?: string } {
  const i = root.querySelector('div > i');
  const header = i?.parentElement;
  if (!i || !header || (header.textContent ?? '').trim() !== (i.textContent ?? '').trim()) return {};
  const lines = Array.from(i.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => (n.textContent ?? '').trim())
    .filter(Boolean);
  const published = parsePublisherDate(lines.at(-1) ?? '', host);
  if (!published) return {};
  header.remove();
  const byline = lines.length > 1 ? lines.slice(0, -1).join(' ') : undefined;
  return { published, byline };
}

/** Site suffixes that feedx titles carry (` – 法国国际广播电台 - RFI`). */
const titleSuffix = /\s+[–-]\s+(法国国际广播电台|法國國際廣播電台)\s+-\s+RFI\s*$|\s+-\s+RFI\s*$/;

/** The Article of a feedx item. */
export function articleFromFeedxItem(item: FeedxItemSource): Article {
  const { root } = item;
  const source = new URL(item.url);
  const publisher = publisherOf(source);
  const isRfi = publisher.name === 'RFI';
  removeFeedxFooter(root);
  const header = isRfi ? { published: takeRfiDateLine(root) } : takePublisherHeader(root, source.hostname);
  // The crawl time is only a fallback: feedx crawls 20 min to 2 h after publication.
  const published =
    header.published ?? (item.crawledAt ? instantToIso(item.crawledAt, isRfi ? rfiTimeZone : 'UTC') : undefined);
  const related = cleanArticleBody(root, isRfi ? 'https://www.rfi.fr/' : source.href);
  const edition = isRfi ? rfiEditionOf(source) : undefined;
  const lang = edition?.lang ?? guessLanguage(root.textContent ?? '', publisher.lang);
  return {
    title: item.title.replace(titleSuffix, '').trim(),
    published,
    sourceUrl: source.href,
    siteName: publisher.name,
    via: 'feedx',
    byline: 'byline' in header ? header.byline : undefined,
    lang,
    dir: edition?.dir ?? (lang === 'fa' || lang === 'ar' ? 'rtl' : 'ltr'),
    contentHtml: root.innerHTML.trim(),
    related,
  };
}
