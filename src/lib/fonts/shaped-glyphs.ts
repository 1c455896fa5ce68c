import * as hb from 'harfbuzzjs';

/**
 * Every glyph id that shaping `runs` with `font` passes through: the glyphs
 * `cmap` maps the text to, the output of every GSUB lookup on the way, and
 * the glyphs the text ends up drawn with. A conjunct such as স্ক্রি is built in
 * steps (half forms, then a ligature of those); a subset that kept only the
 * final glyphs would lose the rules that build it. Glyph 0 is always included.
 */
export function shapedGlyphIds(font: Uint8Array, runs: Iterable<string>): Set<number> {
  const hbFont = new hb.Font(new hb.Face(new hb.Blob(font)));
  const glyphs = new Set([0]);
  const buffer = new hb.Buffer();
  const collect = (current: hb.Buffer) => {
    if (current.getContentType() === hb.BufferContentType.GLYPHS) {
      for (const info of current.getGlyphInfos()) glyphs.add(info.codepoint);
    }
    return true;
  };
  // One message function for the buffer's life: harfbuzzjs takes a function table slot for each.
  buffer.setMessageFunc(collect);
  for (const run of runs) {
    buffer.clearContents();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    hb.shape(hbFont, buffer);
    collect(buffer);
  }
  return glyphs;
}
