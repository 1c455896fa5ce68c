/**
 * A plain `.mdx` piece is rendered as Markdown instead of compiled as MDX. That is right only when MDX reads its body
 * as CommonMark does: these parse each body both ways with the reference parsers (micromark, with GFM as the site's
 * processors have it) and require the same tree for every body `isPlainMarkdown` accepts, and a refusal for every
 * body that uses MDX or that MDX reads otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { bodyInPlace } from '../../../src/content-index/content-index';
import { isPlainMarkdown } from '../../../src/content-index/plain-markdown';

/** A tree without positions, to compare two readings of one text. */
function shape(node: Nodes): unknown {
  const rest: Record<string, unknown> = { ...node };
  delete rest.position;
  return 'children' in node ? { ...rest, children: node.children.map(shape) } : rest;
}

const asMarkdown = (body: string) =>
  shape(fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
const asMdx = (body: string) =>
  shape(fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }));

const plain = {
  prose: 'সোমবার সন্ধ্যায় **PhonePe-তে** পেমেন্ট আটকে যায়।\n\nA second paragraph with _emphasis_ and `code`.',
  headings: '## কী হয়েছিল\n\nText.\n\n### Details\n\nMore text.',
  lists: '- one\n- two\n  - nested by two spaces\n\n1. first\n2. second',
  quote: '> “Failed to Process”\n>\n> — a reader',
  links: 'See [the explainer](/bn/explainers/upi/) and https://www.npci.org.in, or www.example.org.',
  table: '| app | state |\n| --- | --- |\n| Paytm | working |',
  fence: '```sh\nnpm run build\n```',
  break: 'A line  \nbroken, and a rule:\n\n---\n\nafter it.',
  image: '![A phone showing “Failed to Process”](./phone.png)',
  entities: 'Fish &amp; chips, 5 &gt; 4 written as entities, and a backslash \\* star.',
};

const mdx = {
  jsx: 'Before\n\n<Timeline />\n\nafter.',
  'inline jsx': 'A <abbr title="Unified Payments Interface">UPI</abbr> payment.',
  expression: 'Two plus two is {2 + 2}.',
  import: "import KeyFacts from '../KeyFacts.astro';\n\nText.",
  export: 'export const title = "x";\n\nText.',
  html: '<div class="note">\n\nText.\n\n</div>',
  comment: 'Text <!-- an editor’s note --> more.',
  autolink: 'Write to <mailto:desk@example.org> or <https://example.org>.',
  'indented code': 'Text.\n\n    four spaces in',
  'tab-indented code': 'Text.\n\n\tafter a tab',
  'a lone brace': 'A } by itself.',
  'a less-than sign': 'Five < six.',
};

describe('isPlainMarkdown', () => {
  it.each(Object.entries(plain))('accepts %s, which MDX reads as Markdown does', (_name, body) => {
    expect(isPlainMarkdown(body)).toBe(true);
    expect(asMdx(body)).toEqual(asMarkdown(body));
  });

  it.each(Object.entries(mdx))('refuses %s', (_name, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });

  it('refuses each construct MDX reads otherwise than Markdown: the two readings differ', () => {
    for (const name of ['inline jsx', 'html', 'comment', 'autolink', 'indented code', 'tab-indented code'] as const) {
      let differs: boolean;
      try {
        differs = JSON.stringify(asMdx(mdx[name])) !== JSON.stringify(asMarkdown(mdx[name]));
      } catch {
        differs = true; // MDX refuses the text outright.
      }
      expect(differs, name).toBe(true);
    }
  });

  it("reads every plain piece of the site's own content the same both ways, and the pieces with components as MDX", () => {
    const content = join(import.meta.dirname, '../../../content');
    const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    const plainFiles = files.filter((file) => isPlainMarkdown(bodyInPlace(readFileSync(join(content, file), 'utf8'))));
    for (const file of plainFiles) {
      const body = bodyInPlace(readFileSync(join(content, file), 'utf8'));
      expect(asMdx(body), file).toEqual(asMarkdown(body));
    }
    expect(plainFiles.length).toBeGreaterThan(0);
    expect(files.filter((file) => !plainFiles.includes(file)).sort()).toEqual([
      'explainers/bn/upi.mdx',
      'explainers/en/upi.mdx',
      'stories/bn/phonepe-outage.mdx',
      'stories/en/phonepe-outage.mdx',
    ]);
  });
});
