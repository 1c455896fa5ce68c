import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShapingMemo } from '../../../../src/integrations/fonts/shaping-memo';
import { subsetForText } from '../../../../src/integrations/fonts/text-subset';
import { bengaliTrueType, bengaliWords } from './fixtures';

const font = await bengaliTrueType(400);
const words = new Set(bengaliWords);
/** The words of an earlier build: all but two, which the next build adds. */
const earlier = new Set(bengaliWords.slice(0, -2));
const bytes = (subset: { font: Uint8Array }) => Buffer.from(subset.font);

/** A memo filled by subsetting `earlier`, saved to a file under `version`; the file. */
async function memoOfEarlierBuild(version: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'shaping-memo-')), 'shaping.json');
  const memo = new ShapingMemo(version);
  subsetForText(font, earlier, memo);
  await memo.save(file);
  return file;
}

/** Makes every trace kept in `file` say its run passes through no glyph: a subset that trusts them loses glyphs. */
function emptyTraces(file: string): void {
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  for (const runs of Object.values<Record<string, { glyphs: number[] }>>(stored.traces))
    for (const trace of Object.values(runs)) trace.glyphs = [];
  writeFileSync(file, JSON.stringify(stored));
}

describe('ShapingMemo', () => {
  it('gives a subset the same bytes as one made without it, when new words are added', async () => {
    const file = await memoOfEarlierBuild('v1');
    const withMemo = subsetForText(font, words, await ShapingMemo.open(file, 'v1'));
    expect(bytes(withMemo)).toEqual(bytes(subsetForText(font, words)));
    expect(withMemo.layoutPruned).toBe(true);
  });

  it('is read: a trace it holds is not worked out again', async () => {
    const file = await memoOfEarlierBuild('v1');
    emptyTraces(file);
    const trusted = subsetForText(font, words, await ShapingMemo.open(file, 'v1'));
    expect(trusted.glyphs).toBeLessThan(subsetForText(font, words).glyphs);
  });

  it('of another version of the subsetter or HarfBuzz is not read', async () => {
    const file = await memoOfEarlierBuild('v1');
    emptyTraces(file);
    const other = subsetForText(font, words, await ShapingMemo.open(file, 'v2'));
    expect(bytes(other)).toEqual(bytes(subsetForText(font, words)));
  });

  it('keeps only what the last build used', async () => {
    const file = await memoOfEarlierBuild('v1');
    const memo = await ShapingMemo.open(file, 'v1');
    subsetForText(font, new Set(['কোনো']), memo);
    await memo.save(file);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const traced = new Set(Object.values<Record<string, unknown>>(stored.traces).flatMap((runs) => Object.keys(runs)));
    expect([...traced]).toEqual(['কোনো']);
  });
});
