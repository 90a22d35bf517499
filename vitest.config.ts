/** Unit tests: jsdom (what Readability itself tests with) over real fixtures. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts'],
    // Fixture dates are shown in the reader's zone; pin one so output is repeatable.
    env: { TZ: 'UTC' },
    // A timeout catches a hang; vitest's 5 s default failed jsdom-heavy tests on a busy machine.
    testTimeout: 60_000,
  },
});
