import { describe, expect, it } from 'vitest';
import { defineHastTransform } from '../../../src/markdown/transform';
import hastExternalLinks from '../../../src/markdown/hast-external-links';
import { processMarkdown, processors } from './process';

describe.each(processors)('hast-external-links (%s)', (processor) => {
  const render = async (markdown: string) =>
    (await processMarkdown(processor, markdown, { hast: [hastExternalLinks({ siteUrl: 'https://news.example.org' })] }))
      .html;

  it('marks links to other sites and makes them noopener noreferrer', async () => {
    expect(await render('[NPCI](https://www.npci.org.in/)')).toBe(
      '<p><a href="https://www.npci.org.in/" rel="noopener noreferrer" class="external">NPCI</a></p>',
    );
  });

  it('leaves links to the site itself, relative links and fragments alone', async () => {
    const html = await render(
      '[a](https://news.example.org/bn/) [b](/en/news/x/) [c](#timeline) [d](mailto:desk@example.org)',
    );
    expect(html).not.toContain('rel=');
    expect(html).not.toContain('external');
  });

  it('keeps rel tokens a link already has', async () => {
    const { html } = await processMarkdown(processor, '[Paytm](https://paytm.com/)', {
      hast: [
        defineHastTransform({
          name: 'nofollow',
          element: { filter: ['a'], visit: (link, ctx) => ctx.setProperty(link, 'rel', ['nofollow']) },
        }),
        hastExternalLinks({ siteUrl: 'https://news.example.org' }),
      ],
    });
    expect(html).toContain('rel="nofollow noopener noreferrer"');
  });
});
