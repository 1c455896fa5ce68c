import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import mdastImageFiles from '../../../src/markdown/mdast-image-files';
import { processMarkdown, processors } from './process';

const folder = mkdtempSync(join(tmpdir(), 'image-files-'));
writeFileSync(join(folder, 'counter.jpg'), '');
writeFileSync(join(folder, 'দোকান.jpg'), '');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(processors)('mdast-image-files (%s)', (processor) => {
  const render = (markdown: string) =>
    processMarkdown(processor, markdown, { mdast: [mdastImageFiles()], path: join(folder, 'story.md') });

  it('lets through a picture whose file is beside the piece, its name written plainly or percent-encoded', async () => {
    await expect(render('![A shop counter](./counter.jpg)')).resolves.toBeDefined();
    await expect(render('![একটি দোকান](./দোকান.jpg)')).resolves.toBeDefined();
    await expect(render(`![একটি দোকান](./${encodeURIComponent('দোকান')}.jpg)`)).resolves.toBeDefined();
  });

  it('refuses a picture whose file is not there, naming the line, the picture and where it looked', async () => {
    await expect(render('Text.\n\n![A shop counter](./shop-counter.jpg)')).rejects.toThrow(
      /:3: image: there is no file \.\/shop-counter\.jpg beside the piece \(looked for .*image-files-[^/]+\/shop-counter\.jpg\)/,
    );
  });

  it('leaves pictures from other sites and from the site’s public folder alone', async () => {
    await expect(render('![A logo](/logo.png)\n\n![A photo](https://example.org/photo.jpg)')).resolves.toBeDefined();
  });
});
