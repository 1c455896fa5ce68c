/**
 * The preview-card worker thread: draws the cards `rasterise.ts` hands to its
 * Piscina pool, so that layout, rasterising and encoding stay off the thread
 * that renders pages. Node runs this file as it is (it strips the types), so
 * it imports only packages and files that do the same, with their `.ts`
 * extensions.
 */
import { workerData } from 'node:worker_threads';
import { move } from 'piscina';
import sharp from 'sharp';
import { drawPng } from './draw.ts';
import type { OgElement } from './element.ts';
import type { OgFont } from './fonts.ts';

/**
 * A card to draw: its element tree, its size in px, the images of its emoji, by the emoji, and whether its text
 * needs the symbol fonts.
 */
export interface DrawTask {
  element: OgElement;
  size: { width: number; height: number };
  images: Record<string, string>;
  symbols: boolean;
}

// The font bytes arrive as plain Uint8Arrays; satori reads them as the Buffers they were sent as.
const asBuffers = (fonts: OgFont[]) =>
  fonts.map((font) => ({ ...font, data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength) }));
const { script, symbols } = workerData as { script: OgFont[]; symbols: OgFont[] };
const scriptFonts = asBuffers(script);
const fonts = { script: scriptFonts, all: [...scriptFonts, ...asBuffers(symbols)] };

// libvips keeps recent results in a 50 MB cache; every card is encoded once, so the cache would only hold memory.
sharp.cache(false);

/** The card's PNG bytes, handed over to the pool's thread rather than copied. */
export default async function draw({ element, size, images, symbols }: DrawTask): Promise<Uint8Array<ArrayBuffer>> {
  return move(await drawPng(element, size, symbols ? fonts.all : fonts.script, images)) as Uint8Array<ArrayBuffer>;
}
