/**
 * Vite configuration for one entry of the extension.
 *
 * A WebExtension needs several classic scripts (IIFE): the background script, the
 * page-load detector, the reader bundle injected on click, Readability,
 * injected after it on the pages that need it, and two kinds of feature code
 * injected on first use: reading aloud and the Chinese converters. One Vite build cannot
 * emit several IIFE entries, so `scripts/build.mjs` runs one build per entry and
 * names the entry in LISEUSE_ENTRY. The options page is an ordinary HTML build
 * (LISEUSE_ENTRY=options). Run `npm run build`, not `vite build`.
 */
import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';

/** The classic-script entries, by output file name. */
export const entries = {
  background: 'src/background/index.ts',
  detector: 'src/content/detector.ts',
  reader: 'src/reader/index.ts',
  readability: 'src/readability/index.ts',
  'read-aloud': 'src/reader/read-aloud/index.ts',
  // Injected the first time a reader converts Chinese characters, one file per direction.
  'chinese-traditional': 'src/reader/chinese-script/to-traditional.ts',
  'chinese-simplified': 'src/reader/chinese-script/to-simplified.ts',
} as const;

export type EntryName = keyof typeof entries;

/** The options page, an HTML page with module scripts (manifest options_ui). */
export const optionsPage = 'src/options/index.html';

const target = ['chrome120', 'firefox140'];
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

/** The options page build: dist/<browser>/options/index.html and its assets, with relative URLs. */
function optionsConfig(outDir: string): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'src/options'),
    base: './',
    publicDir: false,
    oxc: { jsx },
    build: {
      outDir: resolve(outDir, 'options'),
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      target,
      // Extension pages allow only 'self' scripts: no inline module-preload helper.
      modulePreload: false,
      rollupOptions: { input: resolve(import.meta.dirname, optionsPage) },
    },
  };
}

export default defineConfig((): UserConfig => {
  const name = process.env.LISEUSE_ENTRY as EntryName | 'options' | undefined;
  const outDir = process.env.LISEUSE_OUT_DIR ?? 'dist/chrome';
  if (name === 'options') return optionsConfig(outDir);
  if (!name || !(name in entries)) {
    throw new Error(`LISEUSE_ENTRY must be one of ${[...Object.keys(entries), 'options'].join(', ')}`);
  }
  return {
    publicDir: false,
    oxc: { jsx },
    build: {
      outDir,
      emptyOutDir: false,
      // LISEUSE_MINIFY=0 npm run build keeps function names readable in a profiler.
      minify: process.env.LISEUSE_MINIFY !== '0',
      sourcemap: false,
      target,
      rollupOptions: {
        // The detector imports the site registry for its cheap recognisers only:
        // treating the project's modules as free of import-time effects lets the
        // build drop the extraction code the registry also names.
        treeshake:
          name === 'detector' ? { moduleSideEffects: (id: string) => !id.startsWith(resolve(import.meta.dirname, 'src')) } : undefined,
      },
      lib: {
        entry: resolve(import.meta.dirname, entries[name]),
        formats: ['iife'],
        name: `liseuse_${name.replace(/\W/g, '_')}`,
        fileName: () => `${name}.js`,
      },
    },
  };
});
