import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeEmptyFolders } from '../shared/empty-folders.ts';
import { storedJson } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';
import { fileDigest } from './directory-digest.ts';
import { listDist, sameListing, type DistListing } from './dist-listing.ts';

/** What the last whole build left: a digest of Astro's record of its pages, and every file of `dist/`. */
interface PagesInDist {
  manifest: string;
  dist: DistListing;
}

/** Astro's record of the pages it built (`experimental.incrementalBuild`), in its cache folder. */
const astroManifest = (cacheDir: string) => join(cacheDir, 'incremental-build.json');
const markerFile = (cacheDir: string) => join(cacheDir, 'pages-in-dist.json');

/**
 * `dist/` as a build that started at `since` (epoch milliseconds) left it, from the record `keptPages().record` wrote
 * once every step had written; undefined when no whole build since then wrote one (a sharded build writes none).
 */
export function distAsLeft(cacheDir: string, since: number): DistListing | undefined {
  const marker = markerFile(cacheDir);
  if (!existsSync(marker) || statSync(marker).mtimeMs < since) return undefined;
  return storedJson<PagesInDist>(marker)?.dist;
}

/** The output file of every page and endpoint Astro's record names, as a `/`-separated path under `dist`. */
function recordedOutputs(cacheDir: string, dist: string): Set<string> {
  const { routes = {} } = JSON.parse(readFileSync(astroManifest(cacheDir), 'utf8')) as {
    routes?: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  // Astro records each file as a URL relative to `dist/`: a Bengali topic's folder is percent-encoded there.
  const base = pathToFileURL(join(dist, '/'));
  const underDist = (url: string) =>
    relative(dist, fileURLToPath(new URL(url, base)))
      .split(sep)
      .join('/');
  return new Set(
    Object.values(routes).flatMap((route) => Object.values(route.paths).map((path) => underDist(path.outputFile))),
  );
}

/** What else a kept `dist/` keeps. */
export interface KeptPagesOptions {
  /**
   * Folders of `dist/` (`pagefind/`) that a later step of the build makes whole again in place, writing only what
   * differs and deleting what is gone: they are left as they are for it.
   */
  updatedInPlace?: string[];
}

/**
 * Keeps the last build's pages in `dist/` instead of emptying it. Astro empties `dist/` before it builds and, for
 * each page whose key is unchanged, copies the page back from its cache: thousands of files created again, on a
 * disk slow to create them after deleting as many, and pages that then still name the assets as they were before the
 * steps after the build (the font subsets' names) and must all be rewritten. When `dist/` is exactly as the last
 * whole build left it (every file's size and time, and Astro's record of that build's pages unchanged since), this
 * deletes from it everything but the pages and endpoints Astro recorded, and tells Astro not to empty it: Astro then
 * keeps each unchanged page where it is and writes only the pages it renders. Once the pages are built, those of the
 * last build that this one no longer makes are deleted, before any later step reads the pages. Anything else (a
 * shard, a merge, a build by another command, a file changed by hand) leaves `dist/` to be emptied as usual.
 *
 * Two integrations: `clear` goes first in the config's list, so that the pages are final before other steps read
 * them; `record`, last, notes what the build left once every step has written.
 */
export function keptPages({ updatedInPlace = [] }: KeptPagesOptions = {}): {
  clear: AstroIntegration;
  record: AstroIntegration;
} {
  let cacheDir = '';
  let building = false;
  /** The files kept in `dist/`, relative to it, and when this build started. */
  let kept = new Set<string>();
  let started = 0;
  const clear: AstroIntegration = {
    name: 'kept-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        building = true;
        cacheDir = fileURLToPath(config.cacheDir);
        const dist = fileURLToPath(config.outDir);
        started = Date.now();
        const marker = markerFile(cacheDir);
        const last = storedJson<PagesInDist>(marker);
        rmSync(marker, { force: true });
        if (!last || last.manifest !== fileDigest(astroManifest(cacheDir))) return;
        const listing = listDist(dist);
        if (!sameListing(last.dist, listing)) return;
        const outputs = recordedOutputs(cacheDir, dist);
        for (const file of Object.keys(listing)) {
          if (outputs.has(file)) kept.add(file);
          else if (!updatedInPlace.some((folder) => file.startsWith(folder))) rmSync(join(dist, file));
        }
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        logger.info(`kept ${kept.size} pages of the last build in dist/; only pages whose inputs changed are written`);
      },
      'astro:build:generated': ({ dir }) => {
        if (kept.size === 0) return;
        const dist = fileURLToPath(dir);
        const outputs = recordedOutputs(cacheDir, dist);
        for (const file of kept) {
          if (outputs.has(file)) continue;
          const path = join(dist, file);
          if (existsSync(path) && statSync(path).mtimeMs < started) rmSync(path);
        }
        removeEmptyFolders(dist);
        kept = new Set();
      },
    },
  };
  const record: AstroIntegration = {
    name: 'kept-pages-record',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!building) return;
        const marker: PagesInDist = {
          manifest: fileDigest(astroManifest(cacheDir)),
          dist: listDist(fileURLToPath(dir)),
        };
        await writeAtomically(markerFile(cacheDir), JSON.stringify(marker));
      },
    },
  };
  return { clear, record };
}
