import { cardLayout, ogCard, type OgImageInput } from './card';
import { rasterise } from './rasterise';

/** Draws a page's 1200×630 Open Graph card as PNG bytes. */
export function renderOgImage(input: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  return rasterise(ogCard(input), { width: cardLayout.width, height: cardLayout.height });
}
