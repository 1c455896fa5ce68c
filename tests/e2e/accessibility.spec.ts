import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './shared-tab';
import { pagesOfBuild } from './build-output';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const { path } of pagesOfBuild()) {
  test(`${path} has no WCAG violations axe can find, in light colours and, on the phone, dark`, async ({
    page,
  }, info) => {
    await page.goto(path);
    const found: string[] = [];
    // Both schemes on one load: the page follows the reader's setting as it changes (its colours through CSS, the
    // theme button through a listener), so switching the emulated setting shows what a reader with it would see.
    // The dark scheme's colours are the same at any width: it is checked on the phone, where readers use it most.
    const schemes = info.project.name === 'phone' ? (['light', 'dark'] as const) : (['light'] as const);
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      const { violations, passes, incomplete } = await new AxeBuilder({ page })
        // Every rule runs on every element; only the passing elements' selectors, which nothing here reads, are
        // left out. And axe runs in the page itself instead of finishing in a second, blank page: the site has no
        // frames, the one thing that needs the blank page.
        .options({ resultTypes: ['violations', 'incomplete'] })
        .withTags(wcagTags)
        .setLegacyMode()
        .analyze();
      expect(passes.map((rule) => rule.id)).toContain('color-contrast');
      found.push(
        ...violations.flatMap((violation) =>
          violation.nodes.map(
            (node) =>
              `${colorScheme}: ${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}\n  ${node.failureSummary}`,
          ),
        ),
      );
      // Rules axe could not decide (e.g. contrast over an image) are for a person to look at, not failures.
      for (const rule of incomplete) {
        test.info().annotations.push({ type: 'axe: review', description: `${colorScheme}: ${rule.id}` });
      }
    }
    expect(found).toEqual([]);
  });
}
