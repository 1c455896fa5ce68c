import { describe, expect, it } from 'vitest';
import { contentFilePlace } from '../../../src/lib/content-file';

describe('contentFilePlace', () => {
  it('reads the collection, language and slug from a content file’s path', () => {
    expect(contentFilePlace('/site/content/', '/site/content/stories/bn/phonepe-outage.mdx')).toEqual({
      collection: 'stories',
      lang: 'bn',
      slug: 'phonepe-outage',
    });
  });

  it('knows nothing of files outside a locale folder or outside the content folder', () => {
    expect(contentFilePlace('/site/content/', '/site/content/stories/fr/a.mdx')).toBeUndefined();
    expect(contentFilePlace('/site/content/', '/site/content/glossary/upi.yaml')).toBeUndefined();
    expect(contentFilePlace('/site/content/', '/elsewhere/stories/bn/a.mdx')).toBeUndefined();
    expect(contentFilePlace('/site/content/', undefined)).toBeUndefined();
  });
});
