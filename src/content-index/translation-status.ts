/**
 * Which translations exist and which are older than their source. A
 * translation records the revision of the source file it was translated from
 * in its `sourceRevision` frontmatter field; the source's current revision is
 * computed from its text, so no git history is needed. Imported by
 * `src/cli/i18n-status.ts`, which Node runs directly: imports carry `.ts`.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { frontmatterOf } from './content-index.ts';

/** One article file of a mirrored collection. */
export interface ContentFile {
  collection: string;
  lang: string;
  slug: string;
  /** Path relative to the project root, e.g. `content/stories/en/phonepe-outage.mdx`. */
  path: string;
  source: string;
}

/** Where one locale stands for one entry. */
export type LocaleState =
  | { state: 'source'; path: string; revision: string }
  | { state: 'current'; path: string }
  | { state: 'stale'; path: string; recorded: string | undefined; current: string }
  | { state: 'missing'; path: string };

/** One entry (a collection and slug) across every locale. */
export interface EntryStatus {
  collection: string;
  slug: string;
  sourceLang: string;
  locales: Record<string, LocaleState>;
}

/**
 * The revision of a source file: the first 12 hex digits of the SHA-256 of its
 * text, line endings normalised. Any change to the file, frontmatter included,
 * gives a new revision, except to its `previousSlugs`: the old addresses of a
 * renamed piece are not text to translate, and any language's file may list
 * them for all.
 */
export function revisionOf(source: string): string {
  return createHash('sha256')
    .update(withoutPreviousSlugs(withUnixLineEndings(source)))
    .digest('hex')
    .slice(0, 12);
}

/** The text with each line ending as `\n`, as revisions and diffs of it read it. */
export const withUnixLineEndings = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * The text without the frontmatter's `previousSlugs` entry: its line, and the
 * indented or listed lines under it. A file without one is returned as it is,
 * so its revision is what it always was.
 */
function withoutPreviousSlugs(source: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---(?=\n|$)/.exec(source);
  if (!frontmatter || !/^previousSlugs\s*:/m.test(frontmatter[1]!)) return source;
  const kept: string[] = [];
  let skipping = false;
  for (const line of frontmatter[1]!.split('\n')) {
    if (/^previousSlugs\s*:/.test(line)) skipping = true;
    else if (skipping && !/^[\s-]/.test(line)) skipping = false;
    if (!skipping) kept.push(line);
  }
  return `---\n${kept.join('\n')}\n---${source.slice(frontmatter[0].length)}`;
}

/** The `sourceRevision` a translation records, if any. */
export function recordedRevision(source: string): string | undefined {
  const data: unknown = parse(frontmatterOf(source));
  if (typeof data !== 'object' || data === null || !('sourceRevision' in data)) return undefined;
  return String(data.sourceRevision);
}

/**
 * The status of every entry. The source is the default locale's file, or the
 * first locale (in `langs` order) that has the entry, as the site's fallback
 * pages choose it; every other locale is current, stale or missing.
 */
export function translationStatus(files: readonly ContentFile[], langs: readonly string[]): EntryStatus[] {
  const entries = new Map<string, ContentFile[]>();
  for (const file of files) {
    const key = `${file.collection}/${file.slug}`;
    entries.set(key, [...(entries.get(key) ?? []), file]);
  }
  return [...entries.values()]
    .map((translations) => {
      const { collection, slug } = translations[0]!;
      const inLang = (lang: string) => translations.find((file) => file.lang === lang);
      const sourceLang = langs.find((lang) => inLang(lang))!;
      const source = inLang(sourceLang)!;
      const current = revisionOf(source.source);
      const ext = source.path.slice(source.path.lastIndexOf('.'));
      const locales: Record<string, LocaleState> = {};
      for (const lang of langs) {
        const file = inLang(lang);
        if (lang === sourceLang) locales[lang] = { state: 'source', path: source.path, revision: current };
        else if (!file) locales[lang] = { state: 'missing', path: `content/${collection}/${lang}/${slug}${ext}` };
        else {
          const recorded = recordedRevision(file.source);
          locales[lang] =
            recorded === current
              ? { state: 'current', path: file.path }
              : { state: 'stale', path: file.path, recorded, current };
        }
      }
      return { collection, slug, sourceLang, locales };
    })
    .sort((a, b) => a.collection.localeCompare(b.collection) || a.slug.localeCompare(b.slug));
}

/** True when every translation exists and is current. */
export function isComplete(statuses: readonly EntryStatus[]): boolean {
  return statuses.every((entry) =>
    Object.values(entry.locales).every((locale) => locale.state === 'source' || locale.state === 'current'),
  );
}

/**
 * What changed in an entry's source since a stale translation's revision, as
 * the report prints it under the translation (`source-history.ts` reads it
 * from git), or undefined to print nothing.
 */
export type SourceChanges = (entry: EntryStatus, stale: Extract<LocaleState, { state: 'stale' }>) => string | undefined;

/** The report as an editor reads it: one block per entry, then totals. */
export function formatStatus(statuses: readonly EntryStatus[], changes?: SourceChanges): string {
  const counts = { current: 0, stale: 0, missing: 0 };
  const lines: string[] = [];
  for (const entry of statuses) {
    lines.push(`${entry.collection}/${entry.slug}`);
    for (const [lang, locale] of Object.entries(entry.locales)) {
      if (locale.state !== 'source') counts[locale.state] += 1;
      lines.push(`  ${lang}  ${describe(locale)}`);
      const changed = locale.state === 'stale' ? changes?.(entry, locale) : undefined;
      if (changed)
        lines.push(
          ...changed
            .trimEnd()
            .split('\n')
            .map((line) => `      ${line}`.trimEnd()),
        );
    }
  }
  lines.push(
    '',
    `${statuses.length} entries: ${counts.current} translations up to date, ${counts.stale} stale, ${counts.missing} missing.`,
  );
  return lines.join('\n');
}

function describe(locale: LocaleState): string {
  switch (locale.state) {
    case 'source':
      return `source      ${locale.path} (revision ${locale.revision})`;
    case 'current':
      return `up to date  ${locale.path}`;
    case 'missing':
      return `missing     ${locale.path} does not exist yet`;
    case 'stale': {
      const from = locale.recorded ? `was translated from revision ${locale.recorded}` : 'records no sourceRevision';
      return (
        `stale       ${locale.path} ${from}; the source is now ${locale.current}. ` +
        `Bring the translation up to date, then set sourceRevision: ${locale.current}`
      );
    }
  }
}
