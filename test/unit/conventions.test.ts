/**
 * Architecture conventions (the refined-github habit): the manifest and the site
 * registry agree, every adapter has its folder and fixtures, both browser manifests
 * are what each store expects, permissions stay narrow, and every interface string
 * exists in every locale. Import boundaries are lint rules (eslint.config.js).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { hostMatches, manifestFor } from '../../scripts/manifest.mjs';
import { optionsStringKeys, readerStringKeys } from '../../src/reader/string-keys';
import { readers, siteHosts, sites } from '../../src/sites/index';

// settings.ts imports the extension API, which only loads inside an extension; only its data is used here.
vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { fontSizes } = await import('../../src/shared/settings');

const root = join(import.meta.dirname, '..', '..');
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('site adapters', () => {
  const folders = readdirSync(join(root, 'src', 'sites'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  it('are one folder each, all in the registry, with a reader each', () => {
    expect(sites.map((s) => s.kind).sort()).toEqual([...folders].sort());
    expect(Object.keys(readers).sort()).toEqual([...folders].sort());
  });
  it.each(sites.map((s) => s.kind))('%s has a public entry and fixtures under test/fixtures/<kind>', (kind) => {
    expect(existsSync(join(root, 'src', 'sites', kind, 'index.ts'))).toBe(true);
    const fixtures = join(root, 'test', 'fixtures', kind);
    expect(existsSync(fixtures) && readdirSync(fixtures).length > 0, `test/fixtures/${kind}`).toBe(true);
  });
  it('name each host once, as a bare domain', () => {
    const hosts = siteHosts();
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

describe('permissions', () => {
  const hosts = hostMatches(siteHosts());
  it('are activeTab, scripting and storage only', () => {
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });
  it('name no host in the source manifest: hosts come from the adapters', () => {
    expect(source.host_permissions).toBeUndefined();
    expect(source.content_scripts.every((c: { matches?: string[] }) => c.matches === undefined)).toBe(true);
  });
  it.each(['chrome', 'firefox'] as const)("%s: host access to the adapters' hosts only, and the detector runs exactly there", (target) => {
    const m = manifestFor(source, target, siteHosts());
    expect(m.host_permissions).toEqual(hosts);
    expect(m.content_scripts).toHaveLength(1);
    expect(m.content_scripts[0].matches).toEqual(hosts);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
  });
  it('are rfi.fr and the feedx domains today', () => {
    expect(siteHosts()).toEqual(['feedx.net', 'feedx.xyz', 'feedx.top', 'feedx.best', 'feedx.run', 'feedx.site', 'feedx.co', 'rfi.fr']);
  });
});

describe('browser manifests', () => {
  const chrome = manifestFor(source, 'chrome', siteHosts());
  const firefox = manifestFor(source, 'firefox', siteHosts());
  it('Chrome: a service worker, the toolbar button, no Gecko keys', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.action.default_area).toBeUndefined();
    expect(chrome.page_action).toBeUndefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
  it('Firefox: background scripts, toolbar button in the nav bar, address-bar button, gecko id, no data collected', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.action.default_area).toBe('navbar');
    expect(firefox.page_action).toBeDefined();
    expect(firefox.page_action.show_matches).toBeUndefined(); // shown by the detector, on articles only
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('a shortcut that does not collide with Ctrl/Cmd+Shift+L or K', () => {
    const key: string = source.commands['toggle-reader'].suggested_key.default;
    expect(key).toBeTruthy();
    expect(key).not.toMatch(/^(Ctrl|Command|MacCtrl)\+Shift\+[LK]$/);
  });
});

describe('locales', () => {
  const locales = readdirSync(join(root, 'public', '_locales'));
  const manifestKeys = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  const keys = [...new Set([...manifestKeys, ...readerStringKeys, ...optionsStringKeys, 'cannotRunHere'])];
  it('are English, French, simplified and traditional Chinese and Persian', () => {
    expect(locales.sort()).toEqual(['en', 'fa', 'fr', 'zh_CN', 'zh_TW']);
  });
  it.each(locales)('%s has every string', (locale) => {
    const messages = JSON.parse(read(`public/_locales/${locale}/messages.json`));
    expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
  });
});

describe('the overlay stylesheet', () => {
  it('has a text-size rule for every size offered, and none other', () => {
    // ReaderView.tsx sets data-size; a size without its rule would silently stay at 20 px.
    const rules = [
      ...read('src/reader/overlay/reader.css').matchAll(/\.scroller\[data-size='(\d+)'\] \{\s*--liseuse-font-size: (\d+)px;\s*\}/g),
    ];
    expect(rules.map((m) => Number(m[1]))).toEqual([...fontSizes]);
    expect(rules.every((m) => m[1] === m[2])).toBe(true);
  });
});

describe('the reader bundle', () => {
  it('the reader bundle leaves out what is injected on demand: Readability and the read-aloud engine', () => {
    // Every module the reader bundle's entry reaches through imports of values (`import type` adds no code).
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const m of read(file).matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gm)) {
        const base = join(file, '..', m[1]!);
        const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => {
          try {
            return !!read(f);
          } catch {
            return false;
          }
        });
        if (found) visit(found);
      }
    };
    visit(join('src', 'reader', 'index.ts'));
    expect(reached.size).toBeGreaterThan(20);
    const engine = [...reached].filter((f) =>
      /read-aloud\/(read-aloud-session|speech-reader|choose-voice|speech-language|load-voices|index)\.ts$/.test(f),
    );
    expect(engine).toEqual([]);
    expect([...reached].filter((f) => f.startsWith(join('src', 'readability')))).toEqual([]);
    expect(reached).toContain(join('src', 'reader', 'read-aloud', 'ReadAloudControls.tsx'));
  });
});

describe('what the extension ships', () => {
  it('carries the licence text of every package it bundles', async () => {
    const { thirdPartyNotices } = await import('../../scripts/third-party-notices.mjs');
    const notices: string = await thirdPartyNotices(`${root}/`);
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(dependencies)) expect(notices, name).toMatch(new RegExp(`^${name} \\S+ \\(`, 'm'));
    expect(notices).toContain('Apache License');
  });
});
