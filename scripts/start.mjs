/**
 * `npm start`: builds Liseuse, serves a demo locally (a feedx item as raw archive
 * text and as a rendered page, an RFI-style article at its own www.rfi.fr address,
 * a page with no article) and opens Firefox ESR — or Chromium with
 * `npm start -- --chromium` — with the extension loaded through `web-ext run`.
 *
 * The demo pages are the test fixtures, served by the test server; nothing of them
 * is in the extension. www.rfi.fr is resolved to this machine in the launched
 * browser only, so the extension's real rfi.fr rules apply to the demo article.
 * Without a display (CI, SSH), pass `--headless`; Ctrl+C stops everything.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const chromium = args.includes('--chromium');
const headless = args.includes('--headless') || !process.env.DISPLAY;

const run = (cmd, argv, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });

await run(process.execPath, ['scripts/build.mjs']);

const { module: serverModule } = await runnerImport(`${root}test/e2e/harness/server.ts`);
const { module: routesModule } = await runnerImport(`${root}test/support/fixture-routes.ts`);
const { module: binaries } = await runnerImport(`${root}test/e2e/harness/binaries.ts`);

const demoArticle = 'rfi/cn-article';
let port = 0;
const index = (url) => {
  if (url.pathname !== '/' || url.hostname !== '127.0.0.1') return undefined;
  const rfi = routesModule.rfiFixtureUrl(demoArticle, port);
  const link = (href, text, note) => `<li><a href="${href}">${text}</a> — ${note}</li>`;
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Liseuse demo</title>
<body style="font:18px/1.5 system-ui,sans-serif;max-width:42em;margin:3em auto">
<h1>Liseuse demo</h1>
<p>Open a page below, then click Liseuse's toolbar button, the reader button in Firefox's address bar
(shown on recognised articles), or press Alt+Shift+R. Esc closes the reader.</p>
<ul>
${link('/feedx/archive-md/rfi-seed-20230928.html', 'A feedx item on an archive site', 'RFI Chinese, 28 September 2023')}
${link('/feedx/archive-md/rfi-seed-20230928.md', 'The same item as raw archive text', 'what a code host shows for the raw file')}
${link(rfi, 'An RFI-style article at its www.rfi.fr address', 'hand-made page, served locally')}
${link('/generic/not-an-article.html', 'A page with no article', 'the reader says so politely')}
</ul></body></html>`,
  };
};
const server = await serverModule.startFixtureServer([index, ...routesModule.fixtureRoutes()]);
port = server.port;
const start = `${server.origin}/`;
console.log(`Demo pages: ${start}`);

const webExt = `${root}node_modules/.bin/web-ext`;
const common = ['run', '--no-input', '--start-url', start];
const browserArgs = chromium
  ? [
      '--source-dir',
      'dist/chrome',
      '--target',
      'chromium',
      '--chromium-binary',
      binaries.requireBrowserBinary('chromium'),
      '--arg=--host-resolver-rules=MAP www.rfi.fr 127.0.0.1',
      '--arg=--disable-features=HttpsUpgrades',
      ...(process.getuid?.() === 0 ? ['--arg=--no-sandbox'] : []),
      ...(headless ? ['--arg=--headless'] : []),
    ]
  : [
      '--source-dir',
      'dist/firefox',
      '--target',
      'firefox-desktop',
      '--firefox',
      binaries.requireBrowserBinary('firefox'),
      '--pref',
      'network.dns.localDomains=www.rfi.fr',
      '--pref',
      'dom.security.https_first=false',
      ...(headless ? ['--arg=--headless'] : []),
    ];
if (!existsSync(webExt)) throw new Error('web-ext is missing: run npm ci first');
// In its own process group, so that stopping it stops the browser it started too.
const child = spawn(webExt, [...common, ...browserArgs], { cwd: root, stdio: 'inherit', detached: true });
const stop = async () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
