import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './shared/chromium';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

/**
 * Specs that check what a page says, not how it is laid out: its markup, metadata, text and the files it links
 * (feeds, preview images, the sitemap), where its links lead, and the security policy it runs under (the same markup,
 * scripts and same-origin files at any width; only which size of an image loads differs). A phone gets the same
 * answers as a desktop, so they run once, at desktop width. Everything a reader sees or does (axe, layout, fonts,
 * clicks on the page's controls, byte budgets) runs at both widths.
 */
const anyWidth = [
  'csp.spec.ts',
  'dates.spec.ts',
  'feeds.spec.ts',
  'font-coverage.spec.ts',
  'og-images.spec.ts',
  'pages.spec.ts',
  'read-next.spec.ts',
  'sitemap.spec.ts',
  'social.spec.ts',
  'structured-data.spec.ts',
  'topics.spec.ts',
];

/**
 * Specs that set a phone's width themselves (320 to 400 px): run in the desktop project, they would repeat the phone's.
 * And the font subsets' screenshots: a page draws the same words, so the same glyphs, at any width; the phone is where
 * Bengali readers read it.
 */
const phoneOnly = ['fonts.spec.ts', 'line-breaks.spec.ts', 'narrow.spec.ts'];

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
    // The site's service worker (src/integrations/offline/) would answer requests that page.route() and the byte
    // counts expect to reach the server, from a cache an earlier test filled; offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' }, testIgnore: ['built/**', ...anyWidth] },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: ['built/**', ...phoneOnly] },
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
