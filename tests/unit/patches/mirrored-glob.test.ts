/**
 * src/content-index/mirrored-glob.ts leans on what Astro's glob loader does inside: it reports a Markdown file that
 * fails to render through `logger.error` and carries on without its text (`glob-loader-errors.ts`), and it takes
 * the entry types from the context it is given, rendering each changed entry whose type has a render function
 * (`mdx-content-layer.ts`: a plain `.mdx` piece is rendered as Markdown, one with components left to MDX). These run
 * the real loader and fail when it works otherwise.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetContentIndex } from '../../../src/content-index/content-index';
import { mirroredGlob } from '../../../src/content-index/mirrored-glob';
import { RenderedHtml, renderedHtmlFolder } from '../../../src/content-index/rendered-html';
import { installedVersion, patchedAstroVersion } from './upstream';

const root = mkdtempSync(join(tmpdir(), 'mirrored-glob-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface StoredEntry {
  id: string;
  body?: string;
  digest: string;
  rendered?: { html: string; metadata?: { frontmatter?: Record<string, unknown> } };
  deferredRender?: boolean;
}

const cacheDir = join(root, 'cache');
const keptHtml = new RenderedHtml(renderedHtmlFolder(cacheDir), 'stories');

/** The HTML a page of the entry `id` shows: kept beside the store, by the entry's stored digest. */
function htmlOf(entries: Map<string, StoredEntry>, id: string): string {
  return keptHtml.read(entries.get(id)!.digest, id);
}

/** A piece with frontmatter and `body`, written to `content/stories/en/<name>`. */
function writePiece(name: string, body: string): void {
  mkdirSync(join(root, 'content/stories/en'), { recursive: true });
  writeFileSync(join(root, 'content/stories/en', name), `---\ntitle: 'A piece'\n---\n\n${body}\n`);
}

/**
 * Just enough of a content layer's loader context for the glob loader: its entries kept in `entries` across loads,
 * and a Markdown renderer that `render` stands for.
 */
function context(
  entries: Map<string, StoredEntry>,
  render: (body: string, frontmatter: Record<string, unknown>) => Promise<{ html: string; metadata: object }>,
  logger: { error: (message: string) => void; info?: (message: string) => void } = { error: () => undefined },
): LoaderContext {
  const noop = () => undefined;
  const entryInfo = ({ contents }: { contents: string }) => ({
    data: { title: 'A piece' },
    body: contents.split('---').at(-1)!.trim(),
  });
  return {
    collection: 'stories',
    config: {
      root: pathToFileURL(`${root}/`),
      srcDir: pathToFileURL(`${root}/src/`),
      cacheDir: pathToFileURL(`${cacheDir}/`),
    },
    logger: { info: noop, ...logger, warn: noop, debug: noop, label: 'test', options: {}, fork: () => logger },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (contents: string) => String(contents.length),
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      has: (id: string) => entries.has(id),
      addModuleImport: noop,
      addAssetImports: noop,
    },
    entryTypes: new Map<string, object>([
      [
        '.md',
        {
          getEntryInfo: entryInfo,
          getRenderFunction:
            async () =>
            async ({ body, data }: { body: string; data: Record<string, unknown> }) =>
              render(body, data),
        },
      ],
      ['.mdx', { getEntryInfo: entryInfo, contentModuleTypes: '', handlePropagation: true }],
    ]),
  } as unknown as LoaderContext;
}

beforeEach(() => {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  forgetContentIndex();
});

