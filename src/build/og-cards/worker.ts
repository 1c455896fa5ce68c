/**
 * The preview-card worker thread: draws the cards `rasterise.ts` sends it,
 * so that layout, rasterising and encoding stay off the thread that renders
 * pages. Node runs this file as it is (it strips the types), so it imports
 * only packages and files that do the same, with their `.ts` extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { drawPng } from './draw.ts';
import type { OgFont } from './fonts.ts';
import type { DrawRequest, DrawResult } from './worker-messages.ts';

// The font bytes arrive as plain Uint8Arrays; satori reads them as the Buffers they were sent as.
const fonts = (workerData as { fonts: OgFont[] }).fonts.map((font) => ({
  ...font,
  data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

// libvips keeps recent results in a 50 MB cache; every card is encoded once, so the cache would only hold memory.
sharp.cache(false);

parentPort!.on('message', ({ id, element, size }: DrawRequest) => {
  drawPng(element, size, fonts).then(
    (png) => parentPort!.postMessage({ id, png } satisfies DrawResult, [png.buffer]),
    (error: unknown) =>
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
