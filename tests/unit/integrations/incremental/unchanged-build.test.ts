/**
 * `npm run build` keeps `dist/` when nothing a build reads has changed since the last one: these run the decision on
 * a project in a temporary folder, with a build that writes one page, and change one input at a time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetContentIndex } from '../../../../src/content-index/content-index';
import { buildUnlessUnchanged } from '../../../../src/integrations/incremental/unchanged-build';

let root: string;
const story = (pubDate: string, extra = '') =>
  `---\ntitle: 'A story'\ndescription: 'Short.'\npubDate: ${pubDate}\n${extra}---\n\nText.\n`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unchanged-build-'));
  mkdirSync(join(root, 'content/stories/en'), { recursive: true });
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'content/stories/en/a.mdx'), story('2026-11-24'));
  writeFileSync(join(root, 'src/page.ts'), 'export default 1;\n');
  forgetContentIndex();
  vi.stubEnv('SOURCE_DATE_EPOCH', '');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** Runs the decision at `now` (ISO) with a build that writes `dist/index.html`; returns whether it built. */
function build(now = '2026-12-01T00:00:00Z', { force = false, fails = false } = {}): Promise<boolean> {
  forgetContentIndex();
  return buildUnlessUnchanged(
    { root, cacheDir: join(root, 'node_modules/.astro'), args: [], force, now: new Date(now) },
    async () => {
      if (fails) throw new Error('the build failed');
      mkdirSync(join(root, 'dist'), { recursive: true });
      writeFileSync(
        join(root, 'dist/index.html'),
        `<p>${readFileSync(join(root, 'content/stories/en/a.mdx'), 'utf8')}</p>`,
      );
    },
  );
}

describe('a build with nothing changed', () => {
  it('keeps dist/ and builds nothing', async () => {
    expect(await build()).toBe(true);
    expect(await build()).toBe(false);
  });

  it('builds again after an edit to the content, the code or a build variable', async () => {
    await build();
    writeFileSync(join(root, 'content/stories/en/a.mdx'), story('2026-11-24').replace('Text.', 'Text, edited.'));
    expect(await build()).toBe(true);
    writeFileSync(join(root, 'src/page.ts'), 'export default 2;\n');
    expect(await build()).toBe(true);
    vi.stubEnv('MARKDOWN_PROCESSOR', 'unified');
    expect(await build()).toBe(true);
    expect(await build()).toBe(false);
  });

  it('builds again when dist/ is not as the last build left it', async () => {
    await build();
    utimesSync(join(root, 'dist/index.html'), new Date(), new Date('2020-01-01'));
    expect(await build()).toBe(true);
    writeFileSync(join(root, 'dist/extra.html'), '<p>left over</p>');
    expect(await build()).toBe(true);
    rmSync(join(root, 'dist'), { recursive: true });
    expect(await build()).toBe(true);
  });

  it('builds when the record of the last build cannot be read, as after a disk that filled up', async () => {
    await build();
    writeFileSync(join(root, 'node_modules/.astro/last-build.json'), '{"inputs": "half a rec');
    expect(await build()).toBe(true);
    expect(await build()).toBe(false);
  });

  it('builds again with --force, and after a build that failed', async () => {
    await build();
    expect(await build(undefined, { force: true })).toBe(true);
    await expect(build(undefined, { force: true, fails: true })).rejects.toThrow('the build failed');
    expect(await build()).toBe(true);
  });

  it('holds until the news sitemap would drop a story, two days after it was published', async () => {
    writeFileSync(join(root, 'content/stories/en/a.mdx'), story('2026-11-30'));
    await build('2026-12-01T00:00:00Z');
    expect(await build('2026-12-01T23:00:00Z')).toBe(false);
    expect(await build('2026-12-02T01:00:00Z')).toBe(true);
    // Nothing ahead now: the story is out of the sitemap for good.
    expect(await build('2027-06-01T00:00:00Z')).toBe(false);
    // A clock behind the last build's is not trusted.
    expect(await build('2026-12-01T00:00:00Z')).toBe(true);
  });

  it("holds until a live story's coverage ends", async () => {
    writeFileSync(
      join(root, 'content/stories/en/a.mdx'),
      story('2026-11-01', 'coverage: { start: 2026-11-01T09:00+05:30, end: 2026-12-05T18:00+05:30 }\n'),
    );
    await build('2026-12-01T00:00:00Z');
    expect(await build('2026-12-05T12:00:00Z')).toBe(false);
    expect(await build('2026-12-05T12:30:00Z')).toBe(true);
  });

  it('with SOURCE_DATE_EPOCH, holds whatever the time, until the variable changes', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1795564800');
    writeFileSync(join(root, 'content/stories/en/a.mdx'), story('2026-11-30'));
    await build('2026-12-01T00:00:00Z');
    expect(await build('2027-12-01T00:00:00Z')).toBe(false);
    vi.stubEnv('SOURCE_DATE_EPOCH', '1795651200');
    expect(await build('2027-12-01T00:00:00Z')).toBe(true);
  });
});

describe('the record of dist/ as the build left it', () => {
  const marker = () => join(root, 'node_modules/.astro/pages-in-dist.json');
  /** A build that, as the kept-pages step does at its end, records `dist/` as `listing` in the marker. */
  function buildRecording(listing: object, now = '2026-12-01T00:00:00Z'): Promise<boolean> {
    forgetContentIndex();
    return buildUnlessUnchanged(
      { root, cacheDir: join(root, 'node_modules/.astro'), args: [], force: true, now: new Date(now) },
      async () => {
        mkdirSync(join(root, 'dist'), { recursive: true });
        writeFileSync(join(root, 'dist/index.html'), '<p>page</p>');
        mkdirSync(join(root, 'node_modules/.astro'), { recursive: true });
        writeFileSync(marker(), JSON.stringify({ manifest: '-', dist: listing }));
      },
    );
  }

  it("is the kept-pages step's listing when that step wrote one during the build", async () => {
    await buildRecording({ 'index.html': [1, 1] });
    // The listing recorded is not what dist/ holds: the next build sees a changed dist/.
    expect(await build()).toBe(true);
  });

  it('is read from dist/ when the listing there is older than the build', async () => {
    await buildRecording({ 'index.html': [1, 1] }, '2099-01-01T00:00:00Z');
    expect(await build('2099-01-01T00:00:01Z')).toBe(false);
  });
});
