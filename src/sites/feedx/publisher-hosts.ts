/**
 * The hosts of the publishers feedx republishes: a title link to one of them is
 * part of what makes a block of HTML a feedx item. Kept apart from the publisher
 * table (publishers.ts) so that the page-load detector carries hosts, not rules.
 */

/** Publisher hosts; each also covers its subdomains (cn.nytimes.com). */
export const publisherHosts = [
  'rfi.fr',
  'bbc.com',
  'bbc.co.uk',
  'cna.com.tw',
  'dw.com',
  'economist.com',
  'ft.com',
  'nytimes.com',
  'reuters.com',
  'voachinese.com',
] as const;

/** A publisher host. */
export type PublisherHost = (typeof publisherHosts)[number];

/** The publisher host `hostname` is or is under, if any. */
export function publisherHostOf(hostname: string): PublisherHost | undefined {
  const host = hostname.replace(/^www\./, '');
  return publisherHosts.find((p) => host === p || host.endsWith(`.${p}`));
}

/** Whether `hostname` is a publisher's. */
export const isPublisherHost = (hostname: string) => publisherHostOf(hostname) !== undefined;
