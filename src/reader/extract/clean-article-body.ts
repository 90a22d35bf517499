/**
 * The cleaning pipeline every extractor runs on the article body, in an order that
 * matters: images are recovered from `<noscript>` and audio from its JSON `<script>`
 * before clutter removal drops both elements.
 */
import type { RelatedLink } from '../../shared/article';
import { keepAudioEmbeds, linkVideoEmbeds } from './media-embeds';
import { recoverLazyImages } from './lazy-images';
import { removeClutter } from './remove-clutter';
import { takeRelatedLinks } from './related-links';

/** Makes links absolute so they still work from the reader (and from a feedx mirror). */
function absolutizeLinks(root: Element, baseUrl: string): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    try {
      a.setAttribute('href', new URL(a.getAttribute('href')!, baseUrl).href);
    } catch {
      a.removeAttribute('href');
    }
  }
}

/** A site's own rules on top of the shared ones (src/sites/feedx-publishers.ts). */
export interface SiteRules {
  /** Selector of the site's own clutter. */
  clutter?: string;
  /** Selector of the site's blocks of links to its other articles. */
  related?: string;
}

/**
 * The passes that need the whole body at once, in place: audio and video embeds
 * (a video repeated further down is dropped) and "read also" blocks, whose links
 * are returned.
 */
export function takeEmbedsAndRelated(root: Element, baseUrl: string, rules: SiteRules = {}): RelatedLink[] {
  keepAudioEmbeds(root);
  linkVideoEmbeds(root);
  return takeRelatedLinks(root, baseUrl, rules.related);
}

/**
 * The passes that look at one block at a time, in place: real images for lazy
 * ones, clutter, absolute links. They give the same result on the whole body or
 * on consecutive parts of it, so the reader can run them a part at a time
 * (src/reader/body-parts.ts). Images come before clutter, which drops the
 * `<noscript>` they are recovered from.
 */
export function cleanArticleBlocks(root: Element, baseUrl: string, rules: SiteRules = {}): void {
  recoverLazyImages(root, baseUrl);
  removeClutter(root, rules.clutter);
  absolutizeLinks(root, baseUrl);
}

/**
 * Cleans `root` in place, all at once; returns the related links taken out of it.
 * Lazy images first, as before the passes were split: a body cleaned a part at a
 * time (rfi.fr) has its embeds and related links taken before, which
 * takeRelatedLinks allows for by reading text without <noscript> markup.
 */
export function cleanArticleBody(root: Element, baseUrl: string, rules: SiteRules = {}): RelatedLink[] {
  recoverLazyImages(root, baseUrl);
  const related = takeEmbedsAndRelated(root, baseUrl, rules);
  removeClutter(root, rules.clutter);
  absolutizeLinks(root, baseUrl);
  return related;
}
