"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCosmosClient = createCosmosClient;
exports.ensureContainers = ensureContainers;
exports.verifyContainers = verifyContainers;
exports.openStore = openStore;
exports.storeFrom = storeFrom;
const https = __importStar(require("node:https"));
const cosmos_1 = require("@azure/cosmos");
const identity_1 = require("@azure/identity");
const containers_1 = require("./containers");
// The SDK's own 429 handling: retry throttled requests with the server's back-off, bounded in count and time
// so a turn still answers inside Teams' limits.
const RETRY_OPTIONS = { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 8 };
function createCosmosClient(endpoint, auth) {
    const isHttp = endpoint.startsWith('http://');
    return new cosmos_1.CosmosClient({
        endpoint,
        ...(auth.key ? { key: auth.key } : { aadCredentials: new identity_1.DefaultAzureCredential() }),
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
async function createTolerant(create) {
    try {
        return await create();
    }
    catch (err) {
        if (err.code !== 409)
            throw err;
        return create();
    }
}
async function ensureContainers(client, databaseId, retentionDays) {
    const { database } = await createTolerant(() => client.databases.createIfNotExists({ id: databaseId }));
    for (const def of Object.values(containers_1.CONTAINERS)) {
        await createTolerant(() => database.containers.createIfNotExists({
            id: def.id,
            partitionKey: { paths: [def.partitionKey] },
            defaultTtl: retentionDays ? (0, containers_1.expectedDefaultTtl)(def.id, retentionDays) : -1,
        }));
    }
    return database;
}
async function verifyContainers(client, databaseId) {
    const database = client.database(databaseId);
    for (const def of Object.values(containers_1.CONTAINERS)) {
        try {
            await database.container(def.id).read();
        }
        catch (err) {
            const code = err.code;
            throw new Error(code === 404
                ? `Cosmos container ${databaseId}/${def.id} does not exist: deploy infra/main.bicep, which creates it`
                : `cannot read Cosmos container ${databaseId}/${def.id} (${String(code ?? err.message)}): check that the app's managed identity has the Cosmos DB Built-in Data Contributor role`);
        }
    }
    return database;
}
async function openStore(config, logger) {
    let embedded;
    let client;
    if (config.cosmos.mode === 'embedded') {
        // Loaded only without COSMOS_ENDPOINT: a production install has no emulator, and Azure needs none of this.
        const { startEmbeddedCosmos } = await Promise.resolve().then(() => __importStar(require('./embedded')));
        embedded = await startEmbeddedCosmos({ dataDir: config.cosmos.dataDir, port: config.cosmos.port, logger });
        client = createCosmosClient(embedded.endpoint, { key: embedded.key });
        logger.info('store.embedded_started', { endpoint: embedded.endpoint, dataDir: config.cosmos.dataDir });
    }
    else {
        client = createCosmosClient(config.cosmos.endpoint, { key: config.cosmos.key });
        logger.info('store.azure', { endpoint: config.cosmos.endpoint, auth: config.cosmos.key ? 'key' : 'managed-identity' });
    }
    // With managed identity the bot has data-plane rights only and cannot create databases or containers:
    // infra/main.bicep creates them, and here we only check that they are there.
    const database = config.cosmos.mode === 'azure' && !config.cosmos.key
        ? await verifyContainers(client, config.cosmos.database)
        : await ensureContainers(client, config.cosmos.database, config.retentionDays);
    if (embedded) {
        const restored = await embedded.restore(client, config.cosmos.database, Object.values(containers_1.CONTAINERS).map((c) => c.id));
        logger.info('store.embedded_restored', { documents: restored });
    }
    return storeFrom(client, database, embedded);
}
function storeFrom(client, database, embedded) {
    return {
        client,
        database,
        embedded,
        container: (name) => database.container(containers_1.CONTAINERS[name].id),
        async ping() {
            try {
                await database.read();
                return true;
            }
            catch {
                return false;
            }
        },
        async close() {
            if (embedded)
                await embedded.close();
            client.dispose();
        },
    };
}
//# sourceMappingURL=cosmos.js.map