describe("Astro's glob loader", () => {
  it(`is that of Astro ${patchedAstroVersion}`, () => {
    expect(installedVersion('astro')).toBe(patchedAstroVersion);
  });

  it('reports a file that fails to render through logger.error, which mirroredGlob turns into a failed build', async () => {
    writePiece('broken.md', 'A paragraph.');
    const error = vi.fn();
    const loading = mirroredGlob('content/stories').load(
      context(new Map(), async () => Promise.reject(new Error('the renderer gave up')), { error }),
    );
    await expect(loading).rejects.toThrow('Error rendering en/broken.md: the renderer gave up');
    expect(error).toHaveBeenCalledWith('Error rendering en/broken.md: the renderer gave up');
  });

  it('renders a plain .mdx piece as Markdown and leaves one with a component to MDX’s module', async () => {
    writePiece('plain.mdx', 'Only prose, **bold** and a [link](/en/).');
    writePiece('with-component.mdx', 'Prose, then a component.\n\n<Timeline />');
    const entries = new Map<string, StoredEntry>();
    const render = vi.fn(async (body: string) => ({ html: `<p>${body}</p>\n`, metadata: {} }));
    const info = vi.fn();
    await mirroredGlob('content/stories').load(context(entries, render, { error: () => undefined, info }));
    expect(htmlOf(entries, 'en/plain')).toBe('<p>Only prose, **bold** and a [link](/en/).</p>');
    // The store, which every build writes and bundles whole, keeps the HTML's metadata but not the HTML.
    expect(entries.get('en/plain')?.rendered).toEqual({ html: '', metadata: {} });
    expect(entries.get('en/plain')?.deferredRender).toBe(false);
    // The HTML stands for the text: the source is kept only for MDX to compile.
    expect(entries.get('en/plain')?.body).toBeUndefined();
    expect(entries.get('en/with-component')?.rendered).toBeUndefined();
    expect(entries.get('en/with-component')?.deferredRender).toBe(true);
    expect(entries.get('en/with-component')?.body).toBe('Prose, then a component.\n\n<Timeline />');
    expect(render).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(
      'stories: 1 piece(s) rendered as Markdown, 1 compiled as MDX, 0 not rendered here',
    );
  });

  it("keeps of the page's frontmatter data only what the Markdown transforms wrote", async () => {
    writePiece('plain.mdx', 'Only prose.');
    const entries = new Map<string, StoredEntry>();
    // As Astro's Markdown renderer: the transforms write into the frontmatter it was given.
    const render = async (body: string, frontmatter: Record<string, unknown>) => {
      const written = Object.assign(frontmatter, { words: 2, toc: [] });
      return { html: `<p>${body}</p>`, metadata: { headings: [], frontmatter: written } };
    };
    await mirroredGlob('content/stories').load(context(entries, render));
    expect(entries.get('en/plain')?.rendered?.metadata?.frontmatter).toEqual({ words: 2, toc: [] });
    // A field of the file that a transform replaced is the transform's.
    const retitled = async (body: string, frontmatter: Record<string, unknown>) => ({
      html: `<p>${body}</p>`,
      metadata: { frontmatter: Object.assign(frontmatter, { title: 'Retitled' }) },
    });
    writePiece('plain.mdx', 'Other prose.');
    await mirroredGlob('content/stories').load(context(entries, retitled));
    expect(entries.get('en/plain')?.rendered?.metadata?.frontmatter).toEqual({ title: 'Retitled' });
  });

  it('renders an unchanged piece again only when what its HTML depends on has changed', async () => {
    writePiece('plain.mdx', 'Only prose.');
    const entries = new Map<string, StoredEntry>();
    const render = vi.fn(async (body: string) => ({ html: `<p>${body}</p>`, metadata: {} }));
    await mirroredGlob('content/stories').load(context(entries, render));
    await mirroredGlob('content/stories').load(context(entries, render));
    expect(render).toHaveBeenCalledTimes(1);
    // The Markdown transforms live in src/: an edit there renders every plain piece again.
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'src/transform.ts'), 'export default 1;\n');
    try {
      await mirroredGlob('content/stories').load(context(entries, render));
      expect(render).toHaveBeenCalledTimes(2);
      expect(htmlOf(entries, 'en/plain')).toBe('<p>Only prose.</p>');
    } finally {
      rmSync(join(root, 'src'), { recursive: true, force: true });
    }
  });

  it('renders a piece again when its kept HTML is gone, and keeps the HTML of the pieces there are, only', async () => {
    writePiece('plain.mdx', 'Only prose.');
    writePiece('other.mdx', 'Other prose.');
    const entries = new Map<string, StoredEntry>();
    const render = vi.fn(async (body: string) => ({ html: `<p>${body}</p>`, metadata: {} }));
    await mirroredGlob('content/stories').load(context(entries, render));
    expect(render).toHaveBeenCalledTimes(2);
    const first = entries.get('en/plain')!.digest;
    // Only the HTML deleted (a cache folder cleaned by hand): the piece is rendered again, not shown empty.
    rmSync(keptHtml.fileOf(first));
    await mirroredGlob('content/stories').load(context(entries, render));
    expect(render).toHaveBeenCalledTimes(3);
    expect(htmlOf(entries, 'en/plain')).toBe('<p>Only prose.</p>');
    // An edit and a deletion: the HTML of the earlier text and of the deleted piece go with them.
    const other = entries.get('en/other')!.digest;
    writePiece('plain.mdx', 'Edited prose.');
    rmSync(join(root, 'content/stories/en/other.mdx'));
    forgetContentIndex();
    await mirroredGlob('content/stories').load(context(entries, render));
    expect(htmlOf(entries, 'en/plain')).toBe('<p>Edited prose.</p>');
    expect(keptHtml.has(first)).toBe(false);
    expect(keptHtml.has(other)).toBe(false);
    expect(readdirSync(join(renderedHtmlFolder(cacheDir), 'stories'))).toHaveLength(1);
  });

  it('in a build that renders other pieces, stores a piece with its frontmatter only, and renders it when asked', async () => {
    writePiece('plain.mdx', 'Only prose.');
    writePiece('with-component.mdx', '<Timeline />');
    const entries = new Map<string, StoredEntry>();
    const render = vi.fn(async (body: string) => ({ html: `<p>${body}</p>`, metadata: {} }));
    await mirroredGlob('content/stories', () => () => false).load(context(entries, render));
    for (const id of ['en/plain', 'en/with-component']) {
      expect(entries.get(id)?.rendered, id).toBeUndefined();
      expect(entries.get(id)?.deferredRender, id).toBe(false);
      // No story's text shows on another piece's page: a shard keeps only the stories it renders whole.
      expect(entries.get(id)?.body, id).toBeUndefined();
    }
    expect(render).not.toHaveBeenCalled();
    await mirroredGlob('content/stories').load(context(entries, render));
    expect(htmlOf(entries, 'en/plain')).toBe('<p>Only prose.</p>');
    expect(entries.get('en/with-component')?.deferredRender).toBe(true);
    expect(entries.get('en/with-component')?.body).toBe('<Timeline />');
  });
});
