import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedSubset, subsetCacheKey, type CachedSubset } from '../../../../src/integrations/fonts/caches';

const font = new Uint8Array([0, 1, 0, 0, 42]);
const made = (marker: number): CachedSubset => ({
  woff2: new Uint8Array([marker]),
  glyphs: marker,
  layoutPruned: true,
});

describe('the font subset cache', () => {
  it('makes a subset once for the same font and text, and again when a word changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-cache-'));
    let calls = 0;
    const make = async () => made(++calls);
    const first = await cachedSubset(font, new Set(['কখ', 'গঘ']), make, dir);
    const again = await cachedSubset(font, new Set(['গঘ', 'কখ']), make, dir);
    expect(calls).toBe(1);
    expect(again).toEqual(first);
    await cachedSubset(font, new Set(['কখ', 'গঘ', 'ঙ']), make, dir);
    expect(calls).toBe(2);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keys on the font as well as the text', () => {
    const runs = new Set(['কখ']);
    expect(subsetCacheKey(font, runs)).not.toBe(subsetCacheKey(new Uint8Array([0, 1, 0, 0, 43]), runs));
    expect(subsetCacheKey(font, runs)).toBe(subsetCacheKey(font.slice(), new Set(['কখ'])));
  });
});
