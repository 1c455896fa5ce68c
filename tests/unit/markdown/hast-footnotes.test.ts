import { describe, expect, it } from 'vitest';
import { uiStringsFile } from '../../../src/i18n/ui-strings-file';
import hastFootnotes from '../../../src/markdown/hast-footnotes';
import hastHeadingIds from '../../../src/markdown/hast-heading-ids';
import hastToc from '../../../src/markdown/hast-toc';
import type { Lang } from '../../../src/site.config';
import { processMarkdown, processors } from './process';

const contentDir = new URL('./fixtures/content/', import.meta.url).pathname;
const words = (lang: Lang) => ({
  label: uiStringsFile(lang)['footnotes.label']!,
  backTo: uiStringsFile(lang)['footnotes.backTo']!,
});
const transforms = () => [hastFootnotes({ contentDir, words }), hastHeadingIds(), hastToc()];
const notes = 'PhonePe বন্ধ ছিল।[^a] আবার বলা হল।[^a] অন্য কথা।[^b]\n\n[^a]: প্রথম টীকা।\n[^b]: দ্বিতীয় টীকা।';

/** The text of every element matching `pattern`'s first group, in order. */
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]);

describe.each(processors)('hast-footnotes (%s)', (processor) => {
  it('writes a Bengali piece’s notes in Bengali: its heading shown and in the contents, its numbers in Bengali digits', async () => {
    const { html, frontmatter } = await processMarkdown(processor, notes, {
      hast: transforms(),
      path: `${contentDir}stories/bn/outage.mdx`,
    });
    expect(html).not.toContain('Footnotes');
    expect(html).not.toContain('Back to reference');
    expect(html).toMatch(/<h2 id="footnote-label">পাদটীকা<\/h2>/);
    expect(frontmatter.toc).toEqual([{ id: 'footnote-label', text: 'পাদটীকা', children: [] }]);
    // The citations in the text: note a twice, then note b.
    expect(all(html, /data-footnote-ref[^>]*>([^<]*)<\/a>/g)).toEqual(['১', '১', '২']);
    // The links back from each note, to each of its citations.
    expect(all(html, /aria-label="([^"]*)"/g)).toEqual([
      '১ নম্বর উল্লেখে ফিরে যান',
      '১-২ নম্বর উল্লেখে ফিরে যান',
      '২ নম্বর উল্লেখে ফিরে যান',
    ]);
    expect(html).toContain('↩<sup>২</sup></a>');
  });

  it('writes an English piece’s notes in English, with its own digits', async () => {
    const { html } = await processMarkdown(processor, 'Text.[^1]\n\n[^1]: A note.', {
      hast: transforms(),
      path: `${contentDir}explainers/en/upi.mdx`,
    });
    expect(html).toMatch(/<h2 id="footnote-label">Footnotes<\/h2>/);
    expect(html).toMatch(/data-footnote-ref[^>]*>1<\/a>/);
    expect(html).toContain('aria-label="Back to reference 1"');
  });

  it('leaves a piece without notes as it was, digits and all', async () => {
    const markdown = '## ১২ ঘণ্টা\n\nPhonePe 2 hours.';
    const path = `${contentDir}stories/bn/outage.mdx`;
    const alone = await processMarkdown(processor, markdown, { hast: [hastHeadingIds()], path });
    const withNotes = await processMarkdown(processor, markdown, {
      hast: [hastFootnotes({ contentDir, words }), hastHeadingIds()],
      path,
    });
    expect(withNotes.html).toBe(alone.html);
  });
});
