import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackFaces, measureFallbackFaces } from '../../../../src/integrations/fonts/fallback-faces';
import { descriptorsCss, fallbackDescriptors } from '../../../../src/integrations/fonts/fallback-metrics';

const root = new URL('../../../../', import.meta.url).pathname;
const fontsCss = readFileSync(new URL('src/styles/fonts.css', `file://${root}`), 'utf8');

describe('fallback descriptors', () => {
  it('scale a fallback to the target width and divide its metrics by that scale', () => {
    const target = { ascent: 1.069, descent: 0.479, lineGap: 0, width: 1000 };
    const descriptors = fallbackDescriptors(target, { ascent: 0.9, descent: 0.3, lineGap: 0.1, width: 800 });
    expect(descriptors.sizeAdjust).toBe(1.25);
    expect(descriptors.ascentOverride).toBeCloseTo(1.069 / 1.25);
    expect(descriptors.lineGapOverride).toBe(0);
    expect(descriptorsCss(descriptors)[0]).toBe('size-adjust: 125.00%;');
  });
});

describe('src/styles/fonts.css', () => {
  it('has the descriptors measured from the fonts on this machine and the site’s Bengali text, within a point', async () => {
    const measured = await measureFallbackFaces(root);
    // CI installs Lohit and DejaVu (.ci/run); elsewhere a missing font is skipped, not guessed.
    for (const face of fallbackFaces) {
      const descriptors = measured.get(face.id);
      if (!descriptors) continue;
      const rule = fontsCss
        .match(/@font-face\s*\{[^}]*\}/g)
        ?.find(
          (candidate) =>
            candidate.includes(`local('${face.family}`) &&
            candidate.includes(`font-weight: ${'declaredWeight' in face ? face.declaredWeight : face.weight};`),
        );
      expect(rule, `a face over ${face.family} ${face.weight}`).toBeDefined();
      const declared = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)%`).exec(rule!)?.[1]);
      const line = descriptorsCss(descriptors);
      for (const [index, name] of [
        'size-adjust',
        'ascent-override',
        'descent-override',
        'line-gap-override',
      ].entries()) {
        const expected = Number(/([\d.]+)%/.exec(line[index]!)![1]);
        // The site's text changes with every piece an editor writes, and the average widths with it, by tenths of a
        // percent; a stale or wrong face is off by more than a point (`node src/cli/fallback-font-metrics.ts`).
        const off = Math.abs(declared(name) - expected);
        expect(
          off,
          `${face.family} ${face.weight} ${name}: ${declared(name)}% against ${expected}%`,
        ).toBeLessThanOrEqual(1);
      }
    }
  });
});
