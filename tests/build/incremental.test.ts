/**
 * A build must depend on the sources alone: two clean builds of the same
 * sources, in different folders, write byte-identical sites, and never write
 * into a source folder.
 *
 * A newsroom rebuilds all day. With Astro's incremental build, a page whose
 * code and content are unchanged is copied from the last build, and each page
 * is keyed by exactly what it shows (`src/site/page-inputs.ts`); so a build
 * with nothing changed renders no page, an edit renders the pages that show
 * what changed, and after any edit the site must be the one a clean build
 * writes. Two copies of the site take the same edits, several at a time: the first is rebuilt
 * incrementally after each, the second built clean (Astro's cache folder,
 * with its incremental record and compiled MDX, deleted first), and the two
 * `dist/` folders must be byte-identical. The edits are drawn at random from
 * a seeded generator (`INCREMENTAL_SEED`, printed with every step): bodies,
 * headlines, tags, dates, translations added and removed, stories added,
 * deleted and renamed, and at the end a UI string and a configuration value.
 * The lists are three to a page in both copies, so that edits move pieces
 * between the pages of the archive and of the topics.
 *
 * And the comparison must catch a key that forgets something its page shows:
 * a third copy, whose article pages' keys forget read-next and the pieces'
 * HTML on purpose, takes a headline edit and a glossary edit and leaves pages
 * stale that the comparison names.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/random';
import { codeEdits, contentEdits, newStory, replaceIn, type Edit } from './content-edits';
import { buildSite, copySite, filesUnder, type SiteCopy } from './site-copy';

/**
 * Every build runs on one clock, as reproducible builds do (`SOURCE_DATE_EPOCH`): the news sitemap lists what is
 * recent at that moment. A day and a half after the flagship story, so the sitemap is not empty.
 */
const clock = { SOURCE_DATE_EPOCH: String(Date.parse('2026-11-25T12:00:00Z') / 1000) };
const build = (root: string) => buildSite(root, clock);

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
/** A copy whose article pages' keys forget read-next, and the HTML of the pieces rendered in the content layer. */
let forgetful: SiteCopy;
let first: Map<string, Buffer>;
let headline: string;

beforeAll(() => {
  copies = [copySite({ caches: 'cold' }), copySite({ caches: 'cold' })];
  for (const each of copies) replaceIn(each.root, 'src/site.config.ts', [['pageSize: 20', 'pageSize: 3']]);
  copy = copies[0]!;
  // Its caches start from the repository's: it builds the same cards as the others.
  forgetful = copySite();
  replaceIn(forgetful.root, 'src/site.config.ts', [['pageSize: 20', 'pageSize: 3']]);
  replaceIn(forgetful.root, 'src/site/page-inputs.ts', [
    ['readNext: readNext(article, await piecesIn(article.lang)).map(shownAsItem),', 'readNext: [],'],
    [', html: rendered ? digest : undefined }', ' }'],
  ]);
  headline = /^title: '(.+)'$/m.exec(readFileSync(join(copy.root, story), 'utf8'))![1]!;
  // A plain story, rendered in the content layer, whose text uses a glossary term (UPI).
  for (const each of [...copies, forgetful]) newStory('story-900', 900, true)(each.root);
});
afterAll(() => [...copies, forgetful].forEach((each) => each.remove()));

it('two clean builds of the same sources, in different folders, write byte-identical dist/', async () => {
  const before = sources(copy.root);
  // Each copy starts with empty caches of its own, so both draw every card and make every font subset.
  const results = await Promise.all([...copies, forgetful].map((each) => build(each.root)));
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
  // The clock is pinned: the news sitemap lists the flagship story in both builds, not whatever is recent today.
  expect(first.get('news-sitemap.xml')!.toString()).toContain('/news/phonepe-outage/</loc>');

  expect(sources(copy.root), 'the build wrote into a source folder').toEqual(before);
});

/** The paths of the files that differ between two builds, or that only one of them has. */
function differences(one: Map<string, Buffer>, other: Map<string, Buffer>): string[] {
  const paths = new Set([...one.keys(), ...other.keys()]);
  return [...paths]
    .filter((path) => !one.get(path)?.equals(other.get(path) ?? Buffer.alloc(0)) || !other.has(path))
    .sort();
}

