import { defineConfig } from 'vitest/config';

/**
 * Tests that build whole copies of the site (bad content, escaping,
 * reproducibility): slow, so apart from the unit tests, and never more than
 * two builds at once, one per core.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/build/**/*.test.ts'],
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
