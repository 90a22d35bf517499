/**
 * Reads the item the user is reading in a feed reader: a feedx item through the
 * feedx adapter's own item reading (its publisher's rules, RFI's date line in
 * Paris time, "via feedx"), any other item with its own title, link, date and
 * body and the common clean-up. Recognising the item is enough: the generic
 * "is this an article?" thresholds do not apply (short items open too).
 */
import { NO_ARTICLE, type ArticleDraft, type ReadPage } from '../adapter';
import { commonCleanup } from '../common-cleanup';
import { draftFromFeedxItem, isFeedxItem } from '../feedx';
import { itemParts, type ItemParts } from './item-parts';
import { copyItemBeingRead } from './live-item';

/** The draft of an item that is not feedx's: what the reader shows of it, cleaned like any page. */
function draftFromFeedItem(item: ItemParts): ArticleDraft {
  return {
    title: item.title,
    published: item.date,
    sourceUrl: item.link,
    siteName: item.feed || new URL(item.link).hostname.replace(/^www\./, ''),
    byline: item.author,
    body: item.content,
    cleanup: { ...commonCleanup, stripClasses: true },
  };
}

/** A feed reader's page: the item being read, or NO_ARTICLE when it shows none open. */
export const readFeedReaderPage: ReadPage = (page) => {
  if (page.text !== undefined) return undefined;
  const copied = copyItemBeingRead(page);
  if (copied === undefined) return undefined;
  const item = copied === 'none' ? undefined : itemParts(copied, page);
  if (!item) return NO_ARTICLE;
  if (isFeedxItem(item.content, item.link)) {
    return draftFromFeedxItem({ title: item.title, url: item.link, readerDate: item.date, root: item.content });
  }
  return draftFromFeedItem(item);
};
