import { describe, expect, it } from 'vitest';
import mdastRequireAlt from '../../../src/plugins/mdast-require-alt';
import { processMarkdown } from './process';

const render = (markdown: string) => processMarkdown(markdown, { mdast: [mdastRequireAlt()] });

describe('mdast-require-alt', () => {
  it('lets an image with alt text through', async () => {
    const { html } = await render('Text\n\n![PhonePe’s error screen](./pic.png)');
    expect(html).toContain('<img src="./pic.png" alt="PhonePe’s error screen">');
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
