import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { loadSatori } from '../../patches/satori-mark-offsets.ts';
import type { OgElement } from './element.ts';
import type { OgFont } from './fonts.ts';

/**
 * Draws an element tree as PNG bytes: satori lays it out, shapes the text with
 * HarfBuzz and draws the glyphs as SVG paths, and each emoji as its image in `images`; resvg rasterises the SVG; sharp
 * encodes the pixels. resvg and sharp work on libuv's threads, so the next card
 * is laid out while this one is rasterised and encoded.
 *
 * The card is opaque, so the PNG is RGB; its rows are left unfiltered: on a flat
 * background that compresses as small as PNG's adaptive filters, at a quarter of
 * the time. (resvg's own PNG encoder is slower, and blocks its thread.)
 */
export async function drawPng(
  element: OgElement,
  size: { width: number; height: number },
  fonts: OgFont[],
  images: Record<string, string> = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const satori = await loadSatori();
  const svg = await satori(element, { ...size, fonts, graphemeImages: images });
  const rendered = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  const png = await sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(png);
}
