/**
 * The rendered HTML of the pieces, kept beside the content store (`src/content-index/rendered-html.ts`): what a page
 * reads back is what the loader kept, by the entry's digest, and a build never reads a file cut off or left by another.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RenderedHtml, renderedHtmlFolder } from '../../../src/content-index/rendered-html';

const cacheDir = mkdtempSync(join(tmpdir(), 'rendered-html-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('RenderedHtml', () => {
  it('gives back the HTML kept for a digest, Bengali text as it was written', () => {
    const kept = new RenderedHtml(renderedHtmlFolder(cacheDir), 'stories');
    const html = '<p>ক্ষমা চেয়েছে <strong>PhonePe</strong>, ১৫ মিনিট।</p>';
    kept.write('digest-a#stored-as=html@inputs', html);
    expect(kept.has('digest-a#stored-as=html@inputs')).toBe(true);
    expect(kept.read('digest-a#stored-as=html@inputs', 'content/stories/bn/a.mdx')).toBe(html);
    // Another digest (another text, or other transforms) is another file.
    expect(kept.has('digest-a#stored-as=html@other-inputs')).toBe(false);
    // Written whole, through a file of its own: nothing else is left in the folder.
    expect(readdirSync(join(renderedHtmlFolder(cacheDir), 'stories'))).toEqual([
      kept.fileOf('digest-a#stored-as=html@inputs').split('/').at(-1),
    ]);
  });

  it('keeps each collection apart', () => {
    const stories = new RenderedHtml(renderedHtmlFolder(cacheDir), 'stories');
    const statements = new RenderedHtml(renderedHtmlFolder(cacheDir), 'statements');
    stories.write('same-digest', '<p>A story.</p>');
    statements.write('same-digest', '<p>A statement.</p>');
    statements.keepOnly([]);
    expect(stories.read('same-digest', 'a story')).toBe('<p>A story.</p>');
    expect(statements.has('same-digest')).toBe(false);
  });

  it('names the piece whose HTML is missing', () => {
    const kept = new RenderedHtml(renderedHtmlFolder(cacheDir), 'explainers');
    expect(() => kept.read('never-written', 'content/explainers/bn/upi.mdx')).toThrow(
      /^content\/explainers\/bn\/upi\.mdx: its rendered HTML is missing/,
    );
    expect(existsSync(join(renderedHtmlFolder(cacheDir), 'explainers'))).toBe(false);
  });
});
