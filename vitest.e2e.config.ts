// Real-browser (e2e) tests: `npx vitest run --config vitest.e2e.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    // One browser at a time: CI has 2 cores and each browser wants both.
    fileParallelism: false,
    // Launching a browser and installing an add-on takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
