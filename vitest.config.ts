import { defineConfig } from 'vitest/config';

/**
 * Two projects: `fast` (unit tests of each stage, seconds) and `slow` (the
 * built CLI end to end, the hostile and adversarial shapes, the large
 * documents). `npm test` runs both; `npx vitest run --project fast` is the
 * quick loop while editing.
 */
const SLOW = ['test/e2e/**/*.test.ts', 'test/robust/**/*.test.ts', 'test/**/*-large.test.ts', 'test/**/*.property.test.ts'];

export default defineConfig({
  test: {
    // Says whether the gold-based tests ran or were skipped (no ../shared).
    globalSetup: ['test/support/global-setup.ts'],
    // The end-to-end tests spawn the built CLI; two cores, so keep the pool small.
    maxWorkers: 2,
    // A loaded 2-core machine (CI beside other work) can take many times the quiet time.
    testTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 120_000 } },
    ],
  },
});
