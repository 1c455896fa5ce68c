import { describe, expect, it } from 'vitest';
import { placeOfContentFile } from '../../../src/language/paths';

describe('placeOfContentFile', () => {
  it('reads the collection, language and slug from a content file’s path', () => {
    expect(placeOfContentFile('/site/content/', '/site/content/stories/bn/phonepe-outage.mdx')).toEqual({
      collection: 'stories',
      lang: 'bn',
      slug: 'phonepe-outage',
    });
  });

  it('knows nothing of files outside a locale folder or outside the content folder', () => {
    expect(placeOfContentFile('/site/content/', '/site/content/stories/fr/a.mdx')).toBeUndefined();
    expect(placeOfContentFile('/site/content/', '/site/content/glossary/upi.yaml')).toBeUndefined();
    expect(placeOfContentFile('/site/content/', '/elsewhere/stories/bn/a.mdx')).toBeUndefined();
    expect(placeOfContentFile('/site/content/', undefined)).toBeUndefined();
  });
});
