import { describe, expect, it } from 'vitest';
import { buildsKey, shardFromEnv, shardOfKey } from '../../../../src/integrations/shards/shard';
import type { ContentIndex } from '../../../../src/content-index/content-index';
import { archiveLoad, mdxPieceWeight, shardsFor, subShards } from '../../../../src/integrations/shards/split-build';

describe('SHARD', () => {
  it('reads i/n, and none for a whole build', () => {
    expect(shardFromEnv('2/3')).toEqual({ index: 2, of: 3 });
    expect(shardFromEnv(' 1/1 ')).toEqual({ index: 1, of: 1 });
    expect(shardFromEnv(undefined)).toBeUndefined();
    expect(shardFromEnv('')).toBeUndefined();
  });

  it('refuses what a typo in a CI matrix would give, instead of building the whole site n times', () => {
    for (const value of ['0/3', '4/3', '3', '1/0', 'a/b', '1-3']) {
      expect(() => shardFromEnv(value), value).toThrow(`SHARD="${value}"`);
    }
  });
});

describe('which shard builds a piece', () => {
  const keys = Array.from({ length: 3000 }, (_, i) => `stories/story-${i}`);

  it('is the same on every machine and stays as the archive grows', () => {
    expect(keys.map((key) => shardOfKey(key, 4))).toEqual(keys.map((key) => shardOfKey(key, 4)));
    const before = keys.slice(0, 1000).map((key) => shardOfKey(key, 4));
    expect(keys.slice(0, 1000).map((key) => shardOfKey(key, 4))).toEqual(before);
  });

  it('spreads pieces evenly over the shards, whatever their names', () => {
    const counts = [0, 0, 0, 0];
    for (const key of keys) counts[shardOfKey(key, 4) - 1]! += 1;
    for (const count of counts) expect(Math.abs(count - 750)).toBeLessThan(100);
  });
});

describe('how many processes npm run build uses', () => {
  it('is one up to filesPerProcess content files, then one more for each filesPerProcess begun', () => {
    expect(shardsFor(0, 1200)).toBe(1);
    expect(shardsFor(1200, 1200)).toBe(1);
    expect(shardsFor(1201, 1200)).toBe(2);
    expect(shardsFor(5006, 1200)).toBe(5);
  });

  it('weighs a piece with components as five plain ones: its MDX is bundled and held to the end of the build', () => {
    const piece = (body: string) => ({ source: `---\ntitle: 'A piece'\n---\n\n${body}\n` });
    const index = {
      pieces: [piece('Prose only.'), piece('Prose, then a chart.\n\n<Timeline />'), piece('More prose.')],
    };
    expect(archiveLoad(index as unknown as ContentIndex)).toBe(1 + mdxPieceWeight + 1);
  });
});

describe('a shard built in several processes', () => {
  it('is the shards of a finer split that build exactly its pages', () => {
    expect(subShards({ index: 2, of: 3 }, 2)).toEqual([
      { index: 2, of: 6 },
      { index: 5, of: 6 },
    ]);
    const keys = Array.from({ length: 2000 }, (_, i) => `stories/story-${i}`);
    for (const shard of [
      { index: 1, of: 4 },
      { index: 3, of: 3 },
    ]) {
      const parts = subShards(shard, 3);
      for (const key of keys) {
        const inParts = parts.filter((part) => buildsKey(key, part)).length;
        expect(inParts, key).toBe(buildsKey(key, shard) ? 1 : 0);
      }
    }
  });
});
