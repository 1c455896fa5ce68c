import { describe, expect, it } from 'vitest';
import { chooseProcessor } from '../../../src/markdown/index';
import type { MarkdownSettings } from '../../../src/site.config';

const settings = (overrides: Partial<MarkdownSettings> = {}): MarkdownSettings => ({
  processor: 'satteri',
  remarkPlugins: [],
  rehypePlugins: [],
  ...overrides,
});
const rehypeLead = () => () => undefined;

describe('chooseProcessor', () => {
  it('uses the processor src/site.config.ts names, and says so', () => {
    expect(chooseProcessor(settings(), undefined)).toEqual({ name: 'satteri', chosenBy: 'src/site.config.ts' });
    expect(chooseProcessor(settings({ processor: 'unified' }), '')).toEqual({
      name: 'unified',
      chosenBy: 'src/site.config.ts',
    });
  });

  it('lets MARKDOWN_PROCESSOR override it for one build', () => {
    expect(chooseProcessor(settings(), 'unified')).toEqual({ name: 'unified', chosenBy: 'MARKDOWN_PROCESSOR' });
    expect(chooseProcessor(settings({ processor: 'unified' }), 'satteri').name).toBe('satteri');
  });

  it('refuses a processor it does not know, naming where it was set', () => {
    expect(() => chooseProcessor(settings(), 'remark')).toThrow(
      'MARKDOWN_PROCESSOR: the Markdown processor "remark" is not one of satteri, unified.',
    );
  });

  it('refuses the newsroom’s own remark or rehype plugins under Sätteri, which would not run them', () => {
    expect(() => chooseProcessor(settings({ rehypePlugins: [rehypeLead] }), undefined)).toThrow(
      /markdown\.remarkPlugins and markdown\.rehypePlugins are unified plugins, which Sätteri does not run .*Set markdown\.processor to 'unified'/,
    );
    expect(() => chooseProcessor(settings({ processor: 'unified', remarkPlugins: [rehypeLead] }), 'satteri')).toThrow(
      /chosen by MARKDOWN_PROCESSOR/,
    );
    expect(chooseProcessor(settings({ rehypePlugins: [rehypeLead] }), 'unified').name).toBe('unified');
  });
});
