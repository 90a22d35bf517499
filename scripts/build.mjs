/**
 * Builds both browser variants: `dist/chrome` and `dist/firefox`.
 *
 * One `vite.build()` per classic-script entry (Vite cannot emit several IIFE
 * entries in one build), one for the options page, then the public assets and
 * the manifests, derived from manifest.json and the site adapters' hosts.
 */
import { build, runnerImport } from 'vite';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './manifest.mjs';
import { thirdPartyNotices } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The classic-script entries, then the options page (an HTML build).
const entryNames = [
  'background',
  'detector',
  'reader',
  'readability',
  'read-aloud',
  'chinese-traditional',
  'chinese-simplified',
  'options',
];
const targets = /** @type {const} */ (['chrome', 'firefox']);

const started = performance.now();
await rm(`${root}dist`, { recursive: true, force: true });
const staging = `${root}dist/.scripts`;
for (const name of entryNames) {
  process.env.LISEUSE_ENTRY = name;
  process.env.LISEUSE_OUT_DIR = staging;
  // The options page's root is its own folder, so its HTML lands at options/index.html.
  const entryRoot = name === 'options' ? `${root}src/options` : root;
  await build({ configFile: `${root}vite.config.ts`, root: entryRoot, logLevel: 'warn', mode: 'production' });
}
const source = JSON.parse(await readFile(`${root}manifest.json`, 'utf8'));
const { module: registry } = await runnerImport(`${root}src/sites/index.ts`, { configFile: false, logLevel: 'warn' });
const hosts = registry.siteHosts();
const notices = await thirdPartyNotices(root);
for (const target of targets) {
  const out = `${root}dist/${target}`;
  await mkdir(out, { recursive: true });
  await cp(staging, out, { recursive: true });
  await cp(`${root}public`, out, { recursive: true });
  await writeFile(`${out}/THIRD-PARTY-NOTICES.txt`, notices);
  await writeFile(`${out}/manifest.json`, `${JSON.stringify(manifestFor(source, target, hosts), null, 2)}\n`);
}
await rm(staging, { recursive: true, force: true });
console.log(`built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms`);
