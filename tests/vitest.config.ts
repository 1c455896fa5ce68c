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
    // Threads that stay up across files: on this machine a fresh process per file cost a third of the run (34 s
    // against 19 s). The tests keep no state between files: they write into their own temporary folders, and the one
    // that stubs an environment variable restores it, as `unstubEnvs` makes sure.
    pool: 'threads',
    isolate: false,
    unstubEnvs: true,
  },
});
