import { Blob, Buffer, Face, Font, shape } from 'harfbuzzjs';

/**
 * Why this exists: a phone without the site's Bengali font draws a page first in what it has (another Bengali font,
 * or, with none, the empty boxes of a Latin font), then again in Noto Sans Bengali once it arrives. If the two set a
 * line of Bengali to different widths or heights, the page moves. An `@font-face` over the phone's own font with
 * `size-adjust` and the `*-override` descriptors makes its Bengali lines as long and as tall as Noto's; these are the
 * numbers, measured with HarfBuzz on real font files and the site's own Bengali text (no library has Bengali widths:
 * `@capsizecss/metrics` averages Latin letters, and has none of the phones' Bengali system fonts).
 */

/** A font's size for one text: vertical metrics and the text's shaped width, in ems. */
export interface FaceMeasure {
  ascent: number;
  descent: number;
  lineGap: number;
  /** The advance of every run, shaped as HarfBuzz shapes it (for a font without Bengali: one empty box a character). */
  width: number;
}

/** The `@font-face` descriptors that make a fallback face set text as the site's font does. */
export interface FallbackDescriptors {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/**
 * Measures `font` (an OpenType file) on `runs` of text: HarfBuzz's horizontal extents (OS/2 typo metrics when the
 * font sets USE_TYPO_METRICS, else hhea, as browsers read them) and the runs' shaped width, each run shaped alone.
 */
export function measureFace(font: Uint8Array, runs: Iterable<string>): FaceMeasure {
  const blob = new Blob(font);
  const face = new Face(blob, 0);
  const hbFont = new Font(face);
  let advance = 0;
  for (const run of runs) {
    const buffer = new Buffer();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    shape(hbFont, buffer);
    advance += buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
  }
  const { ascender, descender, lineGap } = hbFont.hExtents();
  const upem = face.upem;
  return { ascent: ascender / upem, descent: -descender / upem, lineGap: lineGap / upem, width: advance / upem };
}

/**
 * The descriptors for a face over `fallback` that lays out text as `target` does: scaled to the same width, with the
 * target's ascent, descent and line gap. The browser scales the overrides by `size-adjust` too, so they are divided
 * by it (CSS Fonts 5, "size-adjust").
 */
export function fallbackDescriptors(target: FaceMeasure, fallback: FaceMeasure): FallbackDescriptors {
  const sizeAdjust = target.width / fallback.width;
  return {
    sizeAdjust,
    ascentOverride: target.ascent / sizeAdjust,
    descentOverride: target.descent / sizeAdjust,
    lineGapOverride: target.lineGap / sizeAdjust,
  };
}

/** The descriptors as CSS declarations, percentages to two decimals. */
export function descriptorsCss(descriptors: FallbackDescriptors): string[] {
  const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
  return [
    `size-adjust: ${percent(descriptors.sizeAdjust)};`,
    `ascent-override: ${percent(descriptors.ascentOverride)};`,
    `descent-override: ${percent(descriptors.descentOverride)};`,
    `line-gap-override: ${percent(descriptors.lineGapOverride)};`,
  ];
}
