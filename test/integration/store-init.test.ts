import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosClient } from '@azure/cosmos';
import { startEmbeddedCosmos, EmbeddedCosmos } from '../../src/store/embedded';
import { createCosmosClient, ensureContainers } from '../../src/store/cosmos';
import { CONTAINERS } from '../../src/store/containers';

/**
 * Scale-out on a first deploy: several instances start at the same moment on an empty store, and each
 * creates the database and containers. Whoever loses the race gets 409 Conflict from the server; that
 * means "already there", not a failed start.
 */
describe('store creation by instances starting together', () => {
  let embedded: EmbeddedCosmos;
  const clients: CosmosClient[] = [];
  beforeAll(async () => {
    embedded = await startEmbeddedCosmos();
  });
  afterAll(async () => {
    for (const c of clients) c.dispose();
    await embedded?.close();
  });
  const client = () => {
    const c = createCosmosClient(embedded.endpoint, { key: embedded.key });
    clients.push(c);
    return c;
  };

  it('every one of several concurrent starts on a fresh store succeeds, and the containers exist once', async () => {
    // Several fresh databases, four instances each, so the creates really race (each starts with a read).
    for (let round = 0; round < 5; round++) {
      const database = `race${round}`;
      const results = await Promise.allSettled(Array.from({ length: 4 }, () => ensureContainers(client(), database, 365)));
      expect(results.map((r) => (r.status === 'rejected' ? String((r.reason as { code?: unknown }).code ?? r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
      const { resources } = await client().database(database).containers.readAll().fetchAll();
      expect(resources.map((c) => c.id).sort()).toEqual(Object.values(CONTAINERS).map((c) => c.id).sort());
    }
  });
});
