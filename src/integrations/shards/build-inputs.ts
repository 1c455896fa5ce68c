import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { directoryDigest } from '../incremental/directory-digest.ts';

/** What a build is made from, as digests: shards of one site must agree on both. */
export interface BuildInputs {
  /** Every file under `content/`. */
  content: string;
  /** The site's code and settings: `src/`, `public/`, the Astro config, the lockfile, `MARKDOWN_PROCESSOR`. */
  code: string;
}

/** The digests of the build inputs of the project at `root`; each content file's own into `contentFiles`, when given. */
export function buildInputs(root: string, contentFiles?: Map<string, string>): BuildInputs {
  const code = createHash('sha256');
  for (const folder of ['src', 'public']) {
    const dir = join(root, folder);
    code.update(`${folder}\0${existsSync(dir) ? directoryDigest(dir) : '-'}\0`);
  }
  for (const file of ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']) {
    const path = join(root, file);
    code
      .update(`${file}\0`)
      .update(existsSync(path) ? readFileSync(path) : '')
      .update('\0');
  }
  code.update(`MARKDOWN_PROCESSOR=${process.env.MARKDOWN_PROCESSOR ?? ''}`);
  return { content: directoryDigest(join(root, 'content'), undefined, contentFiles), code: code.digest('hex') };
}
