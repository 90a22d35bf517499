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

/** Cleans `root` in place; returns the related links taken out of it. */
export function cleanArticleBody(root: Element, baseUrl: string, rules: SiteRules = {}): RelatedLink[] {
  recoverLazyImages(root, baseUrl);
  keepAudioEmbeds(root);
  linkVideoEmbeds(root);
  const related = takeRelatedLinks(root, baseUrl, rules.related);
  removeClutter(root, rules.clutter);
  absolutizeLinks(root, baseUrl);
  return related;
}
