import { describe, expect, it } from 'vitest';
import { absoluteUrl, absolutizeUrls } from '../../../../src/integrations/feeds/absolute-urls';

const page = 'https://news.example.org/bn/news/phonepe-outage/';

describe('absoluteUrl', () => {
  it.each([
    ['../../explainers/upi/', 'https://news.example.org/bn/explainers/upi/'],
    ['/en/', 'https://news.example.org/en/'],
    ['chart.png', 'https://news.example.org/bn/news/phonepe-outage/chart.png'],
    ['#timeline', 'https://news.example.org/bn/news/phonepe-outage/#timeline'],
    ['?page=2', 'https://news.example.org/bn/news/phonepe-outage/?page=2'],
    ['//cdn.example.net/a.png', 'https://cdn.example.net/a.png'],
  ])('resolves %s against the page', (url, expected) => {
    expect(absoluteUrl(url, page)).toBe(expected);
  });

  it.each(['https://www.npci.org.in/', 'HTTP://EXAMPLE.COM/X', 'mailto:desk@example.org', 'tel:+911234', 'data:,hi'])(
    'leaves %s as it is',
    (url) => {
      expect(absoluteUrl(url, page)).toBe(url);
    },
  );
});

describe('absolutizeUrls', () => {
  it('rewrites relative links and images, and nothing else', () => {
    const html =
      '<p>See <a href="../../explainers/upi/" class="x">UPI</a> and <img src="/img/chart.png" alt="chart"> ' +
      'or <a href="https://www.npci.org.in/" rel="noopener">NPCI</a>.</p>';
    expect(absolutizeUrls(html, page)).toBe(
      '<p>See <a href="https://news.example.org/bn/explainers/upi/" class="x">UPI</a> and ' +
        '<img src="https://news.example.org/img/chart.png" alt="chart"> ' +
        'or <a href="https://www.npci.org.in/" rel="noopener">NPCI</a>.</p>',
    );
  });

  it('points fragment links at the article, so the table of contents works in a reader', () => {
    expect(absolutizeUrls('<a href="#কে-চালায়">কে চালায়</a>', page)).toBe(
      `<a href="${page}#${encodeURIComponent('কে-চালায়')}">কে চালায়</a>`,
    );
  });

  it('resolves protocol-relative URLs with the page’s protocol', () => {
    expect(absolutizeUrls('<img src="//cdn.example.net/a.png">', page)).toBe(
      '<img src="https://cdn.example.net/a.png">',
    );
  });

  it('leaves already-absolute URLs byte for byte, whatever their quoting', () => {
    const html = `<a href='https://example.com/?a=1&amp;b=2'>x</a><a href=mailto:desk@example.org>y</a>`;
    expect(absolutizeUrls(html, page)).toBe(html);
  });

  it('handles single-quoted and unquoted values, and keeps entities in query strings intact', () => {
    expect(absolutizeUrls(`<a href='/search?q=upi&amp;lang=bn'>a</a><img src=pic.png>`, page)).toBe(
      '<a href="https://news.example.org/search?q=upi&amp;lang=bn">a</a>' +
        '<img src="https://news.example.org/bn/news/phonepe-outage/pic.png">',
    );
  });

  it('resolves every candidate of a srcset', () => {
    expect(absolutizeUrls('<img srcset="a.png 1x, /b.png 2x">', page)).toBe(
      '<img srcset="https://news.example.org/bn/news/phonepe-outage/a.png 1x, https://news.example.org/b.png 2x">',
    );
  });

  it('does not touch text that merely looks like an attribute', () => {
    const html = '<p>Write href="/x" in the editor; src=y.png stays text.</p><code>&lt;a href="/z"&gt;</code>';
    expect(absolutizeUrls(html, page)).toBe(html);
  });

  it('does not mistake data-href or a > inside a quoted value for the end of the tag', () => {
    expect(absolutizeUrls('<a title="a > b" data-href="/keep" href="/go">x</a>', page)).toBe(
      '<a title="a > b" data-href="/keep" href="https://news.example.org/go">x</a>',
    );
  });
});
