import { describe, expect, it } from 'vitest';
import { placeOfEntryId } from '../../../src/language/paths';

describe('placeOfEntryId', () => {
  it('reads the locale folder and the slug', () => {
    expect(placeOfEntryId('bn/phonepe-outage')).toEqual({ lang: 'bn', slug: 'phonepe-outage' });
    expect(placeOfEntryId('en/upi')).toEqual({ lang: 'en', slug: 'upi' });
  });

  it('names the file when the folder is not a site locale', () => {
    expect(() => placeOfEntryId('fr/upi', 'content/explainers/fr/upi.mdx')).toThrow(
      /content\/explainers\/fr\/upi\.mdx: .*locale folder \(bn, en\).*"fr"/,
    );
  });

  it('names the file when it sits outside any locale folder', () => {
    expect(() => placeOfEntryId('upi', 'content/explainers/upi.mdx')).toThrow(/content\/explainers\/upi\.mdx/);
  });
});
