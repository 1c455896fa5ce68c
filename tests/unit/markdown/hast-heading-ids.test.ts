import { describe, expect, it } from 'vitest';
import { defineHastTransform } from '../../../src/markdown/transform';
import hastHeadingIds from '../../../src/markdown/hast-heading-ids';
import { processMarkdown, processors } from './process';

describe.each(processors)('hast-heading-ids (%s)', (processor) => {
  const ids = async (markdown: string) => {
    const { html } = await processMarkdown(processor, markdown, { hast: [hastHeadingIds()] });
    return [...html.matchAll(/<h\d id="([^"]*)"/g)].map((match) => decodeURIComponent(match[1]!));
  };

  it('keeps Bengali letters, vowel signs and virama in the id', async () => {
    expect(await ids('## PhonePe-র প্রতিষ্ঠাতার স্বীকারোক্তি')).toEqual(['phonepe-র-প্রতিষ্ঠাতার-স্বীকারোক্তি']);
  });

  it('drops punctuation such as the question mark and the dari', async () => {
    expect(await ids('## ইউপিআই কী এবং কেন গুরুত্বপূর্ণ?\n\n## শেষ কথা।')).toEqual(['ইউপিআই-কী-এবং-কেন-গুরুত্বপূর্ণ', 'শেষ-কথা']);
  });

  it('gives the same id to a heading typed in decomposed and composed form', async () => {
    const composed = 'ড়'; // U+09DC
    const decomposed = 'ড\u09BC';
    const [a, b] = await ids(`## পড়ুন ${composed}\n\n### পড়ুন ${decomposed}`);
    expect(a).toBe('পড়ুন-ড়');
    expect(b).toBe('পড়ুন-ড়-1');
  });

  it('makes repeated headings unique', async () => {
    expect(await ids('## What is UPI\n\n## What is UPI\n\n## What is UPI')).toEqual([
      'what-is-upi',
      'what-is-upi-1',
      'what-is-upi-2',
    ]);
  });

  it('keeps an id the author set and does not reuse it', async () => {
    const { html } = await processMarkdown(processor, '## Timeline\n\n## Timeline', {
      hast: [
        () => {
          let first = true;
          return defineHastTransform({
            name: 'author-id',
            element: {
              filter: ['h2'],
              visit(heading, ctx) {
                if (first) ctx.setProperty(heading, 'id', 'timeline');
                first = false;
              },
            },
          });
        },
        hastHeadingIds(),
      ],
    });
    expect(html).toContain('<h2 id="timeline">');
    expect(html).toContain('<h2 id="timeline-1">');
  });
});
