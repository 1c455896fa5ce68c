/**
 * A build must depend on the sources alone: two clean builds of the same
 * sources, in different folders, write byte-identical sites, and never write
 * into a source folder.
 *
 * A newsroom rebuilds often, and often with nothing changed. With Astro's
 * incremental build, such a build copies the pages of the last one instead
 * of rendering them, and its search index; an edit anywhere in the content
 * renders every page again, so that no page, and no search result, goes on
 * showing a piece as it was. Preview cards are the exception: each is keyed
 * by exactly what it shows, so an edit draws only the cards it changed.
 *
 * The first of the two clean builds is the one the rebuilds start from.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, filesUnder, type SiteCopy } from './site-copy';

/** Every file of the build, by path, with its content. */
const built = (root: string) => filesUnder(join(root, 'dist'));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The pages, feeds and other text files of a build that contain `text`. Pagefind's files are compressed. */
function filesWith(files: Map<string, Buffer>, text: string): string[] {
  return [...files]
    .filter(([path]) => /\.(html|xml|json)$/.test(path) && !path.startsWith('pagefind/'))
    .filter(([, bytes]) => bytes.toString('utf8').includes(text))
    .map(([path]) => path)
    .sort();
}

/** The search index's page fragments (gzipped JSON, one per page) that contain `text`. */
function fragmentsWith(files: Map<string, Buffer>, text: string): string[] {
  return [...files]
    .filter(([path]) => path.startsWith('pagefind/fragment/'))
    .filter(([, bytes]) => gunzipSync(bytes).toString('utf8').includes(text))
    .map(([path]) => path);
}

/** The source folders, which a build must never write into, each file's sha256 by path. */
const sources = (root: string) =>
  new Map(
    ['src', 'content', 'public'].flatMap((folder) =>
      [...filesUnder(join(root, folder))].map(([path, bytes]) => [`${folder}/${path}`, sha256(bytes)]),
    ),
  );

const story = 'content/stories/bn/phonepe-outage.mdx';
let copies: SiteCopy[] = [];
let copy: SiteCopy;
let first: Map<string, Buffer>;
let headline: string;

beforeAll(() => {
  copies = [copySite({ caches: 'cold' }), copySite({ caches: 'cold' })];
  copy = copies[0]!;
  headline = /^title: '(.+)'$/m.exec(readFileSync(join(copy.root, story), 'utf8'))![1]!;
});
afterAll(() => copies.forEach((each) => each.remove()));

it('two clean builds of the same sources, in different folders, write byte-identical dist/', async () => {
  const before = sources(copy.root);
  // Each copy starts with empty caches of its own, so both draw every card and make every font subset.
  const results = await Promise.all(copies.map((each) => buildSite(each.root)));
  for (const { code, output } of results) expect(code, output).toBe(0);

  const [one, other] = copies.map((each) => built(each.root));
  first = one!;
  const cards = [...first.keys()].filter((path) => path.startsWith('og/') && path.endsWith('.png'));
  expect(cards.length).toBeGreaterThan(0);
  for (const each of copies)
    expect(readdirSync(join(each.root, 'node_modules/.cache/og-images')).length).toBe(cards.length);

  expect([...other!.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([path, bytes]) => sha256(other!.get(path)!) !== sha256(bytes));
  expect(
    differing.map(([path]) => path),
    'files that differ between the two builds',
  ).toEqual([]);
  expect(first.size).toBeGreaterThan(cards.length);

  expect(sources(copy.root), 'the build wrote into a source folder').toEqual(before);
  // The second copy has done its part; the rebuilds below start from the first.
  copies.pop()!.remove();
});

describe('rebuilding the first copy', () => {
  it('a build with nothing changed renders no page again, and writes the same site', async () => {
    const { code, output } = await buildSite(copy.root);
    expect(code, output).toBe(0);
    const second = built(copy.root);
    // Astro marks each path it copied instead of rendering; every route but the 404 page and the language chooser
    // has a cache key.
    const copied = output.match(/\(restored\)/g)?.length ?? 0;
    const unkeyed = ['404.html', 'index.html', 'sitemap-index.xml', 'sitemap-0.xml'];
    const rendered = [...second.keys()].filter(
      (path) =>
        /(\.html|\.xml|feed\.json|^og\/.+\.png)$/.test(path) &&
        !unkeyed.includes(path) &&
        !path.startsWith('pagefind/'),
    );
    expect(copied).toBe(rendered.length);
    expect(output).toContain('as the last build: wrote back its search index');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, bytes]) => sha256(second.get(path)!) !== sha256(bytes));
    expect(differing.map(([path]) => path)).toEqual([]);
  });

  it('after a headline changes, every page that showed it shows the new one', async () => {
    // The end of the headline: its start has a Latin name that pages wrap differently in lists and in titles.
    const ending = 'বিপাকে পড়েছিল লক্ষ লক্ষ গ্রাহক';
    expect(headline).toContain(ending);
    const showing = filesWith(first, ending);
    // The story's page, the home page, the archive, its topics, the feeds, the statements it cites, read-next elsewhere.
    expect(showing.length).toBeGreaterThan(8);
    const edited = 'সমস্যায় পড়েছিলেন লক্ষ লক্ষ গ্রাহক';
    copy.write(
      story,
      readFileSync(join(copy.root, story), 'utf8').replace(
        `title: '${headline}'`,
        `title: '${headline.replace(ending, edited)}'`,
      ),
    );
    const { code, output } = await buildSite(copy.root);
    expect(code, output).toBe(0);
    const third = built(copy.root);
    expect(filesWith(third, edited)).toEqual(showing);
    expect(filesWith(third, ending)).toEqual([]);
    // The story's preview card shows the headline: it alone is drawn again, and the build copies every other card.
    const cards = [...third.keys()].filter((path) => path.startsWith('og/'));
    const redrawn = cards.filter((path) => sha256(third.get(path)!) !== sha256(first.get(path)!));
    expect(redrawn).toEqual(['og/bn/news/phonepe-outage.png']);
    const copiedCards = output.match(/\/og\/\S+\.png \(restored\)/g) ?? [];
    expect(copiedCards).toHaveLength(cards.length - 1);
    // Search finds the story by its new headline, not by its old one.
    expect(fragmentsWith(first, ending)).toHaveLength(1);
    expect(fragmentsWith(third, edited)).toHaveLength(1);
    expect(fragmentsWith(third, ending)).toEqual([]);
  });
});
