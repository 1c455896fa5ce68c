import { describe, expect, it } from 'vitest';
import { markLanguageChooser } from '../../../src/lib/sitemap-links';

describe('markLanguageChooser', () => {
  it('lists the unprefixed chooser as x-default, not as a second Bengali page', () => {
    const links = [
      { url: 'https://news.example.org/', lang: 'bn-IN' },
      { url: 'https://news.example.org/bn/', lang: 'bn-IN' },
      { url: 'https://news.example.org/en/', lang: 'en-IN' },
    ];
    expect(markLanguageChooser(links)).toEqual([
      { url: 'https://news.example.org/', lang: 'x-default' },
      { url: 'https://news.example.org/bn/', lang: 'bn-IN' },
      { url: 'https://news.example.org/en/', lang: 'en-IN' },
    ]);
  });

  it('leaves the links of localized pages alone', () => {
    const links = [
      { url: 'https://news.example.org/bn/news/a/', lang: 'bn-IN' },
      { url: 'https://news.example.org/en/news/a/', lang: 'en-IN' },
    ];
    expect(markLanguageChooser(links)).toEqual(links);
  });
});
