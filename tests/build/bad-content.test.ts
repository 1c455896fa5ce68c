import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, repoRoot } from './site-copy';

/** A story's frontmatter, every required field filled in unless overridden. */
function story(fields: Record<string, string | undefined>, body = 'One paragraph of text.\n'): string {
  const all: Record<string, string | undefined> = {
    title: "'A test story'",
    description: "'What the story says.'",
    pubDate: '2026-11-20',
    section: "'News'",
    author: "'Desk'",
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

const statement = `---
title: 'A statement'
description: 'What a company said.'
pubDate: 2026-11-20
organization: 'acme'
speaker: 'A spokesperson'
channel: 'x'
wording: 'reported'
---

The statement.
`;

/** Each case: the files added to a copy of the site, and what the failed build must say. */
const cases: { name: string; files: Record<string, string | Uint8Array>; says: RegExp[] }[] = [
  {
    name: 'a story without a title',
    files: { 'content/stories/en/no-title.mdx': story({ title: undefined }) },
    says: [/content\/stories\/en\/no-title\.mdx/, /\btitle\b.*Required/],
  },
  {
    name: 'a story in a folder that is not a site locale',
    files: { 'content/stories/fr/bonjour.mdx': story({}) },
    says: [/content\/stories\/fr\/bonjour\.mdx: locale: .*"fr", which is not one of the site's locales \(bn, en\)/],
  },
  {
    name: 'a date the calendar does not have',
    files: { 'content/stories/en/bad-date.mdx': story({ pubDate: '2026-02-30' }) },
    says: [/content\/stories\/en\/bad-date\.mdx: pubDate: 2026-02-30 is not a date: February 2026 has 28 days/],
  },
  {
    name: 'frontmatter that is not YAML',
    files: { 'content/stories/en/bad-yaml.mdx': story({ title: '"A quoted title" and more' }) },
    says: [/content\/stories\/en\/bad-yaml\.mdx: not valid YAML/],
  },
  {
    name: 'malformed MDX',
    files: { 'content/stories/en/broken.mdx': story({}, 'Prices rose {as the report said.\n') },
    says: [/content\/stories\/en\/broken\.mdx:\d+/, /expected a corresponding closing brace/],
  },
  {
    name: 'a statement naming an unknown organisation',
    files: { 'content/statements/en/acme.mdx': statement },
    says: [/content\/statements\/en\/acme\.mdx: organization: there is no entry "acme" in content\/organizations\//],
  },
  {
    name: 'two files with the same slug and locale',
    files: { 'content/stories/en/phonepe-outage.md': story({}) },
    says: [
      /content\/stories\/en\/phonepe-outage\.md and content\/stories\/en\/phonepe-outage\.mdx: slug: these files are the same entry "en\/phonepe-outage"/,
    ],
  },
  {
    name: 'a Markdown image without alt text',
    files: {
      'content/stories/en/no-alt.md': story({}, 'A paragraph.\n\n![](./pic.png)\n'),
      'content/stories/en/pic.png': readFileSync(join(repoRoot, 'public/logo.png')),
    },
    says: [/content\/stories\/en\/no-alt\.md:11: alt: the image \.\/pic\.png has no alt text/],
  },
  {
    name: 'a picture whose file is not beside the piece',
    files: { 'content/stories/en/pictured.mdx': story({}, 'A paragraph.\n\n![A shop counter](./shop-counter.jpg)\n') },
    says: [
      /content\/stories\/en\/pictured\.mdx:11: image: there is no file \.\/shop-counter\.jpg beside the piece \(looked for content\/stories\/en\/shop-counter\.jpg\)/,
    ],
  },
  {
    name: 'a reference to a piece that exists in no language',
    files: { 'content/stories/en/bad-ref.mdx': story({ explainers: "['no-such-explainer']" }) },
    says: [
      /content\/stories\/en\/bad-ref\.mdx: explainers: there is no explainers piece "no-such-explainer" in any language/,
    ],
  },
  {
    name: 'an old slug that is another piece’s slug now',
    files: { 'content/stories/en/renamed.mdx': story({ previousSlugs: "['phonepe-outage']" }) },
    says: [
      /content\/stories\/en\/renamed\.mdx: previousSlugs: "phonepe-outage" is the slug of content\/stories\/(bn|en)\/phonepe-outage\.mdx/,
    ],
  },
  {
    name: 'a reference by the slug a piece had before it was renamed',
    files: {
      'content/statements/en/paytm-post.mdx': statement
        .replace("'acme'", "'paytm'")
        .replace('pubDate:', "previousSlugs: ['paytm-said']\npubDate:"),
      'content/stories/en/old-ref.mdx': story({ statements: "['paytm-said']" }),
    },
    says: [
      /content\/stories\/en\/old-ref\.mdx: statements: there is no statements piece "paytm-said" in any language: it was renamed to "paytm-post"/,
    ],
  },
  {
    name: 'a reference that names a language folder',
    files: { 'content/stories/en/lang-ref.mdx': story({ statements: "['en/paytm']" }) },
    says: [/content\/stories\/en\/lang-ref\.mdx/, /statements.*a slug without a language folder/],
  },
  {
    name: 'a correction without its date',
    files: {
      'content/stories/en/undated-correction.mdx': story({
        corrections: "\n  - original: 'NCS'\n    corrected: 'NCR'\n    reason: 'A typo.'",
      }),
    },
    says: [
      /content\/stories\/en\/undated-correction\.mdx/,
      /corrections\.0\.date.*every correction needs the date it was published/,
    ],
  },
  {
    name: 'a frontmatter field of the wrong type',
    files: { 'content/stories/en/wrong-type.mdx': story({ tags: "'PhonePe'" }) },
    says: [/content\/stories\/en\/wrong-type\.mdx/, /\btags\b.*[Ee]xpected .*array.*received .*string/],
  },
];

describe.concurrent('a build with one bad file fails and says which file and field', () => {
  for (const { name, files, says } of cases) {
    it(name, async () => {
      const { code, output } = await buildWith(files);
      expect(code, output).not.toBe(0);
      expect(output).not.toMatch(/\[build\] Complete!/);
      for (const message of says) expect(output).toMatch(message);
    });
  }
});
