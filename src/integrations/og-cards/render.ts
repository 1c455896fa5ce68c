import { cardLayout, cardTexts, ogCard, type OgImageInput } from './card';
import { emojiImages } from './emoji-images';
import { needsSymbolFonts } from './font-coverage';
import { rasterise } from './rasterise';

/** Draws a page's 1200×630 Open Graph card as PNG bytes, its emoji from Twemoji. */
export function renderOgImage(input: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  const size = { width: cardLayout.width, height: cardLayout.height };
  const texts = Object.values(cardTexts(input));
  return rasterise(ogCard(input), size, emojiImages(texts), needsSymbolFonts(texts));
}
