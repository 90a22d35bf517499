/**
 * Architecture conventions (the refined-github habit): the manifest and the site
 * registry agree, both browser manifests are what each store expects, permissions
 * stay narrow, and every interface string exists in every locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { manifestFor } from '../../scripts/manifest.mjs';
import { optionsStringKeys, readerStringKeys } from '../../src/reader/string-keys';

// settings.ts imports the extension API, which only loads inside an extension; only its data is used here.
vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { fontSizes } = await import('../../src/shared/settings');

const root = join(import.meta.dirname, '..', '..');
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('permissions', () => {
  it('are activeTab, scripting and storage only', () => {
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });
  it('give host access to rfi.fr and the feedx domains only, and the detector runs exactly there', () => {
    const hosts = ['rfi.fr', 'feedx.net', 'feedx.xyz', 'feedx.top', 'feedx.best', 'feedx.run', 'feedx.site', 'feedx.co'];
    expect(source.host_permissions).toEqual(hosts.map((h) => `*://*.${h}/*`));
    expect(source.content_scripts).toHaveLength(1);
    expect(source.content_scripts[0].matches).toEqual(source.host_permissions);
    expect(JSON.stringify(source)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
  });
  it('match the feedx footer domains the extractor removes', async () => {
    const { feedxDomain } = await import('../../src/sites/feedx');
    for (const pattern of source.host_permissions.slice(1)) {
      expect(feedxDomain.test(pattern.replace('*://*.', '').replace('/*', ''))).toBe(true);
    }
  });
});

describe('browser manifests', () => {
  const chrome = manifestFor(source, 'chrome');
  const firefox = manifestFor(source, 'firefox');
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

describe('import boundaries', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  it('webextension-polyfill is imported in exactly one module', () => {
    const importers = files('src').filter((f) => /^import (?!type )[^;]*from 'webextension-polyfill'/m.test(read(f)));
    expect(importers).toEqual([join('src', 'shared', 'browser.ts')]);
  });
  it('the page-load detector imports only shared code and site rules', () => {
    const imports = [...read('src/content/detector.ts').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.every((i) => /^\.\.\/(shared\/messages|sites\/)/.test(i!))).toBe(true);
  });
  it('the overlay sets nothing up in useEffect, whose cleanup outlives a close by a frame', () => {
    // Preact 11 runs useEffect cleanups after the next paint, even on unmount;
    // layout effects clean up inside close() (e2e: "closing takes the print listeners back at once").
    for (const f of [...files('src/reader'), ...files('src/shared')])
      expect(read(f), f).not.toMatch(/\buseEffect\s*\(|import [^;]*\buseEffect\b/);
  });
  it("OpenCC's dictionaries are imported only by the converter files injected on demand, never by the reader bundle", () => {
    const importers = files('src').filter((f) => /from 'opencc-js/.test(read(f)));
    expect(importers.sort()).toEqual([
      join('src', 'reader', 'chinese-script', 'to-simplified.ts'),
      join('src', 'reader', 'chinese-script', 'to-traditional.ts'),
    ]);
    const reader = [...files('src/reader'), ...files('src/shared')].filter((f) => /to-(simplified|traditional)/.test(f) === false);
    for (const f of reader) expect(read(f), f).not.toMatch(/from '\.\/to-(simplified|traditional)'/);
  });
  it('site rules and shared code import nothing from the reader, background or options', () => {
    for (const f of [...files('src/sites'), ...files('src/shared')]) {
      expect(read(f), f).not.toMatch(/from '\.\.\/(reader|background|options|content)\//);
    }
  });
});
