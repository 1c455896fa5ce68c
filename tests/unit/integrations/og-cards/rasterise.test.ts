import { describe, expect, it } from 'vitest';
import { div } from '../../../../src/integrations/og-cards/element';
import { rasterise } from '../../../../src/integrations/og-cards/rasterise';

describe('rasterise', () => {
  it('draws several cards at once, each its own', async () => {
    const size = { width: 120, height: 60 };
    const colours = ['#ff0000', '#00ff00', '#0000ff', '#ff0000'];
    const pngs = await Promise.all(colours.map((background) => rasterise(div({ ...size, background }), size)));
    const bytes = pngs.map((png) => Buffer.from(png).toString('base64'));
    expect(bytes[0]).toBe(bytes[3]);
    expect(new Set(bytes).size).toBe(3);
  });

  it('says why a card could not be drawn, and goes on drawing', async () => {
    const size = { width: 120, height: 60 };
    // An image of no pixels has no PNG.
    const empty = { width: 0, height: 0 };
    await expect(rasterise(div(empty), empty)).rejects.toThrow(/Drawing a preview card failed: .*invalid size/);
    await expect(rasterise(div({ ...size, background: '#ffffff' }), size)).resolves.toBeInstanceOf(Uint8Array);
  });
});
