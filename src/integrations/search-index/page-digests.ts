import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { storedJson } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';
import { pageDigest, type PageDigest } from './cache.ts';

/**
 * The pages' digests (`pageDigest`) of the last build, each with the page's size and modification time as that build
 * left it, so that the next reads only the pages written since: the search index's key read all 1,003 Bengali pages of
 * the benchmark's corpus at the head of its path after every edit (0.25 s), where an edit writes a few. As
 * `src/integrations/incremental/kept-pages.ts` keeps `dist/`, a page with the size and time the last build left is
 * that build's page. A digest is of what Pagefind read; the font step rewrites only a page's stylesheets and policy
 * after that, which a digest leaves out, so the size and time are noted once every step has written
 * (`notePageDigests`).
 */

/** Bump when what is noted, or how a digest is made, changes. */
const version = 1;

interface Noted {
  version: number;
  site: string;
  pages: Record<string, [size: number, mtimeMs: number, digest: string, body: boolean]>;
}

const notedFile = (cacheDir: string) => join(cacheDir, 'page-digests.json');

/** Each page's digest: the one noted by the last build when the page has the size and time it had then, else read. */
export class PageDigests {
  /** Every page's digest asked for in this build, by its path under the site. */
  readonly seen: Record<string, PageDigest> = {};
  private readonly noted: Noted['pages'];
  private readonly site: string;

  constructor(site: string, cacheDir: string) {
    this.site = site;
    const last = storedJson<Noted>(notedFile(cacheDir));
    this.noted = last?.version === version && last.site === site ? last.pages : {};
  }

  /** The digest of the page at `path` under the site. */
  of(path: string): PageDigest {
    const { size, mtimeMs } = statSync(join(this.site, path));
    const noted = this.noted[path];
    const digest =
      noted && noted[0] === size && noted[1] === mtimeMs
        ? { digest: noted[2], body: noted[3] }
        : pageDigest(this.site, path);
    this.seen[path] = digest;
    return digest;
  }
}

/**
 * Notes `digests` (the pages' of this build, by path under `site`), each with the page's size and modification time
 * now: called once every step of the build has written its pages.
 */
export async function notePageDigests(
  cacheDir: string,
  site: string,
  digests: Readonly<Record<string, PageDigest>>,
): Promise<void> {
  const pages: Noted['pages'] = {};
  for (const [path, { digest, body }] of Object.entries(digests)) {
    try {
      const { size, mtimeMs } = statSync(join(site, path));
      pages[path] = [size, mtimeMs, digest, body];
    } catch {
      // A page gone since it was read is read again if it comes back.
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  await writeAtomically(notedFile(cacheDir), JSON.stringify({ version, site, pages } satisfies Noted));
}
