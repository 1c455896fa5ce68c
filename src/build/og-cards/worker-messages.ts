import type { OgElement } from './element.ts';

/** A card for the worker to draw; `id` pairs it with its result. */
export interface DrawRequest {
  id: number;
  element: OgElement;
  size: { width: number; height: number };
}

/** The card's PNG bytes, or why it could not be drawn. */
export type DrawResult = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };
