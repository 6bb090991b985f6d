import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/fast-check-seed.ts'],
    testTimeout: 30_000,
    // End-to-end tests spawn the built CLI; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
