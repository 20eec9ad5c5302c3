import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests spawn the built CLI; two cores, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 120_000,
  },
});
