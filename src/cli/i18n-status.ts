/**
 * `npm run i18n:status [-- --strict] [-- --content <dir>]`: prints, for every
 * article, which locales have it, which are missing, and which translations
 * are older than their source. With `--strict` it exits with 1 when anything
 * is missing or stale. Node runs this file directly, stripping the types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatStatus, isComplete, translationStatus, type ContentFile } from '../lib/translation-status.ts';
import { defaultLang, langs } from '../site.config.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});

const contentDir = resolve(values.content);
const root = resolve(contentDir, '..');

/** Article files of every mirrored collection: folders of `content/` that have locale folders. */
function contentFiles(): ContentFile[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name: collection }) =>
      langs.flatMap((lang) => {
        const folder = join(contentDir, collection, lang);
        if (!existsSync(folder)) return [];
        return readdirSync(folder)
          .filter((name) => /\.mdx?$/.test(name))
          .map((name) => ({
            collection,
            lang,
            slug: name.replace(/\.mdx?$/, ''),
            path: relative(root, join(folder, name)),
            source: readFileSync(join(folder, name), 'utf8'),
          }));
      }),
    );
}

const statuses = translationStatus(contentFiles(), langs);
console.log(`Translation status (source language: ${defaultLang}; ${langs.join(', ')})\n`);
console.log(formatStatus(statuses));
if (values.strict && !isComplete(statuses)) {
  console.error('\n--strict: translations are missing or stale.');
  process.exitCode = 1;
}
