import { bodyInPlace, type ContentIndex } from './content-index';
import {
  liveUpdateProblems,
  readUpdates,
  updateElement,
  updateTimeMismatch,
  type Coverage,
  type LiveUpdate,
} from './live-updates';
import { defaultLang } from '../site.config';

const asDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** The frontmatter's `coverage` as dates, when it has a readable start; the schema reports anything else. */
function coverageOf(data: Record<string, unknown>): Coverage | undefined {
  const coverage = data.coverage as { start?: unknown; end?: unknown } | undefined;
  const start = asDate(coverage?.start);
  return start ? { start, end: asDate(coverage?.end) } : undefined;
}

/**
 * The `<Update>` elements of one story file, checked against its `coverage`: a problem stops the build with the file
 * and field named. A translation whose update times differ from its source's gets a warning naming both lists.
 *
 * @param file The file, root-relative, for messages and to find its source.
 * @param body The file's text after the frontmatter, on its lines in the file (`bodyInPlace`).
 * @param data The parsed frontmatter.
 */
export function liveUpdatesOf({
  file,
  body,
  data,
  index,
}: {
  file: string;
  body: string;
  data: Record<string, unknown>;
  index: ContentIndex;
}): { updates: LiveUpdate[]; warnings: string[] } {
  if ('liveUpdates' in data) {
    throw new Error(`${file}: liveUpdates: not a frontmatter field; write each update as <Update> in the text.`);
  }
  // Most stories are not live: their text is left to the MDX compile, which reads it anyway.
  if (!('coverage' in data) && !body.includes(`<${updateElement}`)) return { updates: [], warnings: [] };
  const { updates, problems } = readUpdatesOf(file, body);
  const coverage = 'coverage' in data ? coverageOf(data) : undefined;
  if (!('coverage' in data) || coverage) problems.push(...liveUpdateProblems(coverage, updates));
  if (problems.length > 0) throw new Error(problems.map((problem) => `${file}: ${problem}`).join('\n'));
  const warnings: string[] = [];
  const piece = index.pieces.find((candidate) => candidate.file === file);
  const source =
    piece && piece.lang !== defaultLang ? index.piece(piece.collection, piece.slug, defaultLang) : undefined;
  if (source && coverage) {
    const { missing, extra } = updateTimeMismatch(
      readUpdatesOf(source.file, bodyInPlace(source.source)).updates,
      updates,
    );
    if (missing.length > 0)
      warnings.push(`updates: ${source.file} has updates at ${missing.join(', ')} that this translation lacks.`);
    if (extra.length > 0) warnings.push(`updates: updates at ${extra.join(', ')} are not in ${source.file}.`);
  }
  return { updates, warnings };
}

/** `readUpdates` of one file's text; text that is not MDX stops the build with the file, line and column named. */
function readUpdatesOf(file: string, body: string): ReturnType<typeof readUpdates> {
  try {
    return readUpdates(body);
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    if (reason === undefined) throw error;
    throw new Error(`${file}:${line ?? '?'}:${column ?? '?'}: ${reason}`, { cause: error });
  }
}
