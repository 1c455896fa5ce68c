/**
 * src/content-index/mirrored-glob.ts wraps the logger it hands Astro's glob loader,
 * because the loader reports a Markdown file that fails to render through
 * `logger.error` and carries on without its text. These run the real loader
 * and fail when it reports such a file otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mirroredGlob } from '../../../src/content-index/mirrored-glob';
import { installedVersion, patchedAstroVersion } from './upstream';

const root = mkdtempSync(join(tmpdir(), 'mirrored-glob-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/stories/en'), { recursive: true });
writeFileSync(join(root, 'content/stories/en/broken.md'), "---\ntitle: 'Broken'\n---\n\nA paragraph.\n");

/** Just enough of a content layer's loader context for the glob loader, with a renderer that always fails. */
function context(logger: { error: (message: string) => void }): LoaderContext {
  const entries = new Map<string, unknown>();
  const noop = () => undefined;
  return {
    collection: 'stories',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { ...logger, warn: noop, info: noop, debug: noop, label: 'test', options: {}, fork: () => logger },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (contents: string) => String(contents.length),
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      has: (id: string) => entries.has(id),
      addModuleImport: noop,
      addAssetImports: noop,
    },
    entryTypes: new Map([
      [
        '.md',
        {
          getEntryInfo: ({ contents }: { contents: string }) => ({
            data: { title: 'Broken' },
            body: contents.split('---').at(-1),
          }),
          getRenderFunction: async () => async () => {
            throw new Error('the renderer gave up');
          },
        },
      ],
    ]),
  } as unknown as LoaderContext;
}

describe("Astro's glob loader", () => {
  it(`is that of Astro ${patchedAstroVersion}`, () => {
    expect(installedVersion('astro')).toBe(patchedAstroVersion);
  });

  it('reports a file that fails to render through logger.error, which mirroredGlob turns into a failed build', async () => {
    const error = vi.fn();
    const loading = mirroredGlob('content/stories').load(context({ error }));
    await expect(loading).rejects.toThrow('Error rendering en/broken.md: the renderer gave up');
    expect(error).toHaveBeenCalledWith('Error rendering en/broken.md: the renderer gave up');
  });
});
