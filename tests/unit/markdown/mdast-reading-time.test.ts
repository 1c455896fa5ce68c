import { describe, expect, it } from 'vitest';
import mdastReadingTime from '../../../src/markdown/mdast-reading-time';
import { processMarkdown, processors } from './process';

describe.each(processors)('mdast-reading-time (%s)', (processor) => {
  const words = async (markdown: string) =>
    (await processMarkdown(processor, markdown, { mdast: [mdastReadingTime()] })).frontmatter.words;

  it('counts each Bengali word once, conjuncts and vowel signs included', async () => {
    // 6 words: a \w-based counter would split these into many more pieces.
    expect(await words('বিপাকে পড়েছিল লক্ষ লক্ষ গ্রাহক, ক্ষমাপ্রার্থী।')).toBe(6);
  });

  it('counts a Latin brand with a Bengali suffix as one word', async () => {
    expect(await words('PhonePe-র প্রতিষ্ঠাতার স্বীকারোক্তি')).toBe(3);
  });

  it('counts the text inside inline HTML but not the tags and attributes', async () => {
    expect(await words('এক <br> দুই <abbr title="Unified Payments Interface">ইউপিআই</abbr>')).toBe(3);
  });

  it('counts headings and lists but not code blocks or lone punctuation', async () => {
    const markdown = ['## দুই শব্দ', '- এক', '- দুই — তিন', '```\nconst notCounted = 1;\n```'].join('\n\n');
    expect(await words(markdown)).toBe(5);
  });
});
