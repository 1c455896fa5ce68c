import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // Drawing preview cards, launching Chromium and running the i18n:status script take seconds on a busy 2-core runner.
    testTimeout: 30_000,
    // Vitest leaves a core free by default, which on two cores runs one file at a time. The long files (fixture
    // builds, shaping through Chromium) wait on other processes part of the time: two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
