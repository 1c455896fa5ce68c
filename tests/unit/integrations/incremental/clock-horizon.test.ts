/**
 * A build made without `SOURCE_DATE_EPOCH` holds until its clock horizon: the first moment at which the news sitemap
 * or a live story's state would change. These check the horizon against the functions that read the clock, and fail
 * when a module starts to read the clock or the environment without the record of the last build knowing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentFile, ContentIndex } from '../../../../src/content-index/content-index';
import { liveState, type Coverage } from '../../../../src/content-index/live-updates';
import { clockHorizon, clockMoments } from '../../../../src/integrations/incremental/clock-horizon';
import { buildEnvironment } from '../../../../src/integrations/incremental/unchanged-build';
import { newsEntries, type NewsCandidate } from '../../../../src/integrations/news-sitemap/news-entries';

const src = join(import.meta.dirname, '../../../../src');
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|astro|mjs)$/.test(file))
  .map((file) => ({ file: file.split('\\').join('/'), text: readFileSync(join(src, file), 'utf8') }));

/** Pieces as the content index gives them: collection, language, slug and frontmatter. */
function indexOf(pieces: { collection: ContentFile['collection']; slug: string; data: Record<string, unknown> }[]) {
  // Each file's text, as far as a digest of it goes: its frontmatter.
  return {
    pieces: pieces.map((piece) => ({ lang: 'en', source: JSON.stringify(piece.data), ...piece })),
  } as unknown as ContentIndex;
}

const pieces = indexOf([
  { collection: 'stories', slug: 'old', data: { pubDate: '2026-11-20' } },
  { collection: 'stories', slug: 'recent', data: { pubDate: '2026-11-30' } },
  {
    collection: 'stories',
    slug: 'live',
    data: { pubDate: '2026-11-29', coverage: { start: '2026-11-29T09:00+05:30', end: '2026-12-01T20:00+05:30' } },
  },
  { collection: 'explainers', slug: 'upi', data: { pubDate: '2026-11-30' } },
]);

/** What the clock decides in a build at `now`: the news sitemap's entries and each live story's state. */
function clockOutputs(index: ContentIndex, now: Date): unknown {
  const candidates: NewsCandidate[] = index.pieces.map((piece) => ({
    collection: piece.collection,
    slug: piece.slug,
    lang: piece.lang,
    title: piece.slug,
    published: new Date(String(piece.data.pubDate)),
  }));
  const live = index.pieces.flatMap((piece) => {
    const coverage = piece.data.coverage as { start: string; end?: string } | undefined;
    if (!coverage) return [];
    const dated: Coverage = { start: new Date(coverage.start), end: coverage.end ? new Date(coverage.end) : undefined };
    return [liveState(dated, now)];
  });
  return { news: newsEntries(candidates, now).map((entry) => entry.slug), live };
}

