import * as https from 'node:https';
import { Container, CosmosClient, Database, IndexingMode } from '@azure/cosmos';
import type { DefaultAzureCredential } from '@azure/identity';
import { AppConfig } from '../config';
import { Logger } from '../log';
import { CASES_COMPOSITE_INDEXES, CONTAINERS, ContainerName, expectedDefaultTtl } from './containers';
import type { EmbeddedCosmos } from './embedded';

export interface CosmosStore {
  client: CosmosClient;
  database: Database;
  container(name: ContainerName): Container;
  /** A cheap round trip to the database; false when it does not answer. */
  ping(): Promise<boolean>;
  embedded?: EmbeddedCosmos;
  close(): Promise<void>;
}

// The SDK's own 429 handling: retry throttled requests with the server's back-off, bounded in count and time
// so a turn still answers inside Teams' limits.
const RETRY_OPTIONS = { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 8 };

/**
 * Managed identity's credential, loaded only when the store uses it: @azure/identity is some 140 modules that
 * a bot on a key or on the embedded store never needs, and loading them was part of every start.
 */
function managedIdentity(): DefaultAzureCredential {
  const identity = require('@azure/identity') as typeof import('@azure/identity');
  return new identity.DefaultAzureCredential();
}

export function createCosmosClient(endpoint: string, auth: { key?: string }): CosmosClient {
  const isHttp = endpoint.startsWith('http://');
  return new CosmosClient({
    endpoint,
    ...(auth.key ? { key: auth.key } : { aadCredentials: managedIdentity() }),
    // Plain HTTP is only the embedded loopback server. The SDK allows it only with its own default agent
    // (which keeps connections alive); a custom agent would make it refuse http:// outright.
    ...(isHttp ? {} : { agent: new https.Agent({ keepAlive: true }) }),
    connectionPolicy: {
      enableEndpointDiscovery: !isHttp,
      retryOptions: RETRY_OPTIONS,
      requestTimeout: 5_000,
    },
  });
}

/**
 * createIfNotExists reads, then creates: two instances starting together on an empty store both find nothing
 * and both create, and the later one gets 409 Conflict. That means the resource is there, which is all a start
 * needs; a second attempt then finds it by the read.
 */
async function createTolerant<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (err) {
    if ((err as { code?: unknown }).code !== 409) throw err;
    return create();
  }
}

export async function ensureContainers(client: CosmosClient, databaseId: string, retentionDays?: number): Promise<Database> {
  const { database } = await createTolerant(() => client.databases.createIfNotExists({ id: databaseId }));
  for (const def of Object.values(CONTAINERS)) {
    await createTolerant(() =>
      database.containers.createIfNotExists({
        id: def.id,
        partitionKey: { paths: [def.partitionKey] },
        defaultTtl: retentionDays ? expectedDefaultTtl(def.id, retentionDays) : -1,
        ...(def.id === CONTAINERS.cases.id
          ? {
              indexingPolicy: {
                indexingMode: IndexingMode.consistent,
                automatic: true,
                includedPaths: [{ path: '/*' }],
                excludedPaths: [{ path: '/"_etag"/?' }],
                compositeIndexes: CASES_COMPOSITE_INDEXES.map((index) => index.map((p) => ({ ...p }))),
              },
            }
          : {}),
      }),
    );
  }
  return database;
}

export async function verifyContainers(client: CosmosClient, databaseId: string): Promise<Database> {
  const database = client.database(databaseId);
  for (const def of Object.values(CONTAINERS)) {
    try {
      await database.container(def.id).read();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new Error(
        code === 404
          ? `Cosmos container ${databaseId}/${def.id} does not exist: deploy infra/main.bicep, which creates it`
          : `cannot read Cosmos container ${databaseId}/${def.id} (${String(code ?? (err as Error).message)}): check that the app's managed identity has the Cosmos DB Built-in Data Contributor role`,
      );
    }
  }
  return database;
}

/** Starts the embedded server thread; loaded only without COSMOS_ENDPOINT (a production install has no emulator). */
export async function startEmbeddedStore(config: AppConfig, logger: Logger): Promise<EmbeddedCosmos> {
  if (config.cosmos.mode !== 'embedded') throw new Error('startEmbeddedStore: COSMOS_ENDPOINT is set');
  const { startEmbeddedCosmos } = await import('./embedded');
  return startEmbeddedCosmos({ dataDir: config.cosmos.dataDir, port: config.cosmos.port, logger });
}

/**
 * Opens the store. `starting` is the embedded server when the caller started it already (src/index.ts starts
 * its thread before loading the bot's code, so the two overlap).
 */
export async function openStore(config: AppConfig, logger: Logger, starting?: Promise<EmbeddedCosmos>): Promise<CosmosStore> {
  let embedded: EmbeddedCosmos | undefined;
  let client: CosmosClient;
  if (config.cosmos.mode === 'embedded') {
    embedded = await (starting ?? startEmbeddedStore(config, logger));
    client = createCosmosClient(embedded.endpoint, { key: embedded.key });
    logger.info('store.embedded_started', { endpoint: embedded.endpoint, dataDir: config.cosmos.dataDir });
  } else {
    client = createCosmosClient(config.cosmos.endpoint, { key: config.cosmos.key });
    logger.info('store.azure', { endpoint: config.cosmos.endpoint, auth: config.cosmos.key ? 'key' : 'managed-identity' });
  }
  // With managed identity the bot has data-plane rights only and cannot create databases or containers:
  // infra/main.bicep creates them, and here we only check that they are there.
  const database =
    config.cosmos.mode === 'azure' && !config.cosmos.key
      ? await verifyContainers(client, config.cosmos.database)
      : await ensureContainers(client, config.cosmos.database, config.retentionDays);
  if (embedded) {
    const restored = await embedded.restore(client, config.cosmos.database, Object.values(CONTAINERS).map((c) => c.id));
    logger.info('store.embedded_restored', { documents: restored });
  }
  return storeFrom(client, database, embedded);
}

export function storeFrom(client: CosmosClient, database: Database, embedded?: EmbeddedCosmos): CosmosStore {
  return {
    client,
    database,
    embedded,
    container: (name) => database.container(CONTAINERS[name].id),
    async ping() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (embedded) await embedded.close();
      client.dispose();
    },
  };
}
