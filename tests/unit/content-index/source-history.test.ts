import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceAtRevision, sourceChangesSince } from '../../../src/content-index/source-history';
import { revisionOf } from '../../../src/content-index/translation-status';

const first = "---\ntitle: 'ফোনপে বন্ধ'\n---\n\nসোমবার সন্ধ্যায় পেমেন্ট আটকে যায়।\n\nগ্রাহকেরা বিপাকে পড়েন।\n";
const second = first.replace('গ্রাহকেরা বিপাকে পড়েন।', 'লক্ষ লক্ষ গ্রাহক বিপাকে পড়েন।');
const third = `${second}\nসংস্থাটি ক্ষমা চেয়েছে।\n`;

describe('a source file at an earlier revision, from git history', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', ...args], { cwd: repo });
  const commit = (path: string, text: string) => {
    writeFileSync(join(repo, path), text);
    git('add', '-A');
    git('commit', '-q', '-m', 'edit');
  };

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'source-history-'));
    mkdirSync(join(repo, 'content/stories/bn'), { recursive: true });
    git('init', '-q');
    commit('content/stories/bn/outage.mdx', first);
    commit('content/stories/bn/outage.mdx', second);
    // Renamed after it was translated: the revision is still found, under its old name.
    git('mv', 'content/stories/bn/outage.mdx', 'content/stories/bn/phonepe-outage.mdx');
    commit('content/stories/bn/phonepe-outage.mdx', third);
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  const file = () => join(repo, 'content/stories/bn/phonepe-outage.mdx');

  it('finds the text a translation was made from by its revision, across a rename', () => {
    expect(sourceAtRevision(file(), revisionOf(first))).toBe(first);
    expect(sourceAtRevision(file(), revisionOf(second))).toBe(second);
  });

  it('shows the lines changed since that revision, and only those', () => {
    const source = readFileSync(file(), 'utf8');
    const diff = sourceChangesSince(
      { path: 'content/stories/bn/phonepe-outage.mdx', absolute: file(), source },
      revisionOf(first),
    )!;
    // Added and removed lines, not the two file headers.
    const changed = diff.split('\n').filter((line) => /^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line));
    expect(changed).toEqual(['-গ্রাহকেরা বিপাকে পড়েন।', '+লক্ষ লক্ষ গ্রাহক বিপাকে পড়েন।', '+', '+সংস্থাটি ক্ষমা চেয়েছে।']);
    expect(diff).toContain('revision ' + revisionOf(first));
  });

  it('finds nothing for a revision never committed, or outside a repository', () => {
    expect(sourceAtRevision(file(), revisionOf('never committed'))).toBeUndefined();
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-repo-'));
    writeFileSync(join(elsewhere, 'a.mdx'), first);
    expect(sourceAtRevision(join(elsewhere, 'a.mdx'), revisionOf(first))).toBeUndefined();
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
