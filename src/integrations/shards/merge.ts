import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { filesUnder } from '../shared/files-under.ts';
import { buildInputs } from './build-inputs.ts';
import { manifestFile, readManifest, type ShardManifest } from './manifest.ts';

/** What the merge needs besides the shards: the project, where the site goes, and what makes the site-wide outputs. */
export interface MergeOptions {
  /** The project root: the shards must have been built from its content and code. */
  root: string;
  /** The folder the merged site is written to (`dist/`); replaced only once the merge has succeeded. */
  outDir: string;
  /** The site-wide outputs' integrations, as a whole build runs them (`siteWideOutputs`). */
  integrations: AstroIntegration[];
  /**
   * The Astro config's fields those integrations read: `site`, `base`, `trailingSlash`, `publicDir`, `build.format`
   * and `build.assets`.
   */
  config: Pick<AstroConfig, 'site' | 'base' | 'trailingSlash' | 'publicDir'> & {
    build: Pick<AstroConfig['build'], 'format' | 'assets'>;
  };
  logger?: (message: string) => void;
  /** Move the shards' files instead of copying them, when the shard folders are a split build's own (`split-build.ts`). */
  move?: boolean;
}

/** Checks that `dirs` are every shard of one split, once each, built from the content and code at `root`. */
export function checkShards(dirs: string[], root: string): ShardManifest[] {
  if (dirs.length === 0) throw new Error('No shard folders given: npm run merge -- DIR1 DIR2 …');
  const manifests = dirs.map((dir) => readManifest(dir));
  const of = manifests[0]!.of;
  const problems: string[] = [];
  manifests.forEach((manifest, i) => {
    if (manifest.of !== of)
      problems.push(`${dirs[i]}: shard ${manifest.index}/${manifest.of}, but ${dirs[0]} is of ${of}`);
  });
  for (let index = 1; index <= of; index += 1) {
    const found = dirs.filter((_, i) => manifests[i]!.index === index && manifests[i]!.of === of);
    if (found.length === 0) problems.push(`shard ${index}/${of} is missing`);
    if (found.length > 1) problems.push(`${found.join(' and ')} are all shard ${index}/${of}`);
  }
  const here = buildInputs(root);
  manifests.forEach((manifest, i) => {
    const which = `${dirs[i]} (shard ${manifest.index}/${manifest.of})`;
    if (manifest.content !== here.content) problems.push(`${which} was built from other content than ${root}/content`);
    if (manifest.code !== here.code) problems.push(`${which} was built from other code than ${root}`);
  });
  if (problems.length > 0) throw new Error(`Cannot merge:\n${problems.map((line) => `- ${line}`).join('\n')}`);
  return manifests;
}

/**
 * Copies (or moves) every shard's files into `into`. A file several shards wrote (the 404 page, `public/` files, the
 * bundled styles) must be the same in each; a difference is an error naming the file and the shards.
 */
export function copyShards(dirs: string[], into: string, move: boolean): void {
  const from = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      if (file === manifestFile) continue;
      const earlier = from.get(file);
      if (earlier !== undefined) {
        if (!readFileSync(join(into, file)).equals(readFileSync(join(dir, file)))) {
          throw new Error(`Cannot merge: ${file} differs between ${earlier} and ${dir}.`);
        }
        continue;
      }
      from.set(file, dir);
      mkdirSync(dirname(join(into, file)), { recursive: true });
      if (move) renameSync(join(dir, file), join(into, file));
      else copyFileSync(join(dir, file), join(into, file));
    }
  }
}

/** A logger for integration hooks, writing `[name] message` lines. */
function hookLogger(name: string, log: (message: string) => void): AstroIntegrationLogger {
  const logger = {
    label: name,
    options: {},
    info: (message: string) => log(`[${name}] ${message}`),
    warn: (message: string) => log(`[${name}] warning: ${message}`),
    error: (message: string) => log(`[${name}] error: ${message}`),
    debug: () => {},
    fork: (label: string) => hookLogger(label, log),
  };
  return logger as unknown as AstroIntegrationLogger;
}

/**
 * Runs the site-wide integrations' hooks on the merged pages in `dir` as `astro build` runs them: the config, the
 * routes (none is needed: every shard builds the routes without parameters, so their pages are listed), the
 * generated pages, then `astro:build:done` one integration after the other. The hooks are given only the fields
 * these integrations read, hence the casts.
 */
async function runSiteWideHooks(dir: string, pages: string[], options: MergeOptions): Promise<void> {
  const log = options.logger ?? console.log;
  const url = pathToFileURL(`${dir}/`);
  for (const { name, hooks } of options.integrations) {
    const logger = hookLogger(name, log);
    await hooks['astro:config:done']?.({ config: options.config, logger } as never);
    await hooks['astro:routes:resolved']?.({ routes: [], logger } as never);
  }
  for (const { name, hooks } of options.integrations) {
    await hooks['astro:build:generated']?.({ dir: url, logger: hookLogger(name, log) } as never);
  }
  for (const { name, hooks } of options.integrations) {
    const built = pages.map((pathname) => ({ pathname }));
    await hooks['astro:build:done']?.({
      dir: url,
      pages: built,
      logger: hookLogger(name, log),
      assets: new Map(),
    } as never);
  }
}

/**
 * Merges the outputs of `SHARD=i/n npm run build` (one folder per shard) into one site at `options.outDir`, the same
 * byte for byte as a whole build: the shards' pages, and the site-wide outputs made from all of them. The site is
 * made in a folder beside `outDir` and moved into place at the end, so a failed merge leaves `outDir` as it was.
 */
export async function mergeShards(dirs: string[], options: MergeOptions): Promise<{ pages: number }> {
  const shards = dirs.map((dir) => resolve(dir));
  const manifests = checkShards(shards, options.root);
  const outDir = resolve(options.outDir);
  const merging = `${outDir}.merging`;
  rmSync(merging, { recursive: true, force: true });
  try {
    copyShards(shards, merging, options.move ?? false);
    const pages = [...new Set(manifests.flatMap((manifest) => manifest.pages))].sort();
    await runSiteWideHooks(merging, pages, options);
    const old = `${outDir}.replaced`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(merging, outDir);
    rmSync(old, { recursive: true, force: true });
    return { pages: pages.length };
  } catch (error) {
    rmSync(merging, { recursive: true, force: true });
    throw error;
  }
}
