import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, contentIndex, frontmatterOf } from '../../../src/content-index/content-index';
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
    return liveUpdatesOf({ file, body: bodyOf(source), data, index: contentIndex(join(root, 'content')) });
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
});
