import { describe, expect, it } from 'vitest';
import { preferredLang } from '../../../src/language/locales';

describe('preferredLang', () => {
  it('matches regional tags on the primary language', () => {
    expect(preferredLang(['bn-BD', 'en'])).toBe('bn');
    expect(preferredLang(['EN-in'])).toBe('en');
  });

  it('takes the first supported language in the order of preference', () => {
    expect(preferredLang(['hi-IN', 'en-GB', 'bn'])).toBe('en');
  });

  it('has no answer when no preference is a site language', () => {
    expect(preferredLang(['hi-IN', 'ta'])).toBeUndefined();
    expect(preferredLang([])).toBeUndefined();
  });
});
