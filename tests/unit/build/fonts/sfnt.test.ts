import { describe, expect, it } from 'vitest';
import { checksum, readSfnt, writeSfnt } from '../../../../src/build/fonts/sfnt';
import { bengaliTrueType } from './fixtures';

describe('sfnt tables', () => {
  const font = bengaliTrueType(400);

  it('writes a font whose tables read back unchanged', () => {
    const { flavor, tables } = readSfnt(font);
    const again = readSfnt(writeSfnt({ flavor, tables }));
    expect(again.flavor).toBe(0x00010000);
    expect([...again.tables.keys()]).toEqual([...tables.keys()].sort());
    for (const [tag, data] of tables) {
      if (tag !== 'head') expect(again.tables.get(tag), tag).toEqual(data);
    }
  });

  it('sets head.checkSumAdjustment so that the whole file sums to 0xB1B0AFBA', () => {
    expect(checksum(writeSfnt(readSfnt(font)))).toBe(0xb1b0afba);
  });

  it('records each table checksum in the directory', () => {
    const written = writeSfnt(readSfnt(font));
    const view = new DataView(written.buffer);
    const { tables } = readSfnt(written);
    [...tables.entries()].forEach(([tag, data], index) => {
      const recorded = view.getUint32(12 + 16 * index + 4);
      if (tag !== 'head') expect(recorded, tag).toBe(checksum(data));
    });
  });
});
