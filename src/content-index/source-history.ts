/**
 * What changed in a source file since the revision a translation was made
 * from, read from git history, so that `npm run i18n:status` can show the
 * translator the lines to bring over. Revisions are hashes of the text
 * (`revisionOf`), so the version is found by hashing the file's past versions,
 * newest first, following renames. Node runs this file directly (imports carry
 * `.ts`), from `src/cli/i18n-status.ts`.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { revisionOf, withUnixLineEndings } from './translation-status.ts';

/** git's output, or undefined when git fails: no git, no repository, an unknown commit. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });
  } catch {
    return undefined;
  }
}

/**
 * The file's text at the newest commit where its revision was `revision`, or
 * undefined when git history has no such version: not a repository, a
 * shallow clone, or a version never committed.
 */
export function sourceAtRevision(file: string, revision: string): string | undefined {
  const cwd = dirname(file);
  // Each commit that touched the file, as "\0<commit>\n\n<its path then, from the repository's root>".
  const log = git(cwd, ['log', '--follow', '--format=%x00%H', '--name-only', '--', file]);
  for (const entry of log?.split('\0').slice(1) ?? []) {
    const [commit, ...names] = entry.split('\n').filter(Boolean);
    const path = names[0];
    if (!commit || !path) continue;
    const text = git(cwd, ['show', `${commit}:${path}`]);
    if (text !== undefined && revisionOf(text) === revision) return text;
  }
  return undefined;
}

/**
 * The changes from the source at `revision` to its text now, as a unified
 * diff with three lines of context, or undefined when git history does not
 * have that revision.
 */
export function sourceChangesSince(
  file: { path: string; absolute: string; source: string },
  revision: string,
): string | undefined {
  const before = sourceAtRevision(file.absolute, revision);
  if (before === undefined) return undefined;
  return createTwoFilesPatch(
    file.path,
    file.path,
    withUnixLineEndings(before),
    withUnixLineEndings(file.source),
    `revision ${revision}`,
    'now',
    { context: 3, headerOptions: FILE_HEADERS_ONLY },
  );
}
