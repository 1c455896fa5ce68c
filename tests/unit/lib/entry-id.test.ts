import { describe, expect, it } from 'vitest';
import { parseEntryId } from '../../../src/lib/entry-id';

describe('parseEntryId', () => {
  it('reads the locale folder and the slug', () => {
    expect(parseEntryId('bn/phonepe-outage')).toEqual({ lang: 'bn', slug: 'phonepe-outage' });
    expect(parseEntryId('en/upi')).toEqual({ lang: 'en', slug: 'upi' });
  });

  it('names the file when the folder is not a site locale', () => {
    expect(() => parseEntryId('fr/upi', 'content/explainers/fr/upi.mdx')).toThrow(
      /content\/explainers\/fr\/upi\.mdx: .*locale folder \(bn, en\).*"fr"/,
    );
  });

  it('names the file when it sits outside any locale folder', () => {
    expect(() => parseEntryId('upi', 'content/explainers/upi.mdx')).toThrow(/content\/explainers\/upi\.mdx/);
  });
});
