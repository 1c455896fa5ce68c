import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleKinds } from '../../src/language/article-kinds';
import { buildSite, copySite, filesUnder, repoRoot, type BuildResult, type SiteCopy } from './site-copy';

/** The article pages of a build (`<lang>/<section>/<slug>/index.html`), by path. */
function articlePages(dist: string): Map<string, string> {
  const sections = new Set<string>(Object.values(articleKinds).map((kind) => kind.section));
  return new Map(
    [...filesUnder(dist)]
      .filter(([path]) => {
        const parts = path.split('/');
        return parts.length === 4 && sections.has(parts[1]!) && parts[3] === 'index.html';
      })
      .map(([path, bytes]) => [path, bytes.toString('utf8')]),
  );
}

/** The page's `<main>` element exactly as the build wrote it, found by an HTML parser. */
function mainOf(html: string): string {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const main = DomUtils.findOne((element) => element.name === 'main', document.children);
  if (!main || main.startIndex === null || main.endIndex === null) throw new Error('the page has no <main>');
  return html.slice(main.startIndex, main.endIndex + 1);
}

/** The mains of a build's article pages, by path. */
const mains = (root: string) =>
  new Map([...articlePages(join(root, 'dist'))].map(([path, html]) => [path, mainOf(html)]));

const picturesStory = `---
title: 'ছবির গল্প'
description: 'দুটি ছবি।'
pubDate: 2026-11-26
section: 'পরীক্ষা'
author: 'ডেস্ক'
---

![দোকানের কাউন্টারে কিউআর কোড](./counter.png "কলকাতার একটি দোকানে ইউপিআই-এর কিউআর কোড। ছবি: প্রতিবেদক")

প্রথম অনুচ্ছেদ।

দ্বিতীয় অনুচ্ছেদ।

![আবার সেই কাউন্টার](./counter.png)
`;

describe('the same pages from Sätteri and unified', () => {
  let copies: SiteCopy[] = [];
  let builds: BuildResult[] = [];
  beforeAll(async () => {
    copies = [copySite(), copySite()];
    // A story that opens with a captioned photo and has another further down: the picture transforms' output, and
    // the options they hand Astro's image step, must come out the same from both processors.
    for (const copy of copies) {
      copy.write('content/stories/bn/pictures.mdx', picturesStory);
      copy.write('content/stories/bn/counter.png', readFileSync(join(repoRoot, 'public/logo.png')));
    }
    builds = await Promise.all([
      buildSite(copies[0]!.root),
      buildSite(copies[1]!.root, { MARKDOWN_PROCESSOR: 'unified' }),
    ]);
  });
  afterAll(() => copies.forEach((copy) => copy.remove()));

  it('names the processor each build used in its log', () => {
    const [satteri, unified] = builds;
    expect(satteri!.code, satteri!.output).toBe(0);
    expect(unified!.code, unified!.output).toBe(0);
    expect(satteri!.output).toContain('[markdown] processor: satteri (src/site.config.ts)');
    expect(unified!.output).toContain('[markdown] processor: unified (MARKDOWN_PROCESSOR)');
  });

  it('gives every article page the same <main>, byte for byte', () => {
    const [satteri, unified] = copies.map((copy) => mains(copy.root));
    expect(satteri!.size).toBeGreaterThan(5);
    expect([...unified!.keys()].sort()).toEqual([...satteri!.keys()].sort());
    // The transforms ran: glossary links, heading ids, the table of contents and unbroken suffixes are in the pages.
    const all = [...unified!.values()].join('\n');
    expect(all).toContain('class="glossary-term"');
    expect(all).toMatch(/<h2 id="[^"]+"/);
    expect(all).toContain('<nav class="toc"');
    expect(all).toContain('<span class="unbroken">');
    expect(all).toMatch(/<figure class="figure"><img [^>]*fetchpriority="high"[^>]*><figcaption>/);
    for (const [path, main] of satteri!) expect(unified!.get(path), path).toBe(main);
  });
});

describe('a newsroom’s own rehype plugin under unified', () => {
  let copy: SiteCopy;
  let build: BuildResult;
  beforeAll(async () => {
    copy = copySite();
    // A plugin as a newsroom would write or install one: it marks every second-level heading.
    copy.write(
      'src/newsroom/rehype-mark-sections.ts',
      `import type { Nodes } from 'hast';\n\n` +
        `/** Marks every h2 with data-newsroom-section. */\n` +
        `export default function rehypeMarkSections() {\n` +
        `  const visit = (node: Nodes) => {\n` +
        `    if (node.type === 'element' && node.tagName === 'h2') node.properties.dataNewsroomSection = 'yes';\n` +
        `    if ('children' in node) node.children.forEach(visit);\n` +
        `  };\n` +
        `  return visit;\n` +
        `}\n`,
    );
    const configPath = join(copy.root, 'src/site.config.ts');
    const config = readFileSync(configPath, 'utf8');
    const settings = "  processor: 'satteri',\n  remarkPlugins: [],\n  rehypePlugins: [],\n";
    expect(config).toContain(settings);
    copy.write(
      'src/site.config.ts',
      `import rehypeMarkSections from './newsroom/rehype-mark-sections';\n` +
        config.replace(
          settings,
          "  processor: 'unified',\n  remarkPlugins: [],\n  rehypePlugins: [rehypeMarkSections],\n",
        ),
    );
    build = await buildSite(copy.root);
  });
  afterAll(() => copy.remove());

  it('runs it after the site’s own transforms, on every article', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('[markdown] processor: unified (src/site.config.ts)');
    const headings = [...mains(copy.root).values()].flatMap((main) => [...main.matchAll(/<h2\b[^>]*>/g)].map(String));
    const fromMarkdown = headings.filter((heading) => heading.includes('data-newsroom-section'));
    expect(fromMarkdown.length).toBeGreaterThan(5);
    // The site's heading ids came first: the plugin's mark sits on headings that already have theirs.
    for (const heading of fromMarkdown) expect(heading).toMatch(/^<h2 id="[^"]+" data-newsroom-section="yes">$/);
  });
});
