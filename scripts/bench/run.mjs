/**
 * Entry of `npm run bench` (see scripts/bench/bench.ts). Node 20 cannot run
 * TypeScript, so Vite's module runner loads the benchmark and the e2e harness it
 * shares with the real-browser tests. Build first: it measures dist/.
 */
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./bench.ts', import.meta.url).pathname, { configFile: false, logLevel: 'warn' });
await module.main();
