import { test as base, expect } from '@playwright/test';

/**
 * A page that records what a reader would see go wrong: console errors,
 * uncaught exceptions, requests that failed or answered with an error status.
 * Every test using it fails if any of these happened.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A request the browser dropped because the reader moved on to the next page (the favicon, mostly) is no fault.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`failed request: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(problems);
    expect(problems, 'console errors and failed requests').toEqual([]);
  },
});

export { expect };
