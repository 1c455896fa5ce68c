import * as hb from 'harfbuzzjs';

/** One glyph as shaping placed it: its outline and where it sits. */
export interface PlacedGlyph {
  id: number;
  outline: string;
  cluster: number;
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** Shapes text with one font (an OpenType font file) as HarfBuzz, and so Chromium, does. */
export class Shaper {
  private readonly font: hb.Font;

  constructor(font: Uint8Array) {
    this.font = new hb.Font(new hb.Face(new hb.Blob(font)));
  }

  /**
   * The glyphs `text` is drawn with, by outline rather than id, so that a
   * font and its subset, which number glyphs differently, can be compared.
   */
  shape(text: string): PlacedGlyph[] {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(this.font, buffer);
    const positions = buffer.getGlyphPositions();
    return buffer.getGlyphInfos().map((info, index) => ({
      id: info.codepoint,
      outline: this.font.glyphToPath(info.codepoint),
      cluster: info.cluster,
      xAdvance: positions[index]!.xAdvance,
      yAdvance: positions[index]!.yAdvance,
      xOffset: positions[index]!.xOffset,
      yOffset: positions[index]!.yOffset,
    }));
  }

  /** What `shape` returns, without the glyph ids. */
  drawn(text: string): Omit<PlacedGlyph, 'id'>[] {
    return this.shape(text).map((glyph) => ({
      outline: glyph.outline,
      cluster: glyph.cluster,
      xAdvance: glyph.xAdvance,
      yAdvance: glyph.yAdvance,
      xOffset: glyph.xOffset,
      yOffset: glyph.yOffset,
    }));
  }
}
