import { describe, expect, it } from 'vitest';
import hastUnbrokenSuffixes from '../../../src/markdown/hast-unbroken-suffixes';
import { processMarkdown, processors } from './process';

describe.each(processors)('hast-unbroken-suffixes (%s)', (processor) => {
  const render = async (markdown: string) =>
    (await processMarkdown(processor, markdown, { hast: [hastUnbrokenSuffixes()] })).html;

  it('keeps a Bengali suffix with the Latin name it is hyphenated to', async () => {
    expect(await render('PhonePe-র প্রতিষ্ঠাতা, PhonePe-তে সমস্যা')).toBe(
      '<p><span class="unbroken">PhonePe-র</span> প্রতিষ্ঠাতা, <span class="unbroken">PhonePe-তে</span> সমস্যা</p>',
    );
  });

  it('keeps a suffix with a Bengali word, and after a link that ends the word', async () => {
    expect(await render('ইউপিআই-এর কাজ, সহ-প্রতিষ্ঠাতা')).toBe(
      '<p><span class="unbroken">ইউপিআই-এর</span> কাজ, <span class="unbroken">সহ-প্রতিষ্ঠাতা</span></p>',
    );
    expect(await render('[এনপিসিআই](/bn/)-কে জানানো হয়')).toBe(
      '<p><a href="/bn/">এনপিসিআই</a><span class="unbroken">-কে</span> জানানো হয়</p>',
    );
  });

  it('leaves hyphens before Latin words, dashes between spaces, and code alone', async () => {
    expect(await render('a long-term plan — ২০২৬ - শেষ')).toBe('<p>a long-term plan — ২০২৬ - শেষ</p>');
    expect(await render('`PhonePe-র`\n\n```\nPhonePe-র\n```')).toBe(
      '<p><code>PhonePe-র</code></p>\n<pre><code>PhonePe-র\n</code></pre>',
    );
  });
});
