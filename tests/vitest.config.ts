import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // The first preview card loads satori and the fonts: seconds on a busy two-core machine, past the 5 s default.
    testTimeout: 30_000,
  },
});