/** Makes an edit in both copies. */
const applyToBoth = (edit: Edit) => copies.forEach((each) => edit.apply(each.root));

/**
 * Rebuilds the first copy incrementally and the second clean, and compares their sites; `what` names the edits made
 * since the last build. Returns the incremental build's log.
 */
async function rebuildBoth(what: string): Promise<string> {
  const [incremental, clean] = copies;
  rmSync(join(clean!.root, 'node_modules/.astro'), { recursive: true, force: true });
  const results = await Promise.all([build(incremental!.root), build(clean!.root)]);
  for (const { code, output } of results) expect(code, output).toBe(0);
  expect(differences(built(incremental!.root), built(clean!.root)), `after: ${what}`).toEqual([]);
  return results[0]!.output;
}

describe('rebuilding the first copy', () => {
  it('a build with nothing changed renders no page again, and writes the same site', async () => {
    const { code, output } = await build(copy.root);
    expect(code, output).toBe(0);
    const second = built(copy.root);
    // Astro marks each path it kept instead of rendering: left in dist/, which the last build left as it was
    // (`(cached)`), not copied back into an emptied one (`(restored)`). Every route but the 404 page, the language
    // chooser and the news sitemap (which depends on the clock) has a cache key. The sitemaps are written after the pages.
    expect(output).toContain('[kept-pages] kept');
    expect(output).not.toContain('(restored)');
    const copied = output.match(/\(cached\)/g)?.length ?? 0;
    const unkeyed = ['404.html', 'index.html', 'news-sitemap.xml', 'sitemap-index.xml', 'sitemap-0.xml'];
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

  it('after a headline and a glossary definition change, every page that showed them shows the new ones', async () => {
    // The end of the headline: its start has a Latin name that pages wrap differently in lists and in titles.
    const ending = 'বিপাকে পড়েছিল লক্ষ লক্ষ গ্রাহক';
    expect(headline).toContain(ending);
    const showing = filesWith(first, ending);
    // The story's page, the home page, the archive, its topics, the feeds, the statements it cites, read-next elsewhere.
    expect(showing.length).toBeGreaterThan(8);
    const edited = 'সমস্যায় পড়েছিলেন লক্ষ লক্ষ গ্রাহক';
    const change = {
      what: 'the Bengali story’s headline changed',
      apply: (root: string) =>
        replaceIn(root, story, [[`title: '${headline}'`, `title: '${headline.replace(ending, edited)}'`]]),
    };
    // And UPI's definition reworded, which the plain story's text carries.
    const reworded = contentEdits['glossary definition changed']!(copy.root, Math.random, 901);
    // The clean copy takes them too, and is compared after the next edits.
    [...copies, forgetful].forEach((each) => [change, reworded].forEach((edit) => edit.apply(each.root)));
    const [{ code, output }, stale] = await Promise.all([build(copy.root), build(forgetful.root)]);
    expect(code, output).toBe(0);
    expect(stale.code, stale.output).toBe(0);
    const third = built(copy.root);
    expect(filesWith(third, edited)).toEqual(showing);
    expect(filesWith(third, ending)).toEqual([]);
    // The story's preview card shows the headline: it alone is drawn again, and the build copies every other card.
    const cards = [...third.keys()].filter((path) => path.startsWith('og/'));
    const redrawn = cards.filter((path) => sha256(third.get(path)!) !== sha256(first.get(path)!));
    expect(redrawn).toEqual(['og/bn/news/phonepe-outage.png']);
    const copiedCards = output.match(/\/og\/\S+\.png \(cached\)/g) ?? [];
    expect(copiedCards).toHaveLength(cards.length - 1);
    // Readers' browsers keep the story for reading offline: the service worker lists it with a new revision, under a
    // new version, so that browsers drop the copy with the old headline.
    const worker = (files: Map<string, Buffer>) => files.get('sw.js')!.toString();
    const revisionOf = (files: Map<string, Buffer>) =>
      /"url":"\/bn\/news\/phonepe-outage\/","revision":"(\w+)"/.exec(worker(files))?.[1];
    expect(revisionOf(first)).toBeDefined();
    expect(revisionOf(third)).not.toBe(revisionOf(first));
    expect(/"version":"(\w+)"/.exec(worker(third))![1]).not.toBe(/"version":"(\w+)"/.exec(worker(first))![1]);
    // Search finds the story by its new headline, not by its old one.
    expect(fragmentsWith(first, ending)).toHaveLength(1);
    expect(fragmentsWith(third, edited)).toHaveLength(1);
    expect(fragmentsWith(third, ending)).toEqual([]);

    // Where a key forgot read-next, a story that lists the flagship under "read next" was copied, old headline and
    // all; where it forgot the piece's HTML, the plain story kept the old definition. The comparison finds both.
    const readNextOf = (files: Map<string, Buffer>) =>
      /<section class="read-next"[\s\S]*?<\/section>/.exec(files.get('bn/news/story-900/index.html')!.toString())![0];
    expect(readNextOf(first)).toContain(ending);
    expect(readNextOf(third)).toContain(edited);
    const forgot = built(forgetful.root);
    expect(differences(third, forgot)).toEqual(
      expect.arrayContaining(['bn/news/story-900/index.html', 'en/news/story-900/index.html']),
    );
    expect(readNextOf(forgot)).toContain(ending);
    expect(third.get('en/news/story-900/index.html')!.toString()).toContain('(901)</span>');
    expect(forgot.get('en/news/story-900/index.html')!.toString()).not.toContain('(901)');
  });

  it('after every edit of a random sequence, writes the site a clean build writes', async () => {
    const seed = Number(process.env.INCREMENTAL_SEED ?? 20261205);
    const random = seededRandom(seed);
    // Content edits in a random order, four or five between builds; a story is added before any is deleted or renamed, and a
    // translation removed before one is added. Code edits come last: each renders every page again.
    const kinds = Object.keys(contentEdits);
    for (let i = kinds.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
    }
    const putBefore = (kind: string, later: string) => {
      const [at, laterAt] = [kinds.indexOf(kind), kinds.indexOf(later)];
      if (at > laterAt) kinds.splice(laterAt, 0, ...kinds.splice(at, 1));
    };
    putBefore('story added', 'story deleted');
    putBefore('story added', 'story renamed');
    putBefore('translation removed', 'translation added');
    let n = 100;
    for (let step = 0; step < kinds.length; step += 5) {
      const made = kinds.slice(step, step + 5).map((kind) => {
        const edit = contentEdits[kind]!(copy.root, random, ++n);
        applyToBoth(edit);
        return edit.what;
      });
      console.log(`seed ${seed}, step ${step / 5 + 1}: ${made.join('; ')}`);
      // Once, dist/ is changed by hand after the last build: then it is emptied, and not one file of it kept.
      const byHand = step === 0;
      if (byHand) {
        appendFileSync(join(copy.root, 'dist/og/en/statements/paytm.png'), 'edited by hand');
        writeFileSync(join(copy.root, 'dist/en/stray.html'), '<p>left over</p>');
      }
      const output = await rebuildBoth(`${byHand ? 'dist/ changed by hand; ' : ''}${made.join('; ')}`);
      if (byHand) expect(output).not.toContain('[kept-pages] kept');
      else expect(output).toContain('[kept-pages] kept');
    }
    // One code edit a build: each renders every page again, or should, by a different path.
    for (const edit of Object.values(codeEdits).map((codeEdit) => codeEdit(++n))) {
      applyToBoth(edit);
      await rebuildBoth(edit.what);
    }
  });
  it('npm run build keeps dist/ when nothing changed since its last build, and builds after an edit', async () => {
    const npmBuild = () => buildSite(copy.root, clock, { npm: true });
    expect((await npmBuild()).code).toBe(0);
    const before = built(copy.root);
    const kept = await npmBuild();
    expect(kept.code, kept.output).toBe(0);
    expect(kept.output).toContain('Nothing changed since the last build');
    expect(kept.output).not.toContain('[build]');
    expect(differences(before, built(copy.root))).toEqual([]);
    const edit = contentEdits['headline changed']!(copy.root, seededRandom(7), 990);
    edit.apply(copy.root);
    const rebuilt = await npmBuild();
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output).not.toContain('Nothing changed');
    expect(filesWith(built(copy.root), '(990)').length).toBeGreaterThan(0);
  });
});
