/**
 * Clean-up rules most sites share: the social networks' share links and the words
 * that label share bars and "read also" lines in the languages Liseuse reads.
 * Adapters take them as they are (generic pages, feedx publishers) or add their own
 * (rfi/cleanup.ts).
 */
import type { CleanupRules } from './adapter';

/** Share-link targets of the social networks and mail. */
export const shareIntentLinks: readonly RegExp[] = [
  /^https?:\/\/(www\.)?facebook\.com\/(dialog\/share|sharer)/i,
  /^whatsapp:\/\/send/i,
  /^https?:\/\/(web|api)\.whatsapp\.com\/send/i,
  /^https?:\/\/(www\.)?(twitter|x)\.com\/intent\/tweet/i,
  /^https?:\/\/(www\.)?linkedin\.com\/shareArticle/i,
  /^https?:\/\/t\.me\/share/i,
  /^mailto:\?/i,
];

/** "Share" as a label before share links. */
export const shareWords = [
  '分享',
  '分享到',
  'Partager',
  'Share',
  'Compartir',
  'Compartilhar',
  'Поделиться',
  'Chia sẻ',
  'اشتراک',
  'Shiriki',
  'Raba',
];

/** Labels of "read also" lines. */
export const readAlsoWords = [
  '延伸阅读',
  '延伸閱讀',
  '相关阅读',
  '相關閱讀',
  '相關報導',
  'À lire aussi',
  'A lire aussi',
  'Lire aussi',
  'Read also',
  'Read more',
  'Lea también',
  'Leia também',
  'Читайте также',
  'Đọc thêm',
  'بیشتر بخوانید',
];

/** A label that is the whole text of its element (`分享 :`). */
export const wholeLabel = (words: readonly string[]) => new RegExp(`^\\s*(${words.join('|')})\\s*[:：]?\\s*$`, 'i');

/** A label that opens a line (`À lire aussi : <a>…</a>`). */
export const leadingLabel = (words: readonly string[]) => new RegExp(`^\\s*(${words.join('|')})\\s*[:：-]?`, 'i');

/** The shared rules. */
export const commonCleanup: CleanupRules = {
  shareLinks: shareIntentLinks,
  shareLabel: wholeLabel(shareWords),
  readAlsoLabel: leadingLabel(readAlsoWords),
  labelLinkText: /^\s*(其它|其他|更多|More|Plus)\s*$/i,
};
