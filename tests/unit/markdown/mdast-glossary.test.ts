import { describe, expect, it } from 'vitest';
import { defineHastTransform } from '../../../src/markdown/transform';
import mdastGlossary from '../../../src/markdown/mdast-glossary';
import { compileMdx, processMarkdown, processors } from './process';

const contentDir = new URL('./fixtures/content/', import.meta.url).pathname;
const options = {
  glossaryDir: `${contentDir}glossary/`,
  contentDir,
  href: (lang: string, id: string) => `/${lang}/explainers/upi/#glossary-${id}`,
};
const bnPage = `${contentDir}stories/bn/outage.mdx`;
const enPage = `${contentDir}explainers/en/upi.mdx`;

/** The hrefs of the glossary links in some HTML. */
const glossaryLinks = (html: string) =>
  [...html.matchAll(/<a href="([^"]*#glossary-[^"]*)"/g)].map((match) => match[1]);

describe.each(processors)('mdast-glossary (%s)', (processor) => {
  const run = (markdown: string, path: string | undefined = enPage) =>
    processMarkdown(processor, markdown, { mdast: [mdastGlossary(options)], path });

  it('links only the first use of each term, to its definition in the page’s language', async () => {
    const { html } = await run('UPI is run by NPCI. UPI again, NPCI again.\n\nAnd UPI once more.');
    expect(glossaryLinks(html)).toEqual(['/en/explainers/upi/#glossary-upi', '/en/explainers/upi/#glossary-npci']);
    expect(html).toContain('again, NPCI again');
  });

  it('reads the language from the file path: a Bengali page links the Bengali term with the Bengali definition', async () => {
    const { html } = await run('ইউপিআই-এর কাজ। UPI লেখা হলেও ইংরেজি শব্দ লিঙ্ক হয় না।', bnPage);
    expect(glossaryLinks(html)).toEqual(['/bn/explainers/upi/#glossary-upi']);
    expect(html).toContain('>ইউপিআই</a>');
    expect(html).toContain('ফোন থেকে টাকা পাঠানোর ব্যবস্থা।');
    expect(html).not.toContain('A way to send money');
  });

  it('leaves a page alone when no term is written in its language yet', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(root, 'glossary'));
    writeFileSync(
      join(root, 'glossary', 'upi.yaml'),
      "term: { bn: 'ইউপিআই' }\ndefinition: { bn: 'টাকা পাঠানোর ব্যবস্থা।' }\n",
    );
    const { html } = await processMarkdown(processor, 'UPI and ইউপিআই, untouched.', {
      mdast: [mdastGlossary({ ...options, glossaryDir: join(root, 'glossary'), contentDir: root })],
      path: join(root, 'stories', 'en', 'x.mdx'),
    });
    expect(html).toBe('<p>UPI and ইউপিআই, untouched.</p>');
  });

  it('puts the definition after the link as its accessible description, hidden until styled to show', async () => {
    const { html } = await run('Pay with UPI.');
    expect(html).toContain(
      '<span class="glossary-term"><a href="/en/explainers/upi/#glossary-upi" aria-describedby="glossary-tip-upi">UPI</a>' +
        '<span class="glossary-term__tip" id="glossary-tip-upi" role="tooltip" hidden>' +
        '<span lang="en">Unified Payments Interface</span>: A way to send money from a phone.</span></span>',
    );
  });

  it('gives a term without an expansion its definition alone', async () => {
    const { html } = await run('Run by NPCI.');
    expect(html).toContain('id="glossary-tip-npci" role="tooltip" hidden>The body that runs UPI.</span>');
  });

  it('matches whole words only, case-sensitively', async () => {
    const { html } = await run('UPIX, upi and NPCIs are not terms; UPI’s is.');
    expect(glossaryLinks(html)).toEqual(['/en/explainers/upi/#glossary-upi']);
    expect(html).toContain('>UPI</a>');
  });

  it('leaves headings, links, code and quotations alone and links the first use in running text', async () => {
    const markdown = [
      '## What UPI is',
      '[UPI at NPCI](https://www.npci.org.in/)',
      '`UPI` and\n\n```\nNPCI\n```',
      '> UPI said so.',
      'Here UPI and NPCI get their links.',
    ].join('\n\n');
    const { html } = await run(markdown);
    expect(glossaryLinks(html)).toEqual(['/en/explainers/upi/#glossary-upi', '/en/explainers/upi/#glossary-npci']);
    expect(html).toContain('<h2 id="what-upi-is">What UPI is</h2>');
    expect(html).toContain('<blockquote>\n<p>UPI said so.</p>');
    expect(html.indexOf('glossary-term')).toBeGreaterThan(html.indexOf('Here'));
  });

  it('keeps the term in the text, so word counts and plain-text views still read it', async () => {
    const { html } = await run('Pay with UPI today.');
    expect(html.replace(/<span class="glossary-term__tip"[\s\S]*?<\/span><\/span>/, '').replace(/<[^>]+>/g, '')).toBe(
      'Pay with UPI today.',
    );
  });

  it('does nothing to a file outside a locale folder', async () => {
    const { html } = await run('UPI and NPCI.', '/elsewhere/notes.md');
    expect(glossaryLinks(html)).toEqual([]);
    const { html: pathless } = await processMarkdown(processor, 'UPI and NPCI.', { mdast: [mdastGlossary(options)] });
    expect(pathless).toBe('<p>UPI and NPCI.</p>');
  });

  it('links terms inside MDX components’ Markdown children, but not in their attributes', async () => {
    const source = '<KeyFacts title="UPI facts">\n- Payments on UPI stopped.\n</KeyFacts>';
    const links: [unknown, string][] = [];
    const collectLinks = defineHastTransform({
      name: 'collect-links',
      element: { filter: ['a'], visit: (link, ctx) => void links.push([link.properties?.href, ctx.textContent(link)]) },
    });
    await compileMdx(processor, source, { mdast: [mdastGlossary(options)], hast: [collectLinks], path: enPage });
    expect(links).toEqual([['/en/explainers/upi/#glossary-upi', 'UPI']]);
  });
});
