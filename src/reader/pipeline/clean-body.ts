/**
 * Cleans an article body with its adapter's rules (CleanupRules), in an order
 * that matters: images are recovered from `<noscript>` and embeds from their JSON
 * `<script>` before clutter removal drops both elements.
 */
import type { RelatedLink } from '../../shared/article';
import type { CleanupRules } from '../../sites/adapter';
import { recoverLazyImages } from './lazy-images';
import { removeClutter } from './remove-clutter';
import { takeRelatedLinks } from './related-links';
import { linkVideoEmbeds } from './video-embeds';

/** Makes links absolute so they still work from the reader (and from a mirror). */
function absolutizeLinks(root: Element, baseUrl: string): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    try {
      a.setAttribute('href', new URL(a.getAttribute('href')!, baseUrl).href);
    } catch {
      a.removeAttribute('href');
    }
  }
}

/** Drops every class attribute under `root`: the page's classes mean nothing in the reader. */
function stripClasses(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[class]'))) el.removeAttribute('class');
}

/**
 * The passes that need the whole body at once, in place: embeds (a video repeated
 * further down is dropped) and "read also" blocks, whose links are returned.
 */
export function takeEmbedsAndRelated(root: Element, baseUrl: string, rules: CleanupRules): RelatedLink[] {
  rules.embeds?.(root);
  linkVideoEmbeds(root);
  return takeRelatedLinks(root, baseUrl, rules);
}

/**
 * The passes that look at one block at a time, in place: real images for lazy
 * ones, clutter, absolute links. They give the same result on the whole body or
 * on consecutive parts of it, so the reader can run them a part at a time
 * (body-parts.ts). Images come before clutter, which drops the `<noscript>` they
 * are recovered from.
 */
export function cleanArticleBlocks(root: Element, baseUrl: string, rules: CleanupRules): void {
  recoverLazyImages(root, baseUrl, rules.placeholderImage);
  removeClutter(root, rules);
  absolutizeLinks(root, baseUrl);
  if (rules.stripClasses) stripClasses(root);
}

/**
 * Cleans `root` in place, all at once; returns the related links taken out of it.
 * Lazy images first: a body cleaned a part at a time has its embeds and related
 * links taken before, which takeRelatedLinks allows for by reading text without
 * `<noscript>` markup.
 */
export function cleanArticleBody(root: Element, baseUrl: string, rules: CleanupRules): RelatedLink[] {
  recoverLazyImages(root, baseUrl, rules.placeholderImage);
  const related = takeEmbedsAndRelated(root, baseUrl, rules);
  removeClutter(root, rules);
  absolutizeLinks(root, baseUrl);
  if (rules.stripClasses) stripClasses(root);
  return related;
}
