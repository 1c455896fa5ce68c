/**
 * `npm run i18n:status [-- --strict] [-- --content <dir>]`: prints, for every
 * article, which locales have it, which are missing, and which translations
 * are older than their source. With `--strict` it exits with 1 when anything
 * is missing or stale. Node runs this file directly, stripping the types.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentIndex } from '../content-index/content-index.ts';
import { formatStatus, isComplete, translationStatus, type ContentFile } from '../content-index/translation-status.ts';
import { defaultLang, langs } from '../site.config.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});

/** Every article file in a locale folder, from the content index. */
function contentFiles(): ContentFile[] {
  return contentIndex(resolve(values.content)).pieces.map(({ collection, lang, slug, file, source }) => ({
    collection,
    lang,
    slug,
    path: file,
    source,
  }));
}

const statuses = translationStatus(contentFiles(), langs);
console.log(`Translation status (source language: ${defaultLang}; ${langs.join(', ')})\n`);
console.log(formatStatus(statuses));
if (values.strict && !isComplete(statuses)) {
  console.error('\n--strict: translations are missing or stale.');
  process.exitCode = 1;
}
