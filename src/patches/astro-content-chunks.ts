import { createHash } from 'node:crypto';

/**
 * How the build bundles the content's MDX for prerendering: each piece's
 * compiled MDX module goes into one of a fixed number of chunks instead of a
 * file of its own. Astro makes two modules of each piece, and Rolldown wrote
 * each to its own file: 4068 files for the benchmark's 2000 stories, which
 * the build then imports one by one and deletes. Writing that many files took
 * Rolldown about 3 s of every build on the benchmark's machine, whose ext4
 * has no journal: a new file skips over every inode deleted nearby in the
 * last 30 s, and the build had just emptied `dist/` (docs/performance.md).
 * With the MDX modules grouped, the compile took about 9 s instead of 12, and
 * the pages came out byte for byte the same.
 *
 * Only the MDX module itself is grouped. Its companion (`?astroPropagatedAssets`)
 * keeps a chunk of its own: Astro writes the piece's styles and links into that
 * chunk after bundling, and it fills in only one piece per chunk
 * (`astroRewritesIn` checks this in every build). A piece's chunk is chosen by
 * a hash of its path inside `content/`, so an edit changes one chunk, and
 * adding a piece moves no other.
 */

/** The number of chunks the pieces are spread over: about 60 pieces each for 2000 stories. */
const defaultChunks = 32;

/** The name of the chunk of `id`, a module of Rolldown's graph; null leaves it to Rolldown's own chunking. */
export function contentChunkName(id: string, contentDir: string, chunks = defaultChunks): string | null {
  if (!id.startsWith(contentDir) || !id.endsWith('.mdx')) return null;
  const path = id.slice(contentDir.length);
  return `content-${createHash('sha256').update(path).digest().readUInt32BE(0) % chunks}`;
}

/**
 * Rolldown's `output.codeSplitting` for the prerender build: one group that
 * names each MDX module's chunk. `contentDir` is the absolute path of
 * `content/`, ending in a slash.
 */
export function contentChunks(contentDir: string, chunks = defaultChunks) {
  return { groups: [{ name: (id: string) => contentChunkName(id, contentDir, chunks) }] };
}

/**
 * What Astro 7 rewrites in a prerender chunk after bundling, each at most once
 * per chunk: the serialized manifest, a content entry's styles and links, and
 * the server-island map (`astro/dist/core/build/static-build.js`).
 */
const rewrites = [
  {
    what: 'the serialized manifest',
    found: (chunk: BuiltChunk) => chunk.moduleIds.includes('\0virtual:astro:manifest'),
  },
  { what: "a content entry's styles and links", marker: '"@@ASTRO-LINKS@@"' },
  { what: 'the server-island map', marker: '$$server-islands-map$$' },
] as const;

/** The parts of a Rolldown output chunk the check reads. */
export interface BuiltChunk {
  code: string;
  moduleIds: readonly string[];
}

/**
 * The rewrites Astro would make in `chunk` after bundling. More than one, and
 * all but one would be lost: Astro rewrites each from the chunk as Rolldown
 * wrote it, and the last one written wins.
 */
export function astroRewritesIn(chunk: BuiltChunk): string[] {
  return rewrites.flatMap((rewrite) => {
    if ('found' in rewrite) return rewrite.found(chunk) ? [rewrite.what] : [];
    const count = chunk.code.split(rewrite.marker).length - 1;
    return Array.from({ length: count }, () => rewrite.what);
  });
}
