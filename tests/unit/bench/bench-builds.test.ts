import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestDifferences, siteDigests } from '../../bench/bench-builds';

const dir = mkdtempSync(join(tmpdir(), 'clean-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A site folder `name` with the given files. */
function site(name: string, pages: Record<string, string>): Map<string, string> {
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(join(dir, name, file, '..'), { recursive: true });
    writeFileSync(join(dir, name, file), text);
  }
  return siteDigests(join(dir, name));
}

describe('comparing a rebuilt site with a clean build', () => {
  it('finds no difference between the same bytes in other folders', () => {
    const pages = { 'bn/index.html': '<h1>খবর</h1>', 'pagefind/pagefind.js': 'x' };
    expect(digestDifferences(site('a', pages), site('b', pages))).toEqual([]);
  });

  it('names a file that differs by a byte, and one that is in either site only', () => {
    const rebuilt = site('c', { 'bn/index.html': '<h1>খবর</h1>', 'bn/old/index.html': 'gone' });
    const clean = site('d', { 'bn/index.html': '<h1>খবর!</h1>', 'bn/new/index.html': 'new' });
    expect(digestDifferences(rebuilt, clean)).toEqual(['bn/index.html', 'bn/old/index.html', 'bn/new/index.html']);
  });
});
