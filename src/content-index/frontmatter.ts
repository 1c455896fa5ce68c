import { parse } from 'yaml';

// Reading a piece's frontmatter, with nothing of the site imported: a worker thread runs this file as it is
// (`src/site/tagged-pieces-worker.ts`).

/** `text`, the YAML of `file` (a whole file, or a piece's frontmatter), parsed; an error names the file. */
export function parseYamlOf(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML. ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The YAML frontmatter of a Markdown or MDX file, without its `---` fences, or '' when it has none. */
export function frontmatterOf(source: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1] ?? '';
}

/**
 * The slugs a piece's parsed frontmatter lists as the ones it had before (`previousSlugs`), trimmed: strings only, a
 * field of another shape being the collection schema's to report.
 */
export function previousSlugsOf(data: Record<string, unknown>): string[] {
  const value = data.previousSlugs;
  return Array.isArray(value)
    ? value.filter((slug): slug is string => typeof slug === 'string').map((slug) => slug.trim())
    : [];
}
