import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite, copySite, filesUnder, type SiteCopy } from './site-copy';

/** sha256 of every file under `dir`, by path relative to it. */
function digests(dir: string): Map<string, string> {
  return new Map([...filesUnder(dir)].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]));
}

/** The source folders, which a build must never write into. */
const sources = (root: string) =>
  new Map(
    ['src', 'content', 'public'].flatMap((folder) =>
      [...digests(join(root, folder))].map(([path, hash]) => [`${folder}/${path}`, hash]),
    ),
  );

let copies: SiteCopy[] = [];
beforeAll(() => {
  copies = [copySite(), copySite()];
});
afterAll(() => copies.forEach((copy) => copy.remove()));

it('two clean builds of the same sources, in different folders, write byte-identical dist/', async () => {
  const before = sources(copies[0]!.root);
  // Each copy has its own empty preview-card cache (OG_CACHE_DIR), so both draw every card.
  const results = await Promise.all(copies.map((copy) => buildSite(copy.root)));
  for (const { code, output } of results) expect(code, output).toBe(0);

  const [first, second] = copies.map((copy) => digests(join(copy.root, 'dist')));
  const cards = [...first!.keys()].filter((path) => path.startsWith('og/') && path.endsWith('.png'));
  expect(cards.length).toBeGreaterThan(0);
  for (const copy of copies) expect(readdirSync(join(copy.root, '.og-cache')).length).toBe(cards.length);

  expect([...second!.keys()].sort()).toEqual([...first!.keys()].sort());
  const differing = [...first!].filter(([path, hash]) => second!.get(path) !== hash).map(([path]) => path);
  expect(differing, 'files that differ between the two builds').toEqual([]);
  expect(first!.size).toBeGreaterThan(cards.length);

  expect(sources(copies[0]!.root), 'the build wrote into a source folder').toEqual(before);
});
