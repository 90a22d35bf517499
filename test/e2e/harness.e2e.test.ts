/**
 * Smoke test of the e2e harness itself, with a tiny probe extension generated
 * into a temp dir (not the product): proves that host mapping, the real clicks
 * and main-world access to an open shadow root work in each engine, so a red
 * product e2e test points at the product, not at the harness.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { requireBrowserBinary } from './harness/binaries';
import { BROWSER_NAMES, CAPABILITIES, launch, READER_COMMAND, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';

// Background of the probe: every user gesture marks the page and mounts an open
// shadow root from the extension's isolated world, as the product's overlay does.
const PROBE_BACKGROUND = `
const api = globalThis.browser ?? globalThis.chrome;
const inject = (tab, how) => api.scripting.executeScript({
  target: { tabId: tab.id },
  args: [how],
  func: (how) => {
    document.documentElement.setAttribute('data-clicked', how);
    const host = document.createElement('liseuse-reader');
    host.attachShadow({ mode: 'open' }).innerHTML = '<h1>overlay</h1>';
    document.body.append(host);
  },
});
// Chromium may apply the activeTab grant a moment after onClicked fires
// (see chromium.ts): retry once, as the product must.
const mark = (tab, how) => inject(tab, how).catch(async () => {
  await new Promise((r) => setTimeout(r, 50));
  return inject(tab, how);
});
api.action.onClicked.addListener((tab) => mark(tab, 'action'));
api.pageAction?.onClicked.addListener((tab) => mark(tab, 'page_action'));
api.commands.onCommand.addListener(async (name, tab) => {
  if (name !== ${JSON.stringify(READER_COMMAND)}) return;
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  await mark(tab, 'command');
});
`;

const COMMON_MANIFEST = {
  manifest_version: 3,
  name: 'Liseuse harness probe',
  version: '0.0.1',
  // activeTab only: clicks on 127.0.0.1 must work without any host permission.
  permissions: ['activeTab', 'scripting'],
  host_permissions: ['*://*.rfi.fr/*'],
  commands: { [READER_COMMAND]: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Toggle reader' } },
};

const MANIFESTS = {
  chromium: { ...COMMON_MANIFEST, background: { service_worker: 'bg.js' }, action: { default_title: 'Liseuse' } },
  firefox: {
    ...COMMON_MANIFEST,
    background: { scripts: ['bg.js'] },
    action: { default_title: 'Liseuse', default_area: 'navbar' },
    page_action: { default_title: 'Liseuse', show_matches: ['*://*.rfi.fr/*'] },
    browser_specific_settings: {
      gecko: { id: 'harness-probe@liseuse.test', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  },
};

const RFI_PATH = '/cn/中国/20240101-文章';
let server: FixtureServer;
let workDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'liseuse-harness-'));
  for (const name of BROWSER_NAMES) {
    mkdirSync(join(workDir, name));
    writeFileSync(join(workDir, name, 'manifest.json'), JSON.stringify(MANIFESTS[name]));
    writeFileSync(join(workDir, name, 'bg.js'), PROBE_BACKGROUND);
  }
  // Echo the host and decoded path so tests see what the server received.
  server = await startFixtureServer([
    (url, host) => ({
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><title>${host} ${decodeURIComponent(url.pathname)}</title><p>fixture</p>`,
    }),
  ]);
});

afterAll(async () => {
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('a missing browser fails with the command that installs it', () => {
  expect(() => requireBrowserBinary('firefox', '/nonexistent/firefox-esr')).toThrow(/apt-get install -y firefox-esr/);
  expect(() => requireBrowserBinary('chromium', '/nonexistent/chromium')).toThrow(/apt-get install -y chromium/);
});

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  const clickedBy = (page: Page) =>
    page
      .waitForSelector('html[data-clicked]', { timeout: 5000 })
      .then(() => page.evaluate(() => document.documentElement.getAttribute('data-clicked')));

  beforeAll(async () => {
    b = await launch(name, join(workDir, name), { rfiHostPort: server.port });
  });
  afterAll(async () => {
    await b?.close();
  });

  test('www.rfi.fr with a percent-encoded Chinese path is served by the fixture server', async () => {
    const page = await b.open(b.rfiUrl(RFI_PATH));
    expect(page.url()).toBe(`http://www.rfi.fr:${server.port}/cn/%E4%B8%AD%E5%9B%BD/20240101-%E6%96%87%E7%AB%A0`);
    expect(await page.title()).toBe(`www.rfi.fr ${RFI_PATH}`);
  });

  test('toolbar button on a 127.0.0.1 page runs the action through activeTab', async () => {
    const page = await b.open(`${server.origin}/plain`);
    await b.clickToolbarButton(page);
    expect(await clickedBy(page)).toBe('action');
  });

  test('the page main world reads an open shadow root mounted by the extension', async () => {
    const page = await b.open(b.rfiUrl(RFI_PATH));
    await b.clickToolbarButton(page);
    await clickedBy(page);
    const text = await page.evaluate(() => document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('h1')?.textContent);
    expect(text).toBe('overlay');
  });

  // Defined only where the engine has the feature: nothing is ever skipped.
  if (CAPABILITIES[name].addressBarButton)
    test('address-bar button: shown and clickable on rfi.fr only', async () => {
      const local = await b.open(`${server.origin}/plain`);
      expect(await b.isAddressBarButtonShown!(local)).toBe(false);
      const page = await b.open(b.rfiUrl(RFI_PATH));
      expect(await b.isAddressBarButtonShown!(page)).toBe(true);
      await b.clickAddressBarButton!(page);
      expect(await clickedBy(page)).toBe('page_action');
    });

  if (CAPABILITIES[name].shortcut)
    test('keyboard shortcut on a 127.0.0.1 page', async () => {
      const page = await b.open(`${server.origin}/shortcut`);
      await b.pressShortcut!(page);
      expect(await clickedBy(page)).toBe('command');
    });
});
