/**
 * The benchmark's check that an incremental rebuild writes what a clean build writes: after each rebuild of the first
 * round, the content is put aside and every file of `dist/` digested; once the timed builds are done, each content is
 * built again from empty caches in a folder of its own and the two sites compared file by file. Building them after
 * the timed builds, in new folders, keeps their work (and deleting their files, which slows creating files on this
 * machine's disk for half a minute) out of the timings.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { benchProject, cachesIn, digestDifferences, siteDigests, siteFiles, timedBuild } from './bench-builds.ts';
import type { CleanCheck } from './report.ts';

/** A rebuild's result to check: its label, the content it built, its `dist/`'s digests, a clean build's if known. */
export interface RebuiltSite {
  label: string;
  content: string;
  digests: Map<string, string>;
  clean?: Map<string, string> | undefined;
}

/**
 * A rebuild of `root` for `checkAgainstCleanBuilds`: its content copied to `work/checked/<n>`, its `dist/` digested.
 * `clean` gives the digests of a clean build of the same content when there is one already (the round's cold build).
 */
export function noteRebuild(
  work: string,
  root: string,
  label: string,
  noted: RebuiltSite[],
  clean?: Map<string, string>,
): void {
  const content = join(work, 'checked', String(noted.length + 1));
  cpSync(join(root, 'content'), content, { recursive: true });
  noted.push({ label, content, digests: siteDigests(join(root, 'dist')), clean });
}

/** Builds each noted rebuild's content from empty caches, with `env`, and compares the two sites. */
export function checkAgainstCleanBuilds(work: string, noted: RebuiltSite[], env: Record<string, string>): CleanCheck[] {
  return noted.map(({ label, content, digests, clean: known }, index) => {
    let clean = known;
    if (!clean) {
      const root = benchProject(
        work,
        `clean-${index + 1}`,
        content,
        siteFiles.map((entry) => [entry, entry]),
      );
      timedBuild(`clean build for ${label}`, root, cachesIn(join(work, 'caches', `clean-${index + 1}`)), env);
      clean = siteDigests(join(root, 'dist'));
    }
    const differences = digestDifferences(digests, clean);
    console.log(
      `${label}: ${differences.length === 0 ? 'the same bytes as a clean build' : `${differences.length} file(s) differ from a clean build: ${differences.slice(0, 5).join(', ')}`}`,
    );
    return { label, differences };
  });
}
