/**
 * Whether an `.mdx` body is plain Markdown: it uses nothing of MDX, and MDX reads it as CommonMark does. Such a
 * piece is rendered in the content layer as Astro renders a `.md` file, once per edit, and kept in the content
 * store; a piece that needs MDX is compiled to a module and bundled into the build (`src/patches/mdx-content-layer.ts`).
 *
 * MDX adds imports and exports, JSX and `{expressions}`, and takes away indented code, HTML and autolinks
 * (https://mdxjs.com/docs/what-is-mdx/#markdown). So a body is plain when it has no `<`, `{` or `}` (every JSX tag,
 * expression, HTML tag, comment and autolink starts with one), no line that starts with `import` or `export`
 * followed by a space (MDX reads such a line as code), and no line indented by a tab or four spaces (indented code
 * in Markdown, a paragraph in MDX). The test is by characters, not by parsing, so it may call a plain body MDX
 * (`a < b`, a nested list indented by four spaces): that body takes MDX's road, which renders it the same.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]|^(?:import|export)\s|^(?: {4}|\t)/m.test(body);
}
