import { describe, expect, it } from 'vitest';
import { fixGlyphOffsets } from '../../../../src/build/og-cards/load-satori';

describe('fixGlyphOffsets', () => {
  it('subtracts the vertical glyph offset instead of adding it', () => {
    const fixed = fixGlyphOffsets('if(u&&u.path){let K=r+Y.dx*b,z=c+Y.dy*b,_=fd(u.path.commands,K,z)}');
    expect(fixed).toContain('let K=r+Y.dx*b,z=c-Y.dy*b,_=fd(');
    expect(fixed).toContain('export const ogGlyphOffsetsFixed = true;');
  });

  it('refuses a satori it does not recognise', () => {
    expect(() => fixGlyphOffsets('let z=c-Y.dy*b,')).toThrow(/found 0/);
    expect(() => fixGlyphOffsets('z=c+Y.dy*b,w=d+Q.dy*b,')).toThrow(/found 2/);
  });
});
