import { describe, it, expect } from 'vitest';
import { TurnLimiter } from '../../src/turnLimiter';

const tick = () => new Promise((r) => setImmediate(r));

describe('TurnLimiter', () => {
  it('never runs more than its cap at once, and runs every job', async () => {
    const limiter = new TurnLimiter(4);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          for (let k = 0; k < (i % 5) + 1; k++) await tick();
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(4);
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(limiter.inFlight).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  it('starts waiting jobs in arrival order and frees the slot when a job fails', async () => {
    const limiter = new TurnLimiter(1);
    const order: number[] = [];
    const failing = limiter.run(async () => {
      await tick();
      throw new Error('boom');
    });
    const rest = [1, 2, 3].map((n) => limiter.run(async () => void order.push(n)));
    await expect(failing).rejects.toThrow('boom');
    await Promise.all(rest);
    expect(order).toEqual([1, 2, 3]);
    expect(limiter.inFlight).toBe(0);
  });

  it('lets a turn give its place to the next one early, and counts the release once', async () => {
    const limiter = new TurnLimiter(1);
    let releaseFirst!: () => void;
    const firstWaits = new Promise<void>((r) => (releaseFirst = r));
    const order: string[] = [];
    const first = limiter.run(async (slot) => {
      order.push('first starts');
      slot.release();
      slot.release();
      await firstWaits;
      order.push('first ends');
    });
    const second = limiter.run(async () => void order.push('second runs'));
    await second;
    // The second turn ran while the first was still waiting, because the first released its place.
    expect(order).toEqual(['first starts', 'second runs']);
    releaseFirst();
    await first;
    expect(limiter.inFlight).toBe(0);
    // A double release did not free a place that was never held: the cap still holds.
    let running = 0;
    let peak = 0;
    await Promise.all(Array.from({ length: 5 }, () => limiter.run(async () => { running++; peak = Math.max(peak, running); await tick(); running--; })));
    expect(peak).toBe(1);
  });
});
