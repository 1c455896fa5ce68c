import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle, type BundleFiles } from '../../../../src/integrations/search-index/bundle-files';

const files = (entries: Record<string, string>): BundleFiles =>
  Object.entries(entries).map(([path, text]) => [path, Buffer.from(text)]);

/** Every file under `dir`, with its text. */
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name).slice(dir.length + 1),
        readFileSync(join(entry.parentPath, entry.name), 'utf8'),
      ]),
  );

describe('writeBundle', () => {
  it('writes a bundle into a folder that does not exist yet', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'pagefind');
    writeBundle(output, files({ 'pagefind.js': 'js', 'fragment/bn_1.pf_fragment': 'one' }));
    expect(contents(output)).toEqual({ 'pagefind.js': 'js', 'fragment/bn_1.pf_fragment': 'one' });
  });

  it("leaves the last bundle's unchanged files as they are, rewrites the changed, deletes those gone", () => {
    const output = mkdtempSync(join(tmpdir(), 'bundle-'));
    writeBundle(
      output,
      files({ 'pagefind.js': 'js', 'fragment/bn_1.pf_fragment': 'one', 'index/bn_a.pf_index': 'a', 'old/x': 'x' }),
    );
    const unchanged = statSync(join(output, 'fragment/bn_1.pf_fragment'));
    mkdirSync(join(output, 'stray'));
    writeFileSync(join(output, 'stray/left.txt'), 'left over');
    writeBundle(
      output,
      files({ 'pagefind.js': 'js, newer', 'fragment/bn_1.pf_fragment': 'one', 'fragment/bn_2.pf_fragment': 'two' }),
    );
    expect(contents(output)).toEqual({
      'pagefind.js': 'js, newer',
      'fragment/bn_1.pf_fragment': 'one',
      'fragment/bn_2.pf_fragment': 'two',
    });
    const kept = statSync(join(output, 'fragment/bn_1.pf_fragment'));
    expect([kept.ino, kept.mtimeMs]).toEqual([unchanged.ino, unchanged.mtimeMs]);
    for (const gone of ['index', 'old', 'stray']) expect(existsSync(join(output, gone)), gone).toBe(false);
  });
});
