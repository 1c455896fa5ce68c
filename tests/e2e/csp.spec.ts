import { expect, test } from './shared-tab';
import { headersFor, headerRules, pagesOfBuild } from './build-output';
import { phoneLaunchOptions } from './phone-fonts';

declare global {
  interface Window {
    /** Content Security Policy violations the page reported, recorded from before its first script. */
    cspViolations: string[];
  }
}

// A reader whose browser prefers Bengali, so the language chooser shows its hint, on a phone with no Bengali font,
// which fetches the most: the site's font files, at once.
test.use({ locale: 'bn-IN', launchOptions: phoneLaunchOptions('latin') });

test.beforeEach(async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    if (window.cspViolations) return;
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`.trim()),
    );
  });
  // Serve every response with the headers dist/_headers gives it, as a static host would, so the
  // page runs under both policies: its <meta> tag and the Content-Security-Policy header.
  const rules = headerRules();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(baseURL!).origin) return route.abort();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(url.pathname, rules) } });
  });
});

test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

for (const { path } of pagesOfBuild()) {
  test(`${path} runs under its security policy without a violation, its scripts working, fetching nothing from elsewhere`, async ({
    page,
    baseURL,
    problems,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'[^;]*;/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

    // The page's own scripts ran: the share buttons and the language hint appear only through them.
    if ((await page.locator('share-links').count()) > 0) {
      await expect(page.locator('share-links [data-needs="clipboard"]')).toBeVisible();
    }
    if ((await page.locator('.language-choice').count()) > 0) {
      await expect(page.locator('[data-hint-for="bn"]')).toBeVisible();
    }
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('an inline script without a hash is blocked', async ({ page }) => {
  const [first] = pagesOfBuild();
  await page.route(`**${first!.path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.injected = true;</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(first!.path);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  expect(await page.evaluate(() => window.cspViolations)).toContainEqual(
    expect.stringMatching(/^script-src-elem blocked inline/),
  );
});
