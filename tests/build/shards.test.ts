/**
 * An archive built across machines: a copy of the site with generated stories is built whole, then as three shards
 * (`SHARD=i/3`), whose outputs `npm run merge` joins. The merged site must be the whole build's byte for byte;
 * each shard builds well under 60 % of the pages and renders only the pieces its pages show whole; a missing, duplicated
 * or mismatched shard is refused, naming it, and leaves `dist/` as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentIndex } from '../../src/content-index/content-index';
import { archiveLoad } from '../../src/integrations/shards/split-build';
import { generateCorpus } from '../bench/corpus';
import { replaceIn } from './content-edits';
import { buildSite, copySite, filesUnder, type BuildResult, type SiteCopy } from './site-copy';

const shards = 3;
/**
 * One clock for the whole build and every shard, as CI gives them (`SOURCE_DATE_EPOCH`): each shard writes the news
 * sitemap, and the merge accepts it only when they agree. The generated stories are dated 2–9 October 2026.
 */
const clock = { SOURCE_DATE_EPOCH: String(Date.parse('2026-10-09T12:00:00Z') / 1000) };
/** Feeds of four items, so that the shard building a language's feeds renders four pieces for them, not all. */
const feedItems = 4;
/** A line a newsroom keeps in `public/_redirects`. */
const newsroomRedirect = '/tips/ /bn/ 302\n';

const state = {
  copy: undefined as SiteCopy | undefined,
  whole: undefined as BuildResult | undefined,
  shards: [] as BuildResult[],
  merge: undefined as ReturnType<typeof spawnSync> | undefined,
  split: undefined as BuildResult | undefined,
};
const root = () => state.copy!.root;
const shardDir = (index: number) => join(root(), `shard-${index}`);
const htmlPages = (files: Map<string, Buffer>) => [...files.keys()].filter((file) => file.endsWith('.html'));

function merge(...dirs: string[]) {
  return spawnSync(process.execPath, ['src/cli/merge-shards.ts', ...dirs], { cwd: root(), encoding: 'utf8' });
}

beforeAll(async () => {
  state.copy = copySite();
  replaceIn(root(), 'src/site.config.ts', [['feeds: { items: 50 }', `feeds: { items: ${feedItems} }`]]);
  generateCorpus({ dir: join(root(), 'content'), storiesPerLocale: 8, seed: 11 });
  // A statement renamed after it was published, and a newsroom's own redirect: both end up in `_redirects`.
  replaceIn(root(), 'content/statements/bn/paytm.mdx', [['pubDate:', 'previousSlugs: [paytm-statement]\npubDate:']]);
  state.copy.write('public/_redirects', newsroomRedirect);
  state.whole = await buildSite(root(), clock);
  renameSync(join(root(), 'dist'), join(root(), 'whole'));
  for (let index = 1; index <= shards; index += 1) {
    // Shard 2 stands for a CI job's shard too heavy for one process: `npm run build` builds it in two and joins them.
    const joined = index === 2;
    const env = { ...clock, SHARD: `${index}/${shards}`, ...(joined ? { BUILD_SHARDS: '2' } : {}) };
    state.shards.push(await buildSite(root(), env, { npm: joined }));
    renameSync(join(root(), 'dist'), shardDir(index));
  }
  state.merge = merge(shardDir(1), shardDir(2), shardDir(3));
  renameSync(join(root(), 'dist'), join(root(), 'merged'));
  // `npm run build` of an archive of more content files than one process takes: it splits the build by itself.
  const load = archiveLoad(contentIndex(join(root(), 'content')));
  const perProcess = `build: { filesPerProcess: ${Math.ceil(load / 2)} }`;
  replaceIn(root(), 'src/site.config.ts', [['build: { filesPerProcess: 2500 }', perProcess]]);
  state.split = await buildSite(root(), clock, { npm: true });
  replaceIn(root(), 'src/site.config.ts', [[perProcess, 'build: { filesPerProcess: 2500 }']]);
  renameSync(join(root(), 'dist'), join(root(), 'split'));
  renameSync(join(root(), 'merged'), join(root(), 'dist'));
});
afterAll(() => state.copy?.remove());

