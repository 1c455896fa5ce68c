import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInputs } from './build-inputs.ts';
import type { Shard } from './shard.ts';

/** The file a shard writes beside its pages; the merge reads it and leaves it out of the site. */
export const manifestFile = 'shard.json';

/** What a shard's output says of itself. */
export interface ShardManifest extends Shard, BuildInputs {
  /** The pages it built, as Astro names them to `astro:build:done` hooks: the sitemap lists them. */
  pages: string[];
}

/** Writes the manifest into a shard's output folder. */
export function writeManifest(dir: string, manifest: ShardManifest): void {
  writeFileSync(join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The manifest of the shard output in `dir`; an error names the folder when there is none or it is not one. */
export function readManifest(dir: string): ShardManifest {
  let text: string;
  try {
    text = readFileSync(join(dir, manifestFile), 'utf8');
  } catch {
    throw new Error(`${dir}: no ${manifestFile}; is it the output of SHARD=i/n npm run build?`);
  }
  const manifest = JSON.parse(text) as Partial<ShardManifest>;
  const fields = ['index', 'of', 'content', 'code', 'pages'] as const;
  const missing = fields.filter((field) => manifest[field] === undefined);
  if (missing.length > 0) throw new Error(`${dir}/${manifestFile}: no ${missing.join(', ')}; not a shard's manifest.`);
  return manifest as ShardManifest;
}
