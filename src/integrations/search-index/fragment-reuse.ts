import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BundleFiles } from './bundle-files.ts';
import type { StoredBundle } from './cache.ts';
import { servedAt } from '../shared/built-pages.ts';
import { filesUnder } from '../shared/files-under.ts';

/**
 * Re-indexing a part without compressing its unchanged pages again. Pagefind's `writeFiles` leaves a hashed file
 * (fragment, word index, filter, metadata) that already exists in the output folder as it is, without compressing
 * it; `getFiles` compresses every one of them at its highest gzip level, and that is most of its time (on the
 * benchmark's 1,003 Bengali pages, 1.7 s against 0.9 s for `writeFiles` over the last build's bundle). Pagefind
 * names a file by a short hash and does not look inside one that exists, so only files known to be this build's
 * may stay for it: the fragments of the pages whose indexed part is the same as when the last bundle was made. The
 * rest of the last bundle's own files are deleted first. Pagefind itself has no way to re-index only some pages.
 */

/** The files of a bundle that belong to its languages, named by a hash of their content: written once, never rewritten. */
const hashedFile = /^(?:(?:fragment|index|filter)\/[^/]+|pagefind\.[^/]+\.pf_meta)$/;
const isFragment = (path: string) => path.startsWith('fragment/');

/** The URL of the page a fragment file holds: gzipped JSON after Pagefind's marker. */
export function fragmentUrl(bytes: Uint8Array): string {
  const text = gunzipSync(bytes).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
}

/** What `keepUnchangedFragments` left for Pagefind: the fragments kept, by path with their URLs, and every file left. */
export interface PreparedOutput {
  kept: Map<string, string>;
  before: Set<string>;
}

/** The languages whose index files a bundle holds: `bn` of `pagefind.bn_8d45a5d0ce.pf_meta`. */
function languagesOf(files: StoredBundle['files']): Set<string> {
  return new Set(files.flatMap(([path]) => /^pagefind\.(.+)_[0-9a-f]+\.pf_meta$/.exec(path)?.[1] ?? []));
}

/**
 * Readies `output`, which holds the last build's bundle, for Pagefind to write this part into: keeps each fragment of
 * the part's `last` bundle whose page's digest is still the one in `digests`, and deletes every other hashed file of
 * the part's languages there (a fragment of a page that changed or is gone, the word index, the filters, the
 * metadata, and any file a build that stopped midway left), so that each one Pagefind finds is one it would write.
 * The files Pagefind writes under the same name every time (its scripts, its entry file, the stemmers) are deleted
 * too, so that every file there after it has written is either kept, another part's, or its own: `bundleWritten`
 * tells them apart by name, not by a file time a coarse clock could leave the same; the merge writes back another
 * part's. Returns the fragments kept and the files left. Undefined when `output` does not hold the last bundle's
 * files: the part is then indexed whole.
 */
export function keepUnchangedFragments(
  output: string,
  last: StoredBundle,
  digests: ReadonlyMap<string, string>,
): PreparedOutput | undefined {
  if (!existsSync(output)) return undefined;
  for (const [path, bytes] of last.files) {
    const file = join(output, path);
    if (hashedFile.test(path) && (!existsSync(file) || statSync(file).size !== bytes.length)) return undefined;
  }
  const unchanged = new Set<string>();
  for (const [path, digest] of digests) if (last.digests[path] === digest) unchanged.add(servedAt(path));
  const kept = new Map<string, string>();
  for (const [path] of last.files) {
    const url = last.fragmentUrls[path];
    if (isFragment(path) && url !== undefined && unchanged.has(url)) kept.set(path, url);
  }
  const languages = languagesOf(last.files);
  const ofPart = (path: string) =>
    hashedFile.test(path) &&
    [...languages].some((lang) =>
      basename(path)
        .replace(/^pagefind\./, '')
        .startsWith(`${lang}_`),
    );
  const before = new Set<string>();
  for (const path of filesUnder(output)) {
    if (kept.has(path) || (hashedFile.test(path) && !ofPart(path))) before.add(path);
    else rmSync(join(output, path));
  }
  return { kept, before };
}

/**
 * The part's bundle once Pagefind has written it into `output`: the fragments kept for it and every file Pagefind
 * wrote (those `keepUnchangedFragments` did not leave), each with its bytes; and each fragment's URL.
 */
export function bundleWritten(
  output: string,
  { kept, before }: PreparedOutput,
): { files: BundleFiles; fragmentUrls: Record<string, string> } {
  const fragmentUrls: Record<string, string> = Object.fromEntries(kept);
  const files: [string, Uint8Array][] = [];
  for (const path of filesUnder(output).sort()) {
    const written = !before.has(path);
    if (!written && !kept.has(path)) continue;
    const bytes = readFileSync(join(output, path));
    files.push([path, bytes]);
    if (written && isFragment(path)) fragmentUrls[path] = fragmentUrl(bytes);
  }
  return { files, fragmentUrls };
}

/** Each fragment's URL in a bundle Pagefind gave whole. */
export function fragmentUrls(files: BundleFiles): Record<string, string> {
  return Object.fromEntries(
    files.filter(([path]) => isFragment(path)).map(([path, bytes]) => [path, fragmentUrl(bytes)]),
  );
}
