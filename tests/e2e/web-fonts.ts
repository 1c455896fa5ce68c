import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { rewriteInlineStyles } from '../../src/integrations/shared/inline-styles';

const require = createRequire(import.meta.url);

/** The site's Bengali font files, whatever hash the build gave them: the weight is the first group. */
export const bengaliFontFile = /\/noto-sans-bengali-bengali-(400|700)-normal\.[\w-]+\.woff2$/;

/** A Bengali face as @fontsource ships it, before the build cut it down. */
export function fullBengaliWoff2(weight: string | number): Buffer {
  return readFileSync(
    require.resolve(`@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-${weight}-normal.woff2`),
  );
}

/** A `local()` source followed by another source. */
const localSource = /local\((?:"[^"]*"|'[^']*'|[^)]*)\)\s*,\s*/g;
const withoutLocal = (css: string) => css.replace(localSource, '');

/** A page or stylesheet rewritten, and the same rewrite of a security policy's hashes of its inline styles. */
export interface Rewritten {
  body: string;
  /** The policy with each changed inline stylesheet's hash replaced by its new one. */
  rehash(policy: string): string;
}

/**
 * A page (`document`) or stylesheet without its `local()` sources. A page's inline stylesheets that change get their
 * new hashes in place of the old ones in its `<meta>` security policy, so that the browser still applies them.
 */
export function withoutLocalSources(resourceType: 'document' | 'stylesheet', text: string): Rewritten {
  if (resourceType === 'stylesheet') return { body: withoutLocal(text), rehash: (policy) => policy };
  const { html, rehash } = rewriteInlineStyles(text, withoutLocal);
  return { body: rehash(html), rehash };
}

/**
 * Serves the pages and stylesheets without their `local()` sources. The test
 * machine has Noto Sans Bengali installed, and Chromium would use it rather
 * than download the site's files, which are what these tests are about.
 */
export async function withoutLocalFonts(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type !== 'document' && type !== 'stylesheet') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, body: withoutLocalSources(type, await response.text()).body });
  });
}

/** One `@font-face` of the page's stylesheets, as Chromium parsed it. */
export interface PageFontFace {
  family: string;
  weight: string;
  /** Absolute URL of the face's file. */
  url: string;
  unicodeRange: string;
}

/**
 * Every `@font-face` rule of the page's stylesheets that downloads a file; the fallback faces over the phone's own
 * fonts (`local()` only) are left out.
 */
export function pageFontFaces(page: Page): Promise<PageFontFace[]> {
  return page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .filter((rule) => rule.style.getPropertyValue('src').includes('url('))
        .map((rule) => ({
          family: rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, ''),
          weight: rule.style.getPropertyValue('font-weight'),
          url: new URL(/url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))![1]!, sheet.href ?? location.href)
            .href,
          unicodeRange: rule.style.getPropertyValue('unicode-range'),
        })),
    ),
  );
}
