import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test as fresh } from './fixtures';

/**
 * The same `test` as `./fixtures`, except that `page` is a tab kept open for the whole worker: each test navigates it
 * to the page it checks. Opening a browser context costs this 2-core machine more than loading a page does, so specs
 * whose tests only read pages (markup, layout, axe, links followed) import their `test` from here. A spec whose tests
 * need a first visit (an empty cache), stored state (a theme chosen earlier) or scripts injected before the page runs
 * imports from `./fixtures` and gets a fresh context per test.
 *
 * One tab per set of context options (width, colour scheme, locale, JavaScript on or off, service workers), so `test.use` works as
 * usual. After each test the tab forgets what the test attached to it (listeners, routes, emulated media, the pointer's
 * place); after a
 * failure it is closed, so the next test starts from a new one.
 */

/** What a tab is opened with: the context options specs set through `test.use` or their project's device. */
type TabOptions = Pick<
  BrowserContextOptions,
  | 'baseURL'
  | 'viewport'
  | 'isMobile'
  | 'hasTouch'
  | 'deviceScaleFactor'
  | 'userAgent'
  | 'locale'
  | 'colorScheme'
  | 'javaScriptEnabled'
  | 'serviceWorkers'
>;

/** The worker's open tabs, one per set of options. */
class TabPool {
  private readonly tabs = new Map<string, Page>();

  constructor(private readonly browser: Browser) {}

  async open(options: TabOptions): Promise<Page> {
    const key = JSON.stringify(options);
    const open = this.tabs.get(key);
    if (open && !open.isClosed()) return open;
    const context = await this.browser.newContext(options);
    const tab = await context.newPage();
    this.tabs.set(key, tab);
    return tab;
  }

  async discard(tab: Page): Promise<void> {
    for (const [key, candidate] of this.tabs) if (candidate === tab) this.tabs.delete(key);
    await tab.context().close();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.tabs.values()].map((tab) => tab.context().close()));
  }
}

export const test = fresh.extend<object, { tabPool: TabPool }>({
  tabPool: [
    async ({ browser }, use) => {
      const pool = new TabPool(browser);
      await use(pool);
      await pool.closeAll();
    },
    { scope: 'worker' },
  ],
  page: async (
    {
      tabPool,
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
      locale,
      colorScheme,
      javaScriptEnabled,
      serviceWorkers,
    },
    use,
    testInfo,
  ) => {
    const options = {
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
      locale,
      colorScheme,
      javaScriptEnabled,
      serviceWorkers,
    };
    // Options a project leaves unset stay out, as Playwright leaves them out of a context it opens.
    const tab = await tabPool.open(
      Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as TabOptions,
    );
    await use(tab);
    if (testInfo.status !== testInfo.expectedStatus) return tabPool.discard(tab);
    tab.removeAllListeners();
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.emulateMedia({ media: null, colorScheme: colorScheme ?? null });
    // A pointer left over a link would show its hover state (or a glossary definition) on the next page.
    await tab.mouse.move(0, 0);
    if (viewport) await tab.setViewportSize(viewport);
  },
});

export { expect } from './fixtures';
