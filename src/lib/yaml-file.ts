import { parse } from 'yaml';

/**
 * `text`, the YAML of `file` (a whole file, or a piece's frontmatter), parsed.
 * The configuration reads some content before Astro does; a YAML error there
 * would otherwise stop the build without saying which file has it.
 */
export function parseYamlOf(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML. ${error instanceof Error ? error.message : String(error)}`);
  }
}
