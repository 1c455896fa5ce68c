import { describe, expect, it } from 'vitest';
import mdastMdxComponents from '../../../src/plugins/mdast-mdx-components';
import { compileMdx } from './process';

describe('mdast-mdx-components', () => {
  it('lists the components a page uses, once each, sorted', async () => {
    const source = [
      "import Timeline from './Timeline.astro';",
      '<KeyFacts>\n- A fact\n</KeyFacts>',
      'Text with <Term id="upi" /> inline.',
      '<Timeline events={frontmatter.timeline} />',
      '<KeyFacts>\n- Another\n</KeyFacts>',
    ].join('\n\n');
    const { frontmatter } = await compileMdx(source, { mdast: [mdastMdxComponents()] });
    expect(frontmatter.components).toEqual(['KeyFacts', 'Term', 'Timeline']);
  });

  it('leaves out HTML elements written in MDX, and lists nothing for plain Markdown', async () => {
    expect(
      (await compileMdx('<div>\n\nText\n\n</div>', { mdast: [mdastMdxComponents()] })).frontmatter.components,
    ).toEqual([]);
  });
});
