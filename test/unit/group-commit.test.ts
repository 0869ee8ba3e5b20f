import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/groupCommit';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('group commit per key', () => {
  it('runs the first job alone, then everything that arrived meanwhile as one batch, and answers each job', async () => {
    const batches: number[][] = [];
    const gc = new GroupCommit<number, string>(async (_key, jobs) => {
      batches.push(jobs);
      await tick();
      return jobs.map((j) => `done ${j}`);
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map((j) => gc.submit('card', j)));
    expect(results).toEqual(['done 1', 'done 2', 'done 3', 'done 4', 'done 5']);
    expect(batches).toEqual([[1], [2, 3, 4, 5]]);
    expect(gc.activeKeys).toBe(0);
  });

  it('never makes one key wait for another, and never runs two batches of one key at once', async () => {
    let running = 0;
    let maxRunning = 0;
    const runningByKey = new Map<string, number>();
    let maxPerKey = 0;
    const batchesByKey = new Map<string, number>();
    const gc = new GroupCommit<string, string>(async (key, jobs) => {
      batchesByKey.set(key, (batchesByKey.get(key) ?? 0) + 1);
      runningByKey.set(key, (runningByKey.get(key) ?? 0) + 1);
      running++;
      maxRunning = Math.max(maxRunning, running);
      maxPerKey = Math.max(maxPerKey, runningByKey.get(key)!);
      await tick();
      running--;
      runningByKey.set(key, runningByKey.get(key)! - 1);
      return jobs;
    });
    const results = await Promise.all(['a', 'b', 'a', 'b', 'a'].map((k, i) => gc.submit(k, `${k}${i}`)));
    expect(results).toEqual(['a0', 'b1', 'a2', 'b3', 'a4']);
    expect(maxRunning).toBe(2);
    expect(maxPerKey).toBe(1);
    expect(batchesByKey).toEqual(new Map([['a', 2], ['b', 2]]));
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const gc = new GroupCommit<number, number>(async (_k, jobs) => {
      sizes.push(jobs.length);
      await tick();
      return jobs;
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => gc.submit('k', i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });

  it('fails only the jobs of a batch that threw, and keeps serving the key afterwards', async () => {
    let calls = 0;
    const gc = new GroupCommit<number, number>(async (_k, jobs) => {
      calls++;
      await tick();
      if (calls === 1) throw new Error('store down');
      return jobs.map((j) => j * 10);
    });
    const first = gc.submit('k', 1);
    const later = [gc.submit('k', 2), gc.submit('k', 3)];
    await expect(first).rejects.toThrow('store down');
    expect(await Promise.all(later)).toEqual([20, 30]);
    expect(await gc.submit('k', 4)).toBe(40);
  });
});
