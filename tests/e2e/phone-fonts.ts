import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { chromiumLaunchOptions } from '../shared/chromium';
import { fontCondition, fontConditionEnv } from '../shared/font-conditions';

/** A phone's Bengali fonts: none, Lohit Bengali (as on many Linux phones), or this machine's, with Noto Sans Bengali. */
export type PhoneFonts = 'latin' | 'lohit' | 'installed';

/** How Chromium is started to see only a phone's fonts (tests/shared/font-conditions.ts). */
export function phoneLaunchOptions(fonts: PhoneFonts): LaunchOptions {
  if (fonts === 'installed') return chromiumLaunchOptions();
  return { ...chromiumLaunchOptions(), env: fontConditionEnv(fontCondition(fonts)) };
}

/**
 * Browsers started with a phone's fonts, one per kind, opened on first use: a spec whose tests compare phones opens
 * pages with `page(fonts, info)`, each in a new context (an empty cache, a first visit) the size of the test project's
 * screen, the service worker blocked unless asked for, and closes them all at the end.
 */
export class Phones {
  private readonly browsers = new Map<PhoneFonts, Promise<Browser>>();

  async page(fonts: PhoneFonts, info: TestInfo, serviceWorkers: 'block' | 'allow' = 'block'): Promise<Page> {
    // A worker may come back to a spec after its `afterAll` closed the browsers: start them again.
    if (!(await this.browsers.get(fonts))?.isConnected()) {
      this.browsers.set(fonts, chromium.launch(phoneLaunchOptions(fonts)));
    }
    const { baseURL, viewport, isMobile, hasTouch, deviceScaleFactor } = info.project.use;
    const screen = Object.entries({ baseURL, viewport, isMobile, hasTouch, deviceScaleFactor }).filter(
      (entry) => entry[1] !== undefined,
    );
    // Blocked unless a test asks for it, as in every test (playwright.config.ts): the service worker would fetch and
    // answer what the tests count.
    const context = await (
      await this.browsers.get(fonts)!
    ).newContext({ ...(Object.fromEntries(screen) as BrowserContextOptions), serviceWorkers });
    return context.newPage();
  }

  async close(): Promise<void> {
    const browsers = [...this.browsers.values()];
    this.browsers.clear();
    await Promise.all(browsers.map(async (browser) => (await browser).close()));
  }
}

/**
 * The fonts Chromium drew the text of the elements `selector` finds and of their descendants with, by family, "(web
 * font)" after a font file the page fetched (a `local()` source is the phone's font).
 */
export async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: `${selector}, :is(${selector}) *`,
  });
  const used = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) used.add(`${font.familyName}${font.isCustomFont ? ' (web font)' : ''}`);
  }
  await session.detach();
  return [...used];
}
