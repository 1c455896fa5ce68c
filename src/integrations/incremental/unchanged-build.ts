/**
 * A build whose every input is what the last build was made from, and whose `dist/` is as that build left it, has
 * nothing to do: `npm run build` then keeps `dist/` and stops, as `make` does for a target newer than its sources.
 * The inputs are every file a build reads (the content, the code, the public files, the config, the installed
 * packages), the environment variables that change what it writes, the Node.js release and the command's arguments;
 * and the clock, which a build reads for the news sitemap and live stories: a build made without
 * `SOURCE_DATE_EPOCH` holds only until the first moment at which those would change (`clock-horizon.ts`).
 * `astro build --force`, or deleting the cache folder, builds in full.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentIndex } from '../../content-index/content-index.ts';
import { storedJson } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';
import { clockHorizon, clockMoments } from './clock-horizon.ts';
import { buildInputs } from '../shards/build-inputs.ts';
import { fileDigest } from './directory-digest.ts';
import { listDist, sameListing, type DistListing } from './dist-listing.ts';
import { distAsLeft } from './kept-pages.ts';

/** Environment variables that change what a build writes (the cache folders' do not). */
export const buildEnvironment = ['BUILD_SHARDS', 'MARKDOWN_PROCESSOR', 'SHARD', 'SITE_URL', 'SOURCE_DATE_EPOCH'];

/** What a build reads besides the content and the site's code (`buildInputs`): the installed packages' versions. */
const packageFiles = ['package.json', 'node_modules/.package-lock.json'];

/** What the last complete build was made from, and what it left. */
interface LastBuild {
  inputs: string;
  /** When it started, and the first moment after that at which the clock alone would change its output. */
  clock: number;
  horizon: number | null;
  /** Every file of `dist/`, by path: size and modification time. */
  dist: DistListing;
  /** The clock's moments of each piece (`clockMoments`); a date the calendar lacks is `null` (JSON has no NaN). */
  moments?: [string, (number | null)[]][];
}

/**
 * A digest of everything a build of `root` reads: the content and the site's code as the shards' manifests name them
 * (`buildInputs`), the installed packages, Vite's `.env` files, the environment, the Node.js release and `args`.
 */
export function recordedInputs(root: string, args: readonly string[], contentFiles?: Map<string, string>): string {
  const { content, code } = buildInputs(root, contentFiles);
  const hash = createHash('sha256').update(`${content}\0${code}\0`);
  const envFiles = readdirSync(root)
    .filter((name) => name.startsWith('.env'))
    .sort();
  for (const file of [...packageFiles, ...envFiles]) hash.update(`${file}\0${fileDigest(join(root, file))}\0`);
  // The variables Astro hands pages (`import.meta.env.PUBLIC_*`) as well.
  const publicVariables = Object.keys(process.env).filter((name) => name.startsWith('PUBLIC_'));
  for (const name of [...buildEnvironment, ...publicVariables.sort()]) {
    hash.update(`${name}=${process.env[name] ?? ''}\0`);
  }
  hash.update(`node ${process.version}\0${JSON.stringify(args)}`);
  return hash.digest('hex');
}

/** What a build of `root` records and checks, in `cacheDir`. */
export interface BuildRecordOptions {
  root: string;
  /** Astro's cache folder (`node_modules/.astro`): deleting it forgets the record. */
  cacheDir: string;
  /** The build command's arguments. */
  args: readonly string[];
}

const recordFile = (cacheDir: string) => join(cacheDir, 'last-build.json');

/**
 * Runs `build` unless nothing has changed since the last build (see above); with `force`, always. Returns whether
 * it built. The record of the last build is removed before building and written only once `build` succeeds.
 */
export async function buildUnlessUnchanged(
  options: BuildRecordOptions & { force: boolean; now?: Date },
  build: () => Promise<void>,
): Promise<boolean> {
  const { root, cacheDir, args, force } = options;
  const started = options.now ?? new Date();
  // Each content file's digest, read here once for the record's clock moments too.
  const contentFiles = new Map<string, string>();
  const inputs = recordedInputs(root, args, contentFiles);
  const file = recordFile(cacheDir);
  const dist = join(root, 'dist');
  const last = storedJson<LastBuild>(file);
  if (!force && last) {
    const clockHolds = started.getTime() >= last.clock && started.getTime() < (last.horizon ?? Infinity);
    if (last.inputs === inputs && clockHolds && sameListing(last.dist, listDist(dist))) return false;
  }
  rmSync(file, { force: true });
  await build();
  const pinned = (process.env.SOURCE_DATE_EPOCH ?? '').trim() !== '';
  const index = contentIndex(join(root, 'content'));
  const known = new Map((last?.moments ?? []).map(([key, moments]) => [key, moments.map((moment) => moment ?? NaN)]));
  const moments = clockMoments(index, known, contentFiles);
  const horizon = pinned ? Infinity : clockHorizon(index, started, moments);
  const record: LastBuild = {
    inputs,
    clock: started.getTime(),
    horizon: Number.isFinite(horizon) ? horizon : null,
    dist: distAsLeft(cacheDir, started.getTime()) ?? listDist(dist),
    moments: [...moments],
  };
  mkdirSync(cacheDir, { recursive: true });
  await writeAtomically(file, JSON.stringify(record));
  return true;
}
