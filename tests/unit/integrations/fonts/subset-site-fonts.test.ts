import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { subsetSiteFonts, type SubsetReport } from '../../../../src/integrations/fonts/index';
import { woff2ToSfnt } from '../../../../src/integrations/fonts/woff2';
import { Shaper } from '../../../shared/shaping';
import { bengaliTrueType } from './fixtures';

const require = createRequire(import.meta.url);
const source = (weight: number) =>
  require.resolve(`@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-${weight}-normal.woff2`);
const file = (weight: number) => `noto-sans-bengali-bengali-${weight}-normal.Abcd1234.woff2`;
const range = 'U+0964-0965,U+0980-09FE,U+200C-200D,U+25CC';

/** A built site in miniature: one page, one stylesheet, the two Bengali faces. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'subset-site-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'bn'));
  for (const weight of [400, 700]) copyFileSync(source(weight), join(dir, '_astro', file(weight)));
  writeFileSync(
    join(dir, '_astro/site.Efgh5678.css'),
    [400, 700]
      .map(
        (weight) =>
          `@font-face{font-family:'Noto Sans Bengali';font-weight:${weight};` +
          `src:local('Noto Sans Bengali'),url(/_astro/${file(weight)}) format('woff2');unicode-range:${range}}`,
      )
      .join('') + '@font-face{font-family:Other;src:url(/_astro/other.woff2)}.kicker{font-weight:700}',
  );
  writeFileSync(
    join(dir, 'bn/index.html'),
    `<!doctype html><html lang="bn"><head><link rel="preload" href="/_astro/${file(400)}" as="font">` +
      `<link rel="stylesheet" href="/_astro/site.Efgh5678.css"></head><body>` +
      `<p class="kicker">খবর</p><h1>স্ক্রিনে ভেসে ওঠে</h1><p>প্রতিষ্ঠাতার ক্ষমাপ্রার্থী ঝড়</p></body></html>`,
  );
  return dir;
}

describe('subsetSiteFonts', () => {
  let dir: string;
  let reports: SubsetReport[];
  const subsets = new Map<number, Shaper>();
  const subset = (weight: number) => subsets.get(weight)!;

  beforeAll(async () => {
    dir = builtSite();
    reports = await subsetSiteFonts(dir, {
      family: 'Noto Sans Bengali',
      extraText: '১২৩',
      cacheDir: join(dir, '.font-cache'),
    });
    for (const { weight, file: name } of reports) {
      subsets.set(weight, new Shaper(await woff2ToSfnt(readFileSync(join(dir, name)))));
    }
  }, 30_000);

  it('replaces each face of the family with a much smaller file under a new name', () => {
    expect(reports.map(({ weight }) => weight).sort()).toEqual([400, 700]);
    for (const { file: name, bytesBefore, bytesAfter } of reports) {
      expect(name).toMatch(/^_astro\/noto-sans-bengali-bengali-\d00-normal\.[\w-]{8}\.woff2$/);
      expect(bytesAfter).toBeLessThan(bytesBefore / 3);
    }
    for (const weight of [400, 700]) expect(existsSync(join(dir, '_astro', file(weight)))).toBe(false);
  });

  it('points the stylesheet, now renamed, and the page at the new files', () => {
    const css = readdirSync(join(dir, '_astro')).find((name) => name.endsWith('.css'))!;
    const page = readFileSync(join(dir, 'bn/index.html'), 'utf8');
    expect(page).toContain(`href="/_astro/${css}"`);
    expect(page).toContain(`href="/${reports.find(({ weight }) => weight === 400)!.file}"`);
    const stylesheet = readFileSync(join(dir, '_astro', css), 'utf8');
    for (const { file: name } of reports) expect(stylesheet).toContain(`url(/${name})`);
    expect(stylesheet).toContain('url(/_astro/other.woff2)');
  });

  it('keeps what the regular face draws: all the text, and the extra text', async () => {
    const full = new Shaper(await bengaliTrueType(400));
    for (const text of ['খবর', 'স্ক্রিনে', 'প্রতিষ্ঠাতার', 'ক্ষমাপ্রার্থী', 'ঝড়', '১২৩']) {
      expect(subset(400).drawn(text), text).toEqual(full.drawn(text));
    }
  });

  it('keeps only the bold text in the bold face', async () => {
    const full = new Shaper(await bengaliTrueType(700));
    for (const text of ['খবর', 'স্ক্রিনে', 'ভেসে', 'ওঠে'])
      expect(subset(700).drawn(text), text).toEqual(full.drawn(text));
    expect(subset(700).shape('ঝ')[0]!.id).toBe(0);
  });
});

describe('subsetSiteFonts, built again', () => {
  const options = (cacheDir: string) => ({ family: 'Noto Sans Bengali', cacheDir });
  const fontFiles = (dir: string) => readdirSync(join(dir, '_astro')).filter((name) => name.endsWith('.woff2'));

  /** The pages whose runs of text the cache keeps, by digest. */
  const pagesKept = (cacheDir: string) =>
    Object.keys((JSON.parse(readFileSync(join(cacheDir, 'page-text-runs.json'), 'utf8')) as { pages: object }).pages);
  const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('gives the same files to the same pages, and keeps the runs of each page of the last build', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'font-cache-'));
    const [first, again] = [builtSite(), builtSite()];
    const built = digest(readFileSync(join(first, 'bn/index.html')));
    await subsetSiteFonts(first, options(cacheDir));
    const kept = pagesKept(cacheDir);
    // The page as built, and as rewritten with the subsets' names (as the next build finds it when it keeps the page).
    expect(kept).toContain(built);
    expect(kept).toContain(digest(readFileSync(join(first, 'bn/index.html'))));
    await subsetSiteFonts(again, options(cacheDir));
    expect(fontFiles(again).sort()).toEqual(fontFiles(first).sort());
    expect(pagesKept(cacheDir)).toEqual(kept);
  }, 30_000);

  it('reads the pages again when one changed, and draws its new words', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'font-cache-'));
    await subsetSiteFonts(builtSite(), options(cacheDir));
    const edited = builtSite();
    const page = join(edited, 'bn/index.html');
    const unedited = digest(readFileSync(page));
    writeFileSync(page, readFileSync(page, 'utf8').replace('ঝড়', 'ঝড় ও বৃষ্টি'));
    const [report] = (await subsetSiteFonts(edited, options(cacheDir))).filter(({ weight }) => weight === 400);
    const full = new Shaper(await bengaliTrueType(400));
    const cut = new Shaper(await woff2ToSfnt(readFileSync(join(edited, report!.file))));
    expect(cut.drawn('বৃষ্টি')).toEqual(full.drawn('বৃষ্টি'));
    // The edited page replaced the old one among the pages kept.
    expect(pagesKept(cacheDir)).toContain(digest(readFileSync(page)));
    expect(pagesKept(cacheDir)).not.toContain(unedited);
  }, 30_000);

  it('a page kept from the last build, naming its subsets and stylesheet, is pointed at the new ones', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'font-cache-'));
    const dir = builtSite();
    const pristine = builtSite();
    const last = await subsetSiteFonts(dir, options(cacheDir));
    const page = join(dir, 'bn/index.html');
    const keptPage = readFileSync(page, 'utf8');
    // The next build keeps the page and makes the assets anew under their first names; a new page has new words.
    const assets = join(dir, '_astro');
    for (const name of readdirSync(assets)) rmSync(join(assets, name));
    for (const name of readdirSync(join(pristine, '_astro')))
      copyFileSync(join(pristine, '_astro', name), join(assets, name));
    mkdirSync(join(dir, 'en'));
    const newPage = readFileSync(join(pristine, 'bn/index.html'), 'utf8').replace('ঝড়', 'ঝড় ও বৃষ্টি');
    writeFileSync(join(dir, 'en/index.html'), newPage);
    const next = await subsetSiteFonts(dir, options(cacheDir));
    const regular = next.find(({ weight }) => weight === 400)!.file;
    expect(regular).not.toBe(last.find(({ weight }) => weight === 400)!.file);
    const css = readdirSync(assets).find((name) => name.endsWith('.css'))!;
    for (const each of ['bn/index.html', 'en/index.html']) {
      const html = readFileSync(join(dir, each), 'utf8');
      expect(html, each).toContain(`href="/${regular}"`);
      expect(html, each).toContain(`href="/_astro/${css}"`);
    }
    expect(readFileSync(page, 'utf8')).not.toBe(keptPage);
    expect(readdirSync(assets).sort()).toEqual([css, ...next.map(({ file }) => file.replace('_astro/', ''))].sort());
    const cut = new Shaper(await woff2ToSfnt(readFileSync(join(dir, regular))));
    const full = new Shaper(await bengaliTrueType(400));
    expect(cut.drawn('বৃষ্টি')).toEqual(full.drawn('বৃষ্টি'));
  }, 30_000);
});
