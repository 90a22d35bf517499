/**
 * The real Tiny Tiny RSS of the feed-reader tests, by hand (root):
 *   node scripts/tt-rss.mjs up        install when missing, start, load the feed; prints where
 *   node scripts/tt-rss.mjs down      stop what `up` started
 *   node scripts/tt-rss.mjs capture   up, save the four views to test/fixtures/feed-readers/tt-rss, down
 * See test/e2e/feed-readers/tt-rss/ and test/fixtures/feed-readers/tt-rss/README.md.
 */
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const load = async (file) =>
  (
    await runnerImport(fileURLToPath(new URL(`../test/e2e/feed-readers/tt-rss/${file}`, import.meta.url)), {
      configFile: false,
      logLevel: 'error',
    })
  ).module;

const command = process.argv[2];
if (command === 'capture') {
  const { captureAll } = await load('capture.ts');
  await captureAll();
} else if (command === 'up' || command === 'down') {
  const service = await load('service.ts');
  // The shell script counts clients by pid; by hand, this shell's parent stands for "the user".
  process.env.LISEUSE_TTRSS_CLIENT = String(process.ppid);
  if (command === 'up') {
    const { items, ...where } = await service.startTtRss();
    console.log(JSON.stringify({ ...where, items: items.length }, null, 2));
  } else await service.stopTtRss();
} else {
  console.error('usage: node scripts/tt-rss.mjs up|down|capture');
  process.exitCode = 2;
}
