import { describe, expect, it } from 'vitest';
import hastFigures from '../../../src/markdown/hast-figures';
import hastUnbrokenSuffixes from '../../../src/markdown/hast-unbroken-suffixes';
import { processMarkdown, processors } from './process';

const photo = '![দোকানের কাউন্টারে কিউআর কোড](./photo.jpg "কলকাতার একটি দোকানে ইউপিআই-এর কিউআর কোড। ছবি: প্রতিবেদক")';

describe.each(processors)('hast-figures (%s)', (processor) => {
  it('shows a titled picture alone in its paragraph as a figure, its title as the caption under it', async () => {
    const { html } = await processMarkdown(processor, `আগের অনুচ্ছেদ।\n\n${photo}\n\nপরের অনুচ্ছেদ।`, {
      hast: [hastFigures()],
    });
    expect(html).toMatch(
      /<p>আগের অনুচ্ছেদ।<\/p>\s*<figure class="figure"><img [^>]*><figcaption>কলকাতার একটি দোকানে ইউপিআই-এর কিউআর কোড। ছবি: প্রতিবেদক<\/figcaption><\/figure>\s*<p>পরের অনুচ্ছেদ।<\/p>/,
    );
    // The description stays for readers who cannot see it (Sätteri hands it to Astro's image step inside
    // __ASTRO_IMAGE_); the caption is not repeated as a tooltip.
    const img = /<img [^>]*>/.exec(html)![0];
    expect(img).toMatch(/alt(="|&quot;:&quot;)দোকানের কাউন্টারে কিউআর কোড/);
    expect(img).not.toMatch(/title|প্রতিবেদক/);
  });

  it('leaves a picture without a title, or inside a sentence, as Markdown writes it', async () => {
    for (const markdown of ['![কিউআর কোড](./photo.jpg)', `দেখুন ${photo} এখানে।`]) {
      const alone = await processMarkdown(processor, markdown, {});
      const transformed = await processMarkdown(processor, markdown, { hast: [hastFigures()] });
      expect(transformed.html).toBe(alone.html);
      expect(transformed.html).not.toContain('<figure');
    }
  });

  it("keeps a caption's hyphenated suffix on its word's line, as in the text, when the site's transforms run in order", async () => {
    const { html } = await processMarkdown(processor, photo, { hast: [hastFigures(), hastUnbrokenSuffixes()] });
    expect(html).toMatch(/<figcaption>[^<]*<span class="unbroken">ইউপিআই-এর<\/span>/);
  });
});
