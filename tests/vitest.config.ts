import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // Drawing preview cards, launching Chromium and running the i18n:status script take seconds on a busy 2-core runner.
    testTimeout: 30_000,
  },
});
