/**
 * Vite configuration for one classic-script entry of the extension.
 *
 * A WebExtension needs several classic scripts (IIFE): the background script, the
 * page-load detector and the reader bundle injected on click. One Vite build cannot
 * emit several IIFE entries, so `scripts/build.mjs` runs one build per entry and
 * names the entry in LISEUSE_ENTRY. Run `npm run build`, not `vite build`.
 */
import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';

/** The classic-script entries, by output file name. */
export const entries = {
  background: 'src/background/index.ts',
  detector: 'src/content/detector.ts',
  reader: 'src/reader/index.ts',
} as const;

export type EntryName = keyof typeof entries;

export default defineConfig((): UserConfig => {
  const name = process.env.LISEUSE_ENTRY as EntryName | undefined;
  const outDir = process.env.LISEUSE_OUT_DIR ?? 'dist/chrome';
  if (!name || !(name in entries)) {
    throw new Error(`LISEUSE_ENTRY must be one of ${Object.keys(entries).join(', ')}`);
  }
  return {
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      target: ['chrome120', 'firefox140'],
      lib: {
        entry: resolve(import.meta.dirname, entries[name]),
        formats: ['iife'],
        name: `liseuse_${name}`,
        fileName: () => `${name}.js`,
      },
    },
  };
});
