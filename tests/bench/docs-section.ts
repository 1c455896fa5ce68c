import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

const docs = new URL('../../docs/performance.md', import.meta.url).pathname;

/**
 * Writes `markdown` into `docs/performance.md` between the comments that mark
 * the section `name` (appending the section when it is not there yet), and
 * leaves the rest of the page, written by hand, as it is.
 */
export async function writeDocsSection(name: string, markdown: string): Promise<void> {
  const start = `<!-- ${name}: written by a script, do not edit -->`;
  const end = `<!-- ${name}: end -->`;
  const section = `${start}\n\n${markdown.trim()}\n\n${end}`;
  const current = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Performance\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docs, await format(next, { filepath: docs }));
}
