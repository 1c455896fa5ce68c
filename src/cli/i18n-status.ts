/**
 * `npm run i18n:status [-- --strict] [-- --brief] [-- --content <dir>]`:
 * prints, for every article, which locales have it, which are missing, and
 * which translations are older than their source, with what changed in the
 * source since (from git history; `--brief` leaves that out). With `--strict`
 * it exits with 1 when anything is missing or stale. Node runs this file
 * directly, stripping the types.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentIndex } from '../content-index/content-index.ts';
import { sourceChangesSince } from '../content-index/source-history.ts';
import {
  formatStatus,
  isComplete,
  translationStatus,
  type ContentFile,
  type SourceChanges,
} from '../content-index/translation-status.ts';
import { defaultLang, langs } from '../site.config.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    brief: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});

const contentDir = resolve(values.content);

/** Every article file in a locale folder, from the content index. */
function contentFiles(): ContentFile[] {
  return contentIndex(contentDir).pieces.map(({ collection, lang, slug, file, source }) => ({
    collection,
    lang,
    slug,
    path: file,
    source,
  }));
}

const files = contentFiles();

/** The source's changes since a stale translation's revision; each source and revision is looked up once. */
function sourceChanges(): SourceChanges {
  const found = new Map<string, string | undefined>();
  return (entry, stale) => {
    if (!stale.recorded) return undefined;
    const source = files.find(
      (file) => file.collection === entry.collection && file.slug === entry.slug && file.lang === entry.sourceLang,
    )!;
    const key = `${source.path}@${stale.recorded}`;
    if (!found.has(key)) {
      const absolute = resolve(contentDir, '..', source.path);
      const diff = sourceChangesSince({ ...source, absolute }, stale.recorded);
      found.set(
        key,
        diff === undefined
          ? `(Revision ${stale.recorded} of ${source.path} is not in git history: compare the two files by hand.)`
          : `Changed in ${source.path} since revision ${stale.recorded}:\n${diff}`,
      );
    }
    return found.get(key);
  };
}

const statuses = translationStatus(files, langs);
console.log(`Translation status (source language: ${defaultLang}; ${langs.join(', ')})\n`);
console.log(formatStatus(statuses, values.brief ? undefined : sourceChanges()));
if (values.strict && !isComplete(statuses)) {
  console.error('\n--strict: translations are missing or stale.');
  process.exitCode = 1;
}
