import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = new URL('../../..', import.meta.url).pathname;
const script = join(repo, 'src/cli/i18n-status.ts');

/** Runs `npm run i18n:status` as npm would: this Node, running the TypeScript file directly. */
const status = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, '--content', content, ...args], { encoding: 'utf8' });

describe('npm run i18n:status, on a copy of the real content', () => {
  let content: string;
  beforeEach(() => {
    content = join(mkdtempSync(join(tmpdir(), 'i18n-status-')), 'content');
    cpSync(join(repo, 'content'), content, { recursive: true });
  });
  afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

  it('reports every entry up to date and passes --strict', () => {
    const result = status(content, '--strict');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/stories\/phonepe-outage\n {2}bn {2}source .*\n {2}en {2}up to date/);
    expect(result.stdout).not.toMatch(/^ {2}[a-z]+ {2}(stale|missing) /m);
    expect(result.stdout).toContain('0 stale, 0 missing');
  });

  it('fails --strict when a source changed after its translation, naming the translation', () => {
    const source = join(content, 'explainers/bn/upi.mdx');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nএকটি নতুন অনুচ্ছেদ।\n`);
    const result = status(content, '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /en {2}stale {7}content\/explainers\/en\/upi\.mdx was translated from revision [0-9a-f]{12}/,
    );
    expect(status(content).status).toBe(0);
    // This copy is not in a git repository: the report says so rather than show changes.
    expect(result.stdout).toMatch(/Revision [0-9a-f]{12} of content\/explainers\/bn\/upi\.mdx is not in git history/);
  });

  it("shows a stale translation's translator what changed in the source, from git history", () => {
    const root = join(content, '..');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', ...args], { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'published');
    const source = join(content, 'explainers/bn/upi.mdx');
    const text = readFileSync(source, 'utf8');
    const firstLine = text.split('\n').find((line) => line.startsWith('title:'))!;
    writeFileSync(source, text.replace(firstLine, "title: 'ইউপিআই কী?'"));
    git('commit', '-q', '-am', 'new headline');
    const result = status(content, '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Changed in content\/explainers\/bn\/upi\.mdx since revision [0-9a-f]{12}:/);
    const changed = result.stdout.split('\n').filter((line) => /^ {6}[+-](?![+-]{2} )/.test(line));
    expect(changed.map((line) => line.trim())).toEqual([`-${firstLine}`, "+title: 'ইউপিআই কী?'"]);
    expect(status(content, '--brief').stdout).not.toContain('Changed in');
  });

  it('fails --strict when a translation is missing, naming the file to write', () => {
    unlinkSync(join(content, 'statements/en/paytm.mdx'));
    const result = status(content, '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('en  missing     content/statements/en/paytm.mdx does not exist yet');
    expect(result.stderr).toContain('translations are missing or stale');
  });
});