describe('the clock horizon', () => {
  it('is the first moment the news sitemap or a live story changes: nothing changes before it, something at it', () => {
    let from = new Date('2026-11-25T00:00:00Z');
    const horizons: number[] = [];
    for (let horizon = clockHorizon(pieces, from); Number.isFinite(horizon); horizon = clockHorizon(pieces, from)) {
      horizons.push(horizon);
      const before = clockOutputs(pieces, from);
      for (const step of [0.1, 0.5, 0.9]) {
        const between = new Date(from.getTime() + (horizon - from.getTime()) * step);
        expect(clockOutputs(pieces, between), between.toISOString()).toEqual(before);
      }
      expect(clockOutputs(pieces, new Date(horizon))).not.toEqual(before);
      from = new Date(horizon);
    }
    // The live story leaves the news sitemap, its coverage ends, the recent story leaves; an explainer never counts.
    expect(horizons.map((moment) => new Date(moment).toISOString())).toEqual([
      '2026-12-01T00:00:00.001Z',
      '2026-12-01T14:30:00.000Z',
      '2026-12-02T00:00:00.001Z',
    ]);
  });

  it("takes a piece's moments from the last build while its file is the same, and reads an edited one", () => {
    const from = new Date('2026-11-25T00:00:00Z');
    const last = clockMoments(pieces);
    // What the last build knew of an unchanged file is used as it is: a stale entry shows through.
    const stale = new Map([...last].map(([key, moments]) => [key, moments.map((moment) => moment - 1)]));
    expect(clockHorizon(pieces, from, clockMoments(pieces, stale))).toBe(clockHorizon(pieces, from) - 1);
    const edited = indexOf([{ collection: 'stories', slug: 'recent', data: { pubDate: '2026-11-26' } }]);
    expect(clockHorizon(edited, from, clockMoments(edited, stale))).toBe(Date.parse('2026-11-28T00:00:00.001Z'));
  });

  it("keys a piece by its file's digest when the build already has it, as it keys it by its text", () => {
    const located = indexOf([{ collection: 'stories', slug: 'recent', data: { pubDate: '2026-11-30' } }]);
    const piece = Object.assign(located.pieces[0]!, { path: '/site/content/stories/en/recent.mdx' });
    const digest = createHash('sha256').update(piece.source).digest('hex');
    const byText = clockMoments(located);
    expect([...clockMoments(located, new Map(), new Map([[piece.path, digest]])).keys()]).toEqual([...byText.keys()]);
    // A digest read of another text is another file: what was known of this one does not apply.
    const known = new Map([...byText].map(([key]) => [key, [0]]));
    expect([...clockMoments(located, known, new Map([[piece.path, 'f00d']])).values()]).not.toEqual([[0]]);
    expect([...clockMoments(located, known, new Map([[piece.path, digest]])).values()]).toEqual([[0]]);
  });

  it('is never trusted when a date cannot be read', () => {
    const from = new Date('2026-11-25T00:00:00Z');
    expect(clockHorizon(indexOf([{ collection: 'stories', slug: 'x', data: { pubDate: 'soon' } }]), from)).toBe(
      from.getTime(),
    );
  });

  it('knows every module that reads the clock', () => {
    const readers = sources.filter(({ text }) => text.includes('buildClock()')).map(({ file }) => file);
    // Each reads it for the news sitemap or a live story's state (`liveState`), which the horizon covers.
    expect(readers.sort()).toEqual([
      'components/live/LiveStatus.astro',
      'integrations/og-cards/pages.ts',
      'layouts/ArticleLayout.astro',
      'pages/news-sitemap.xml.ts',
      'site/page-inputs.ts',
    ]);
    // The clock itself; the CLI, which dates a split build's shards and times its builds; `npm run new`; and the
    // pages kept in dist/, which tell the files this build wrote from those it kept by their times.
    expect(
      sources
        .filter(({ text }) => /\bDate\.now\(\)|new Date\(\)/.test(text))
        .map(({ file }) => file)
        .sort(),
    ).toEqual([
      'cli/build.ts',
      'cli/new-piece.ts',
      'integrations/incremental/kept-pages.ts',
      'integrations/incremental/unchanged-build.ts',
      'integrations/news-sitemap/build-clock.ts',
    ]);
  });
});

describe('the record of the last build', () => {
  it('holds every environment variable the site reads that changes what a build writes', () => {
    const read = new Set(
      sources.flatMap(({ text }) => [...text.matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]!)),
    );
    // Where the caches live, the scaffold's target, and Node's own options (read to limit a shard's heap) change no
    // byte of dist/.
    const outputNeutral = ['FONT_CACHE_DIR', 'NODE_OPTIONS', 'OG_CACHE_DIR', 'SCAFFOLD_ROOT', 'SEARCH_INDEX_CACHE_DIR'];
    expect([...read].filter((name) => !outputNeutral.includes(name)).sort()).toEqual([...buildEnvironment].sort());
  });
});
