import { describe, expect, it } from 'vitest';
import { astroRewritesIn, contentChunkName } from '../../../../src/patches/astro-content-chunks';

const contentDir = '/site/content/';
const story = (n: number, lang = 'bn') => `${contentDir}stories/${lang}/story-${String(n).padStart(5, '0')}.mdx`;

describe('contentChunkName', () => {
  it("groups a piece's MDX module, and leaves its styles-and-links companion a chunk of its own", () => {
    expect(contentChunkName(story(1), contentDir)).toMatch(/^content-\d+$/);
    expect(contentChunkName(`${story(1)}?astroPropagatedAssets`, contentDir)).toBeNull();
  });

  it('leaves every other module to Rolldown', () => {
    expect(contentChunkName('/site/src/components/Timeline.astro', contentDir)).toBeNull();
    expect(contentChunkName('/site/src/pages/about.mdx', contentDir)).toBeNull();
    expect(contentChunkName(`${contentDir}glossary/bn.yaml`, contentDir)).toBeNull();
    expect(contentChunkName('\0astro:content', contentDir)).toBeNull();
  });

  it('spreads 2000 stories over the chunks, none with more than twice its share', () => {
    const counts = new Map<string, number>();
    for (let n = 1; n <= 1000; n++) {
      for (const lang of ['bn', 'en']) {
        const name = contentChunkName(story(n, lang), contentDir, 32)!;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(32);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual((2000 / 32) * 2);
  });

  it('depends on the path inside content/, not on where the project is', () => {
    expect(contentChunkName(story(7), contentDir)).toBe(
      contentChunkName(story(7).replace(contentDir, '/elsewhere/content/'), '/elsewhere/content/'),
    );
  });
});

describe('astroRewritesIn', () => {
  /** A propagated-assets module as Astro compiles it, before the build fills in its placeholders. */
  const entryAssets = 'const collectedStyles = "@@ASTRO-STYLES@@"; const collectedLinks = "@@ASTRO-LINKS@@";';

  it('finds one rewrite in a chunk of one entry, and none in plain code', () => {
    expect(astroRewritesIn({ code: entryAssets, moduleIds: [`${story(1)}?astroPropagatedAssets`] })).toHaveLength(1);
    expect(astroRewritesIn({ code: 'export const x = 1;', moduleIds: [story(1)] })).toEqual([]);
  });

  it('finds two in a chunk of two entries, or of an entry and the manifest', () => {
    expect(astroRewritesIn({ code: `${entryAssets}\n${entryAssets}`, moduleIds: [] })).toHaveLength(2);
    expect(astroRewritesIn({ code: entryAssets, moduleIds: ['\0virtual:astro:manifest'] })).toEqual([
      'the serialized manifest',
      "a content entry's styles and links",
    ]);
  });
});
