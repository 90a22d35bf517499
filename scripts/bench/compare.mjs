/**
 * Entry of `npm run bench:compare` (see scripts/bench/compare.ts), loaded through
 * Vite's module runner as run.mjs loads the benchmark.
 */
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./compare.ts', import.meta.url).pathname, { configFile: false, logLevel: 'warn' });
await module.main();
