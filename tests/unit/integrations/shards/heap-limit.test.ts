import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ranOutOfHeap, shardHeapArgs, shardHeapMiB } from '../../../../src/integrations/shards/heap-limit';

describe("a shard process's heap", () => {
  it('is limited, unless the command line or NODE_OPTIONS already limit it', () => {
    expect(shardHeapArgs([], '')).toEqual([`--max-old-space-size=${shardHeapMiB}`]);
    expect(shardHeapArgs(['--max-old-space-size=4096'], '')).toEqual([]);
    expect(shardHeapArgs([], '--max-old-space-size=3000')).toEqual([]);
  });

  it('tells a process that ran out of its heap from one that failed otherwise', () => {
    const grow = 'const kept = []; for (;;) kept.push(new Array(1e5).fill(1));';
    const outOfHeap = spawnSync(process.execPath, ['--max-old-space-size=16', '-e', grow], { encoding: 'utf8' });
    expect(outOfHeap.stderr).toContain('heap');
    expect(ranOutOfHeap(outOfHeap.status, outOfHeap.signal)).toBe(true);
    const failed = spawnSync(process.execPath, ['-e', 'process.exit(1)']);
    expect(ranOutOfHeap(failed.status, failed.signal)).toBe(false);
  }, 30_000);
});
