import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './shared/chromium';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI, as Playwright's own template does; a test that needed it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    // The system Chromium when there is one (Debian's `chromium`, or CHROMIUM_PATH); otherwise
    // Playwright's own browser (`npx playwright install chromium`).
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' }, testIgnore: 'built/**' },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: 'built/**' },
    // Checks of the built files as a whole (HTML validity, links, headers): once, not per screen size.
    { name: 'built', testMatch: 'built/**/*.spec.ts', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx astro preview --port ${port}`,
    cwd: '..',
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
