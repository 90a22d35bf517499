/**
 * RFI's clean-up rules, for rfi.fr pages and RFI items in feedx. Items republished
 * by feedx carry the same body markup, with classes stripped from 2022 on, so every
 * rule has a class-free form too (data-* attributes, link targets, label text).
 */
import type { CleanupRules } from '../adapter';
import { commonCleanup, leadingLabel, readAlsoWords, shareIntentLinks } from '../common-cleanup';
import { keepAudioEmbeds } from './audio-embeds';
import { relatedAsides } from './markup';

/** Elements that are never part of the article, wherever they appear. */
const clutter = [
  '.m-share-bar',
  '[data-root-share]',
  'share-button',
  'share-modal',
  '.o-self-promo',
  '[data-selfpromo-newsletter]',
  '[data-selfpromo-app]',
  '.m-interstitial',
  // The "继续浏览后续" (read on) button of 2020 pages, and ad slots.
  '[data-readmore-unlocker]',
  '.m-interstitial__unlock-btn',
  '.m-block-ad',
  '[data-tms-ad-type]',
  '.ob-smartfeed-wrapper',
  '.OUTBRAIN',
  '.m-tags-list',
  '.m-breadcrumb',
  '.o-breadcrumb',
  '#didomi-host',
  '.didomi-popup-container',
  '.m-author-n-reading-time__reading-time',
  'video-player[sticky]',
  '.m-sticky-player',
  'play-media',
].join(',');

/**
 * 2020 items also write `相关报道 <a>`, `之前相关报道 - <a>` and a columnist's
 * `<a>其它</a> / <a>` (other articles) line. The related-articles aside's heading
 * (`同一主题`, `Sur le même sujet`) labels a short block too where a feed reader
 * stripped the aside's attributes or tags (feed-readers/nextcloud-news/split-current).
 */
const readAlsoLabel = leadingLabel([
  '之前相关报道',
  '相关报道',
  '其它\\s*\\/',
  '同一主题',
  '同一主題',
  'Sur le même sujet',
  ...readAlsoWords,
]);

/** RFI's rules: the common ones, its short links, its boxes, its placeholder logo and audio players. */
export const rfiCleanup: CleanupRules = {
  ...commonCleanup,
  clutter,
  shareLinks: [...shareIntentLinks, /^https?:\/\/rfi\.my\//i],
  readAlsoLabel,
  related: relatedAsides,
  // RFI's generic social-card logo, which AFP wires carry as their image.
  placeholderImage: /^https?:\/\/static\.rfi\.fr\/meta_og_twcards\//,
  embeds: keepAudioEmbeds,
};
