import { describe, expect, it } from 'vitest';
import hastTableAlignment from '../../../src/markdown/hast-table-alignment';
import { processMarkdown, processors } from './process';

const table = '| অ্যাপ | অবস্থা | লেনদেন |\n| :-- | :-: | --: |\n| PhonePe | বন্ধ | ১২০০ |';

describe.each(processors)('hast-table-alignment (%s)', (processor) => {
  it('aligns the columns by class, with no style attribute for the security policy to refuse', async () => {
    const { html } = await processMarkdown(processor, table, { hast: [hastTableAlignment()] });
    expect(html).not.toMatch(/ (style|align)=/);
    const classes = (tag: string) => [...html.matchAll(new RegExp(`<${tag} class="([^"]*)"`, 'g'))].map((m) => m[1]);
    expect(classes('th')).toEqual(['align-start', 'align-center', 'align-end']);
    expect(classes('td')).toEqual(['align-start', 'align-center', 'align-end']);
  });

  it('leaves a table whose columns are not aligned as GFM writes it', async () => {
    const plain = '| a | b |\n| --- | --- |\n| 1 | 2 |';
    const alone = await processMarkdown(processor, plain, {});
    const aligned = await processMarkdown(processor, plain, { hast: [hastTableAlignment()] });
    expect(aligned.html).toBe(alone.html);
    expect(alone.html).not.toContain('class=');
  });
});
