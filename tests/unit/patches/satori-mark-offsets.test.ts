import { describe, expect, it } from 'vitest';
import { fixGlyphOffsets, loadSatori, patchedSatoriVersion } from '../../../src/patches/satori-mark-offsets';
import { importedSource, installedVersion } from './upstream';

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

describe('the installed satori', () => {
  it(`is ${patchedSatoriVersion}, the release the patch was written for: check the patch against any other`, () => {
    expect(installedVersion('satori')).toBe(patchedSatoriVersion);
  });

  it('has the one statement the patch rewrites, in the build that the import loads', () => {
    // fixGlyphOffsets throws unless it finds exactly one.
    expect(() => fixGlyphOffsets(importedSource('satori'))).not.toThrow();
  });

  it('loads patched', async () => {
    await expect(loadSatori()).resolves.toBeTypeOf('function');
  });
});
