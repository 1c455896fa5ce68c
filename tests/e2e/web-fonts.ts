import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/** The site's Bengali font files, whatever hash the build gave them: the weight is the first group. */
export const bengaliFontFile = /\/noto-sans-bengali-bengali-(400|700)-normal\.[\w-]+\.woff2$/;

/** A Bengali face as @fontsource ships it, before the build cut it down. */
export function fullBengaliWoff2(weight: string | number): Buffer {
  return readFileSync(
    require.resolve(`@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-${weight}-normal.woff2`),
  );
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
