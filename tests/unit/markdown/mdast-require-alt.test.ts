import { describe, expect, it } from 'vitest';
import mdastRequireAlt from '../../../src/markdown/mdast-require-alt';
import { processMarkdown, processors } from './process';

describe.each(processors)('mdast-require-alt (%s)', (processor) => {
  const render = (markdown: string) => processMarkdown(processor, markdown, { mdast: [mdastRequireAlt()] });

  it('lets an image with alt text through', async () => {
    const { html } = await render('Text\n\n![PhonePe’s error screen](./pic.png)');
    // Astro hands a local image to its image pipeline, the alt text with it.
    expect(html).toMatch(/<img [^>]*PhonePe’s error screen/);
  });

  it('refuses an image without alt text, naming the line and the image', async () => {
    await expect(render('Text\n\n![](./pic.png)')).rejects.toThrow(/:3: alt: the image \.\/pic\.png has no alt text/);
  });

  it('counts alt text of only spaces as none', async () => {
    await expect(render('![   ](./pic.png)')).rejects.toThrow(/no alt text/);
  });

  it('checks reference-style images too', async () => {
    await expect(render('![][pic]\n\n[pic]: ./pic.png')).rejects.toThrow(/image \[pic\] has no alt text/);
  });
});
