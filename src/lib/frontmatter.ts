/** The YAML frontmatter of a Markdown or MDX file, without its `---` fences, or '' when it has none. */
export function frontmatterOf(source: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1] ?? '';
}
