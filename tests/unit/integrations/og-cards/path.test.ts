import { describe, expect, it } from 'vitest';
import { ogImagePath, ogImageParam } from '../../../../src/integrations/og-cards/path';

describe('ogImagePath', () => {
  it('maps the site root to /og/index.png', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
  });

  it('maps a home page to a file named after its language', () => {
    expect(ogImagePath('/bn/')).toBe('/og/bn.png');
    expect(ogImagePath('/en/')).toBe('/og/en.png');
  });

  it('keeps the folders of deeper pages', () => {
    expect(ogImagePath('/bn/news/phonepe-outage/')).toBe('/og/bn/news/phonepe-outage.png');
    expect(ogImagePath('/en/statements/')).toBe('/og/en/statements.png');
  });

  it('does not care whether the page path ends in a slash', () => {
    expect(ogImagePath('/en/explainers/upi')).toBe('/og/en/explainers/upi.png');
  });
});

describe('ogImageParam', () => {
  it('is the route parameter that ogImagePath wraps', () => {
    for (const page of ['/', '/bn/', '/bn/news/phonepe-outage/']) {
      expect(`/og/${ogImageParam(page)}.png`).toBe(ogImagePath(page));
    }
  });
});
