import { defineConfig } from 'vitest/config';

/**
 * Tests that build whole copies of the site (bad content, escaping,
 * reproducibility): slow, so apart from the unit tests, and two builds at once,
 * one per core. A build keeps one core busy for most of its time (starting
 * Astro, syncing content, rendering pages), so two files run side by side, each
 * one build at a time; only the reproducibility test starts two builds itself.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/build/**/*.test.ts'],
    maxWorkers: 2,
    maxConcurrency: 1,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
