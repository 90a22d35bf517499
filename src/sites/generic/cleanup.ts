/**
 * Clean-up rules for pages of any site: the common share links and labels
 * (common-cleanup.ts), nothing of a particular site's.
 */
import type { CleanupRules } from '../adapter';
import { commonCleanup } from '../common-cleanup';

/** Readability's output: it has dropped the page's furniture and classes already. */
export const readabilityCleanup: CleanupRules = commonCleanup;

/**
 * A marked-up article taken whole: the blocks of links to the site's other
 * articles by the names sites give them, and the page's furniture, taken out as
 * Readability would.
 */
export const markedUpCleanup: CleanupRules = {
  ...commonCleanup,
  related: 'aside[class*="related" i], section[class*="related" i]',
  clutter: 'nav, aside, footer, form, button, dialog, script, style, template, [hidden], [aria-hidden="true"]',
  stripClasses: true,
};
