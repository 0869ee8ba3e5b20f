import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { CosmosStore } from '../../src/store/cosmos';
import { EmbeddedCosmos, SERVER_YOUNG_GENERATION_MB } from '../../src/store/embedded';
import { threadMemory } from '../../src/store/threadMemory';
import { startTestStore } from '../support/store';

/** The server thread's own memory, which `npm run bench` reports beside the main thread's (bench/run.ts). */
describe('embedded store: the server thread reports its own memory', () => {
  let store: CosmosStore;
  let embedded: EmbeddedCosmos;
  beforeAll(async () => {
    ({ store, embedded } = await startTestStore());
  });
  afterAll(async () => {
    await store.close();
  });

  it("answers with its own heap, whose young generation stays within the thread's limit under writes", async () => {
    const c = store.container('cases');
    const filler = 'x'.repeat(2_000);
    // Enough allocation on the server thread (bodies, documents, answers) for V8 to grow a nursery to its limit.
    for (let batch = 0; batch < 40; batch++) {
      await Promise.all(Array.from({ length: 25 }, (_, i) => c.items.upsert({ id: `m${batch}-${i}`, pk: `team:${batch % 4}`, type: 'case', filler })));
    }
    const worker = await embedded.memory();
    const main = threadMemory();
    expect(worker.heapUsed).toBeGreaterThan(0);
    expect(worker.heapUsed).toBeLessThanOrEqual(worker.heapTotal);
    // Two semi-spaces of a third of the young generation each: the limit set on the thread, not V8's default (2 × 16 MB).
    expect(worker.newSpace).toBeGreaterThan(0);
    expect(worker.newSpace).toBeLessThanOrEqual(((2 * SERVER_YOUNG_GENERATION_MB) / 3) * 1024 * 1024);
    // Another isolate than this thread's: the figures are not the main thread's own.
    expect(worker.heapTotal).not.toBe(main.heapTotal);
  });
});
