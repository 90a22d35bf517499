/**
 * Starts and stops the real Tiny Tiny RSS of the feed-reader tests (tt-rss.sh does
 * the system work). Call from a test file:
 *
 *   let ttrss: TtRss;
 *   beforeAll(async () => { ttrss = await startTtRss(); }, TTRSS_SETUP_TIMEOUT);
 *   afterAll(() => stopTtRss());
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildFeed, feedItems } from './feed';
import type { FeedItem } from './feed-items';

const run = promisify(execFile);
const script = join(import.meta.dirname, 'tt-rss.sh');
// tt-rss.sh counts its clients by process id; scripts/tt-rss.mjs names its shell instead.
const client = () => process.env.LISEUSE_TTRSS_CLIENT ?? String(process.pid);

/** The tt-rss accounts, one per way of reading (tt-rss.sh USERS). */
export type TtRssUser = 'combined' | 'collapsed' | 'three-panes';

/** A running tt-rss, as `startTtRss` reports it. */
export interface TtRss {
  /** tt-rss's address (its SELF_URL_PATH), e.g. http://10.213.7.1/tt-rss/ */
  base: string;
  /** Where tt-rss fetched the test feed from. */
  feedUrl: string;
  /** Every account's password. */
  password: string;
  /** Each account's subscription to the test feed. */
  users: Record<TtRssUser, { feedId: number }>;
  /** The feed's items, in feed order. */
  items: FeedItem[];
}

/**
 * Long enough for the first run on a fresh machine (apt-get install of tt-rss,
 * PostgreSQL, Apache and PHP: a minute or two, more if another apt-get holds the
 * lock); later runs take seconds.
 */
export const TTRSS_SETUP_TIMEOUT = 20 * 60_000;

/** Installs tt-rss when missing, starts it and loads the test feed; this process counts as one client until `stopTtRss`. */
export async function startTtRss(): Promise<TtRss> {
  const items = feedItems();
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-tt-rss-'));
  try {
    const feedFile = join(dir, 'feed.xml');
    // The channel link is tt-rss.sh's address (ADDR): tt-rss fetches the site's
    // favicon from it, and this machine has no route to the internet.
    writeFileSync(feedFile, buildFeed(items, 'http://10.213.7.1/'));
    const { stdout } = await run('bash', [script, 'up', client(), feedFile], {
      timeout: TTRSS_SETUP_TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`tt-rss setup failed: ${error.message}\n${error.stderr ?? ''}`);
    });
    return { ...(JSON.parse(stdout.trim().split('\n').pop()!) as Omit<TtRss, 'items'>), items };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** This process is done with tt-rss; the last client stops what the setup started. */
export async function stopTtRss(): Promise<void> {
  await run('bash', [script, 'down', client()], { timeout: 120_000 });
}

/** The share key tt-rss.sh gives an item (its link's MD5, as in its reset_state). */
export function shareKey(link: string): string {
  return 'lsz' + createHash('md5').update(link).digest('hex').slice(0, 20);
}
