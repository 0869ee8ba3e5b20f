import { startEmbeddedCosmos, EmbeddedCosmos } from '../../src/store/embedded';
import { createCosmosClient, ensureContainers, storeFrom, CosmosStore } from '../../src/store/cosmos';
import { CONTAINERS } from '../../src/store/containers';

/** A real Cosmos-API server on loopback with the real @azure/cosmos client: the store integration tests use it. */
export async function startTestStore(opts: { dataDir?: string; database?: string } = {}): Promise<{ store: CosmosStore; embedded: EmbeddedCosmos }> {
  const embedded = await startEmbeddedCosmos({ dataDir: opts.dataDir, saveDelayMs: 20 });
  const client = createCosmosClient(embedded.endpoint, { key: embedded.key });
  const database = await ensureContainers(client, opts.database ?? 'btibot');
  await embedded.restore(client, opts.database ?? 'btibot', Object.values(CONTAINERS).map((c) => c.id));
  return { store: storeFrom(client, database, embedded), embedded };
}
