import type { Page } from '@playwright/test';

/**
 * Records the layout shifts the page reports from before its first script: each with its score, time and the elements
 * that moved, in `window.shifts`. Shifts after the reader's input are left out, as CLS leaves them out. Once per page:
 * on a tab shared between tests (`./shared-tab`), an earlier test may have added the script already.
 */
export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if ((window as unknown as { shifts?: string[] }).shifts) return;
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map(({ node }) =>
          node instanceof Element ? `${node.localName}.${node.className}` : (node?.nodeName ?? '?'),
        );
        shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms (${nodes.join(', ')})`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts `recordShifts` recorded once the frame after the page's fonts has been drawn, and their sum. */
export async function recordedShifts(page: Page): Promise<{ cumulative: number; shifts: string[] }> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
  return { cumulative: shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0), shifts };
}
