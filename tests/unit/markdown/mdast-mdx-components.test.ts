import { describe, expect, it } from 'vitest';
import mdastMdxComponents from '../../../src/markdown/mdast-mdx-components';
import { compileMdx, processors } from './process';

describe.each(processors)('mdast-mdx-components (%s)', (processor) => {
  it('lists the components a page uses, once each, sorted', async () => {
    const source = [
      "import Timeline from './Timeline.astro';",
      '<KeyFacts>\n- A fact\n</KeyFacts>',
      'Text with <Term id="upi" /> inline.',
      '<Timeline events={frontmatter.timeline} />',
      '<KeyFacts>\n- Another\n</KeyFacts>',
    ].join('\n\n');
    const { frontmatter } = await compileMdx(processor, source, { mdast: [mdastMdxComponents()] });
    expect(frontmatter.components).toEqual(['KeyFacts', 'Term', 'Timeline']);
  });

  it('leaves out HTML elements written in MDX, and lists nothing for plain Markdown', async () => {
    expect(
      (await compileMdx(processor, '<div>\n\nText\n\n</div>', { mdast: [mdastMdxComponents()] })).frontmatter
        .components,
    ).toEqual([]);
  });
});
