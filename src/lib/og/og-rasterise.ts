import { renderAsync } from '@resvg/resvg-js';
import { loadSatori } from './load-satori';
import type { OgElement } from './og-element';
import { loadOgFonts } from './og-fonts';

/**
 * Lays an element tree out with satori, which shapes text with HarfBuzz and
 * draws the glyphs as SVG paths, then rasterises the SVG to PNG with resvg.
 * The cards and the shaping test both go through here, so the test checks the
 * pipeline readers' previews come from. resvg rasterises on a worker thread, so
 * with the build rendering several pages at once (`build.concurrency`) one card
 * is rasterised while the next is laid out.
 */
export async function rasterise(
  element: OgElement,
  size: { width: number; height: number },
): Promise<Uint8Array<ArrayBuffer>> {
  const satori = await loadSatori();
  const svg = await satori(element, { ...size, fonts: await loadOgFonts() });
  const rendered = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(rendered.asPng());
}
