import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../../../src/site/data-uri';

describe('svgDataUri', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n  <rect fill="#0b5d4b"/>\n</svg>\n';

  it('gives a URL with no character a URL or an HTML attribute may not carry', () => {
    const uri = svgDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(uri).not.toMatch(/[\s"<>#]/);
  });

  it('decodes back to the same drawing', () => {
    const decoded = decodeURIComponent(svgDataUri(svg).slice('data:image/svg+xml,'.length));
    expect(decoded).toBe(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'> <rect fill='#0b5d4b'/> </svg>`);
  });
});
