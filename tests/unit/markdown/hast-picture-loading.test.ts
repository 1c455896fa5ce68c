import { describe, expect, it } from 'vitest';
import hastPictureLoading, { columnSizes } from '../../../src/markdown/hast-picture-loading';
import { processMarkdown, processors } from './process';

/** Astro's image options of each picture, as the image step will read them. */
function imageOptions(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<img [^>]*>/g)].map(([img]) => {
    const json = /__ASTRO_IMAGE_="([^"]*)"/.exec(img)?.[1];
    if (json) return JSON.parse(json.replaceAll('&quot;', '"')) as Record<string, unknown>;
    return Object.fromEntries(
      [...img.matchAll(/ ([\w-]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [key, value ?? true]),
    );
  });
}

describe.each(processors)('hast-picture-loading (%s)', (processor) => {
  it('fetches a lead picture at once, and sizes every picture to the text column', async () => {
    const markdown = '![মুখ্য ছবি](./lead.jpg)\n\nপ্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।\n\n![পরের ছবি](./later.jpg)';
    const { html } = await processMarkdown(processor, markdown, { hast: [hastPictureLoading()] });
    const [lead, later] = imageOptions(html);
    expect(lead).toMatchObject({ src: './lead.jpg', sizes: columnSizes });
    expect(lead).toHaveProperty('priority');
    expect(later).toMatchObject({ src: './later.jpg', sizes: columnSizes });
    expect(later).not.toHaveProperty('priority');
  });

  it('leaves a first picture further down to load as the reader nears it', async () => {
    const markdown = 'এক।\n\nদুই।\n\nতিন।\n\n![ছবি](./photo.jpg)';
    const { html } = await processMarkdown(processor, markdown, { hast: [hastPictureLoading()] });
    expect(imageOptions(html)[0]).not.toHaveProperty('priority');
  });

  it('gives no options to a picture from another site or the public folder, which Astro does not process', async () => {
    const markdown = '![ছবি](https://example.org/photo.jpg)\n\n![লোগো](/logo.png)';
    const alone = await processMarkdown(processor, markdown, {});
    const transformed = await processMarkdown(processor, markdown, { hast: [hastPictureLoading()] });
    expect(transformed.html).toBe(alone.html);
  });
});
