import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../../src/integrations/shared/write-atomically';

describe('writeAtomically', () => {
  it('stores one file written many times at once, as two pages with the same preview card do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-atomically-'));
    const file = join(dir, 'card.png');
    await Promise.all(Array.from({ length: 8 }, () => writeAtomically(file, 'the same bytes')));
    expect(readFileSync(file, 'utf8')).toBe('the same bytes');
    // No temporary file is left behind.
    expect(readdirSync(dir)).toEqual(['card.png']);
  });
});