describe('three shards and a merge', () => {
  it('build and merge', () => {
    expect(state.whole!.code, state.whole!.output).toBe(0);
    for (const shard of state.shards) expect(shard.code, shard.output).toBe(0);
    expect(state.merge!.status, `${state.merge!.stderr}`).toBe(0);
  });

  it('give the whole build’s site, byte for byte: pages, feeds, sitemaps, news sitemap, search index, fonts, cards, _headers, _redirects', () => {
    const whole = filesUnder(join(root(), 'whole'));
    const merged = filesUnder(join(root(), 'dist'));
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    const differing = [...whole].filter(([file, bytes]) => !merged.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(whole.has('_headers') && whole.has('sitemap-index.xml') && whole.has('pagefind/pagefind.js')).toBe(true);
    expect(whole.get('news-sitemap.xml')!.toString()).toContain('/news/story-00008/</loc>');
    expect(whole.get('_redirects')!.toString()).toMatch(
      /^\/tips\/ \/bn\/ 302\n(?:#.*\n)?\/bn\/statements\/paytm-statement\/ \/bn\/statements\/paytm\/ 301\n/,
    );
    expect(whole.has('en/statements/paytm-statement/index.html')).toBe(true);
  });

  it('each build well under 60 % of the pages, and together every page', () => {
    const whole = htmlPages(filesUnder(join(root(), 'whole')));
    const built = new Set<string>();
    for (let index = 1; index <= shards; index += 1) {
      const pages = htmlPages(filesUnder(shardDir(index)));
      expect(pages.length / whole.length, `shard ${index}`).toBeLessThan(0.6);
      for (const page of pages) built.add(page);
    }
    expect([...built].sort()).toEqual([...whole].sort());
  });

  it('each render only the pieces of the pages and feed items they build', () => {
    /** Pieces a build rendered, in the content layer or as compiled MDX, over every collection its log names. */
    const rendered = (output: string) =>
      [...output.matchAll(/(\d+) piece\(s\) rendered as Markdown, (\d+) compiled as MDX/g)].reduce(
        (sum, [, markdown, mdx]) => sum + Number(markdown) + Number(mdx),
        0,
      );
    const all = rendered(state.whole!.output);
    expect(all).toBe(contentIndex(join(root(), 'content')).pieces.length);
    const counts = state.shards.map((shard) => rendered(shard.output));
    for (const count of counts) expect(count).toBeLessThan(all * 0.6);
    // Every piece is rendered by the shard of its page; the feeds' items a second time by the feeds' shard.
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(all + 2 * feedItems);
  });

  it('leave no shard manifest and no half-merged folder behind', () => {
    expect(existsSync(join(root(), 'dist/shard.json'))).toBe(false);
    expect(existsSync(join(root(), 'dist.merging'))).toBe(false);
  });
});

describe('a shard built in two processes', () => {
  it('is joined into one shard output, which the merge takes like any other', () => {
    const joined = state.shards[1]!;
    expect(joined.output).toMatch(/shard 2\/6: [\d.]+ s, peak memory \d+ MiB/);
    expect(joined.output).toMatch(/shard 5\/6: [\d.]+ s, peak memory \d+ MiB/);
    expect(joined.output).toMatch(/Joined 2 processes: shard 2\/3/);
    // The merged site equals the whole build byte for byte (above), shard 2's pages included.
    expect(state.merge!.status, `${state.merge!.stderr}`).toBe(0);
  });
});

describe('npm run build of an archive larger than one process takes', () => {
  it('builds it in two shards, one after the other, and merges them into the whole build’s site, byte for byte', () => {
    expect(state.split!.code, state.split!.output).toBe(0);
    expect(state.split!.output).toMatch(/content files: building in 2 shards/);
    expect(state.split!.output).toMatch(/shard 2\/2: [\d.]+ s, peak memory \d+ MiB/);
    const whole = filesUnder(join(root(), 'whole'));
    const split = filesUnder(join(root(), 'split'));
    expect([...split.keys()].sort()).toEqual([...whole.keys()].sort());
    expect([...whole].filter(([file, bytes]) => !split.get(file)?.equals(bytes)).map(([file]) => file)).toEqual([]);
  });
});

describe('a merge that cannot be made', () => {
  /** Runs a merge that must fail, and checks that it names the problem and left `dist/` untouched. */
  function refused(dirs: string[], message: RegExp): void {
    const sentinel = join(root(), 'dist/index.html');
    const before = readFileSync(sentinel);
    const result = merge(...dirs);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(sentinel).equals(before)).toBe(true);
    expect(existsSync(join(root(), 'dist.merging'))).toBe(false);
  }

  it('names a missing shard', () => {
    refused([shardDir(1), shardDir(3)], /shard 2\/3 is missing/);
  });

  it('names a shard given twice', () => {
    refused([shardDir(1), shardDir(2), shardDir(2)], new RegExp(`${shardDir(2)} and ${shardDir(2)} are all shard 2/3`));
  });

  it('names a folder that is not a shard', () => {
    refused([shardDir(1), shardDir(2), join(root(), 'whole')], /whole: no shard\.json/);
  });

  it('names the shards when the content changed since they were built', () => {
    const story = join(root(), 'content/stories/bn/phonepe-outage.mdx');
    const text = readFileSync(story, 'utf8');
    writeFileSync(story, `${text}\nএকটি নতুন অনুচ্ছেদ।\n`);
    try {
      refused([shardDir(1), shardDir(2), shardDir(3)], /shard-2 \(shard 2\/3\) was built from other content/);
    } finally {
      writeFileSync(story, text);
    }
  });

  it('refuses a shard number outside the split', async () => {
    const result = await buildSite(root(), { SHARD: '4/3' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('SHARD="4/3": expected i/n with 1 ≤ i ≤ n');
  });
});
