import { describe, expect, it } from 'vitest';
import hastHeadingIds from '../../../src/markdown/hast-heading-ids';
import hastToc from '../../../src/markdown/hast-toc';
import { processMarkdown, processors } from './process';

describe.each(processors)('hast-toc (%s)', (processor) => {
  it('nests h3 under the h2 before it, with the heading ids and text', async () => {
    const markdown = ['## একটি অ্যাপ বন্ধ', '### কেন', '## পেমেন্ট ফেল করলে', '#### too deep', '### অভিযোগ'].join('\n\n');
    const { frontmatter } = await processMarkdown(processor, markdown, { hast: [hastHeadingIds(), hastToc()] });
    expect(frontmatter.toc).toEqual([
      { id: 'একটি-অ্যাপ-বন্ধ', text: 'একটি অ্যাপ বন্ধ', children: [{ id: 'কেন', text: 'কেন', children: [] }] },
      { id: 'পেমেন্ট-ফেল-করলে', text: 'পেমেন্ট ফেল করলে', children: [{ id: 'অভিযোগ', text: 'অভিযোগ', children: [] }] },
    ]);
  });

  it('uses the text, not the markup, of a heading with inline code or emphasis', async () => {
    const { frontmatter } = await processMarkdown(processor, '## What *is* `UPI`', {
      hast: [hastHeadingIds(), hastToc()],
    });
    expect(frontmatter.toc).toEqual([{ id: 'what-is-upi', text: 'What is UPI', children: [] }]);
  });

  it('gives an empty table for a document without section headings', async () => {
    const { frontmatter } = await processMarkdown(processor, 'Just a paragraph.', {
      hast: [hastHeadingIds(), hastToc()],
    });
    expect(frontmatter.toc).toEqual([]);
  });
});
