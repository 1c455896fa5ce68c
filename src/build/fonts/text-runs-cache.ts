import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../../lib/write-atomically';
import { fontCacheDir } from './subset-cache';

/**
 * Bump when the runs the pages give each face can change for the same pages:
 * a change to how text, bold text or a face's `unicode-range` is read.
 */
const textVersion = 2;

/** The runs of text each face draws, by the face file's path in the build. */
export type TextRuns = Record<string, string[]>;

/** The key of the runs read from a build's pages: their digest (`BuiltFiles.digest`) and what else decides them. */
export function textRunsKey(pagesDigest: string, options: string): string {
  return createHash('sha256').update(`text@${textVersion}\0${options}\0${pagesDigest}`).digest('hex');
}

const fileOf = (dir: string, key: string) => join(dir, `text-${key}.json`);

/** The runs read from the same pages by an earlier build, if it kept them. */
export async function rememberedTextRuns(key: string, dir = fontCacheDir()): Promise<TextRuns | undefined> {
  try {
    return JSON.parse(await readFile(fileOf(dir, key), 'utf8')) as TextRuns;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Keeps the runs read from this build's pages, in place of those of any other pages. */
export async function rememberTextRuns(key: string, runs: TextRuns, dir = fontCacheDir()): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomically(fileOf(dir, key), JSON.stringify(runs));
  const others = (await readdir(dir)).filter(
    (name) => /^text-[0-9a-f]{64}\.json$/.test(name) && name !== `text-${key}.json`,
  );
  await Promise.all(others.map((name) => rm(join(dir, name), { force: true })));
}
