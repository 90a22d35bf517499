/**
 * The cheap half of the rfi.fr adapter: its host and address rules. Articles are
 * recognised from the address alone, so the page-load detector needs nothing else.
 */
import type { Site } from '../adapter';
import { classifyRfiUrl, rfiUrlRules } from './urls';

/** rfi.fr: every edition's articles, by address. */
export const rfiSite: Site<'rfi'> = {
  kind: 'rfi',
  hosts: ['rfi.fr'],
  urlRules: rfiUrlRules,
  recognise(_doc, url) {
    const rule = classifyRfiUrl(url);
    return rule ? { site: 'rfi', kind: rule.kind, article: rule.article } : undefined;
  },
};
