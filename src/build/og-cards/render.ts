import type { Lang } from '../../site.config';
import { cardLayout, ogCard } from './card';
import { rasterise } from './rasterise';

/** What a page's preview image shows. */
export interface OgImageInput {
  /** The headline, or the page's title. */
  title: string;
  /** The publication's name, in the page's language. */
  siteName: string;
  /** What kind of piece the page is, e.g. "খবর" or "News". */
  kindLabel: string;
  /** The page's language: it orders the fonts and guides line breaking. */
  lang: Lang;
}

/** Draws a page's 1200×630 Open Graph card as PNG bytes. */
export function renderOgImage(input: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  return rasterise(ogCard(input), { width: cardLayout.width, height: cardLayout.height });
}
