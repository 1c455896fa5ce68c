import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** A pixel is ink when its darkest channel is darker than this (0–255): anti-aliased fringes lighter than it are not. */
export const inkThreshold = 128;

/** The smallest rectangle holding every ink pixel of a black-on-white image. */
export function inkBox(image: PNG): { x: number; y: number; width: number; height: number } {
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (Math.min(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!) < inkThreshold) {
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
  }
  if (right < 0) throw new Error('the image has no ink');
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/** Copies a region of `source` onto a white canvas of `width`×`height`, at (`dx`, `dy`). */
export function placeOnWhite(
  source: PNG,
  region: { x: number; y: number; width: number; height: number },
  canvas: { width: number; height: number; dx?: number; dy?: number },
): PNG {
  const out = new PNG({ width: canvas.width, height: canvas.height });
  out.data.fill(255);
  const { dx = 0, dy = 0 } = canvas;
  for (let y = 0; y < region.height; y++) {
    for (let x = 0; x < region.width; x++) {
      const [tx, ty] = [x + dx, y + dy];
      if (tx < 0 || ty < 0 || tx >= canvas.width || ty >= canvas.height) continue;
      const from = ((region.y + y) * source.width + region.x + x) * 4;
      const to = (ty * canvas.width + tx) * 4;
      for (let c = 0; c < 3; c++) out.data[to + c] = source.data[from + c]!;
    }
  }
  return out;
}

/** Ink pixels of an image. */
export function inkArea(image: PNG): number {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.min(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!) < inkThreshold) count++;
  }
  return count;
}

/** What comparing two renderings of the same text found. */
export interface InkComparison {
  /** Ink bounding boxes' sizes, `[width, height]`. */
  sizes: [[number, number], [number, number]];
  /** Pixels pixelmatch found different, anti-aliasing aside, at the best of ±1px alignments. */
  mismatched: number;
  /** The larger of the two crops' ink areas. */
  ink: number;
  /** The two crops, on one canvas size, as compared, and pixelmatch's diff. */
  crops: [PNG, PNG];
  diff: PNG;
}

/**
 * Crops two black-on-white renderings to their ink, puts the crops on one white
 * canvas (so a box a pixel larger is padded, not scaled), and counts the pixels
 * that differ beyond anti-aliasing, trying the ±1px offsets that rounding of the
 * ink box can cause and keeping the best.
 */
export function compareInk(a: PNG, b: PNG, threshold = 0.2): InkComparison {
  const [boxA, boxB] = [inkBox(a), inkBox(b)];
  const canvas = { width: Math.max(boxA.width, boxB.width) + 2, height: Math.max(boxA.height, boxB.height) + 2 };
  const cropA = placeOnWhite(a, boxA, { ...canvas, dx: 1, dy: 1 });
  let best: { mismatched: number; crop: PNG; diff: PNG } | undefined;
  for (const dx of [0, 1, 2]) {
    for (const dy of [0, 1, 2]) {
      const crop = placeOnWhite(b, boxB, { ...canvas, dx, dy });
      const diff = new PNG({ width: canvas.width, height: canvas.height });
      const mismatched = pixelmatch(cropA.data, crop.data, diff.data, canvas.width, canvas.height, { threshold });
      if (!best || mismatched < best.mismatched) best = { mismatched, crop, diff };
    }
  }
  return {
    sizes: [
      [boxA.width, boxA.height],
      [boxB.width, boxB.height],
    ],
    mismatched: best!.mismatched,
    ink: Math.max(inkArea(cropA), inkArea(best!.crop)),
    crops: [cropA, best!.crop],
    diff: best!.diff,
  };
}
