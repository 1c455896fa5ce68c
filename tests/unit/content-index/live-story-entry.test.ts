import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyInPlace, contentIndex, frontmatterOf } from '../../../src/content-index/content-index';
import { liveUpdatesOf } from '../../../src/content-index/live-story-entry';
import { parse } from 'yaml';

const fixture = (lang: string) => readFileSync(new URL(`../../fixtures/live/${lang}.mdx`, import.meta.url), 'utf8');

describe('liveUpdatesOf, on the fictional fixture story', () => {
  let root: string;
  const write = (lang: string, text: string) => {
    mkdirSync(join(root, 'content/stories', lang), { recursive: true });
    writeFileSync(join(root, 'content/stories', lang, 'test-live.mdx'), text);
  };
  const read = (lang: string) => {
    const file = `content/stories/${lang}/test-live.mdx`;
    const source = readFileSync(join(root, file), 'utf8');
    const data = parse(frontmatterOf(source)) as Record<string, unknown>;
    return liveUpdatesOf({ file, body: bodyInPlace(source), data, index: contentIndex(join(root, 'content')) });
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'live-entry-'));
    write('bn', fixture('bn'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the updates of a translation that has the same update times, without a warning', () => {
    write('en', fixture('en'));
    const { updates, warnings } = read('en');
    expect(updates.map((update) => update.headline)).toEqual(['Third test update', undefined, 'First test update']);
    expect(warnings).toEqual([]);
  });

  it('warns, naming the source, when a translation lacks an update or has one the source lacks', () => {
    write('en', fixture('en').replace('time="2026-10-05T10:00+05:30"', 'time="2026-10-05T10:01+05:30"'));
    expect(read('en').warnings).toEqual([
      'updates: content/stories/bn/test-live.mdx has updates at 2026-10-05T10:00+05:30 that this translation lacks.',
      'updates: updates at 2026-10-05T10:01+05:30 are not in content/stories/bn/test-live.mdx.',
    ]);
  });

  it('stops on a problem, naming the file and field', () => {
    write('en', fixture('en').replace('start: 2026-10-05T09:00+05:30', 'start: 2026-10-05T10:30+05:30'));
    expect(() => read('en')).toThrow(
      'content/stories/en/test-live.mdx: updates: <Update time="2026-10-05T10:00+05:30"> is before coverage.start',
    );
  });

  it('refuses liveUpdates written by hand in the frontmatter', () => {
    write('en', fixture('en').replace('coverage:', 'liveUpdates: []\ncoverage:'));
    expect(() => read('en')).toThrow('content/stories/en/test-live.mdx: liveUpdates: not a frontmatter field');
  });

  it('names the line of the file, frontmatter counted, of an <Update> without a time', () => {
    const text = fixture('en').replace('<Update time="2026-10-05T10:00+05:30"', '<Update');
    write('en', text);
    const line = text.split('\n').findIndex((row) => row === '<Update>') + 1;
    expect(line).toBeGreaterThan(10);
    expect(() => read('en')).toThrow(`the <Update> on line ${line} needs time=`);
  });

  it('stops on text that is not MDX, naming the file, line and column', () => {
    const text = fixture('en').replace('First test update">', 'First test update">\nPrices rose {as said.\n');
    write('en', text);
    expect(() => read('en')).toThrow(/^content\/stories\/en\/test-live\.mdx:\d+:\d+: .*brace/);
  });
});
