import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { WalWriter } from './embeddedWal';
import { installPartitionIndex } from './embeddedPartitionIndex';

/**
 * Worker-thread entry of the embedded store (src/store/embedded.ts): the Cosmos-API server runs here, on its
 * own thread, so evaluating queries over the in-memory documents never holds up the bot's turns.
 * Messages to the parent: { listening: port } | { error: message } | 'write' (after any write) | 'closed' |
 * { rotated: generation }. From the parent: 'close' | 'rotate' (start a new write-ahead log generation) |
 * 'stats' | 'stats-reset' (answered with { stats }, the round trips counted so far; the second also zeroes them).
 */
export interface EmbeddedServerOptions {
  host: string;
  port: number;
  /** Folder of the write-ahead log (src/store/embeddedWal.ts); none when the store is memory only. */
  walDir?: string;
  /** A request with this header is the store's own work (its snapshot), not counted among the round trips. */
  uncountedHeader?: string;
}

export type ServerMessage = { listening: number } | { error: string } | 'write' | 'closed' | { rotated: number } | { stats: RoundTrips };

/** Requests the server answered, by kind: what `npm run bench` reports as store round trips per turn. */
export interface RoundTrips {
  reads: number;
  queries: number;
  /**
   * The SDK asks for a query plan beside every query (in parallel with it, to use only if the query needs one):
   * a request of its own, but no write. Counted apart, and never marking the snapshot stale: read-only traffic
   * used to rewrite the whole snapshot four times a second.
   */
  queryPlans: number;
  writes: number;
  /** Queries answered from one partition's documents, or the open-outbox set, only (src/store/embeddedPartitionIndex.ts). */
  partitionScoped: number;
  /**
   * Documents the queries handed to the emulator's query engine, which evaluates every one of them: what a
   * query costs here grows with this, so it shows which query's cost grows with the store.
   */
  scanned: number;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('embeddedServer runs only as a worker thread');
  const opts = workerData as EmbeddedServerOptions;
  const send = (m: ServerMessage) => port.postMessage(m);
  // Loaded here, not at the top: the emulator is a development dependency that a production install
  // (npm ci --omit=dev) does not have, and only this thread, started only without COSMOS_ENDPOINT, needs it.
  const counted: RoundTrips = { reads: 0, queries: 0, queryPlans: 0, writes: 0, partitionScoped: 0, scanned: 0 };
  let createHttpServer: typeof import('@vercel/cosmosdb-server').createHttpServer;
  try {
    ({ createHttpServer } = await import('@vercel/cosmosdb-server'));
    // Queries scoped to one partition read that partition only, as on Azure (src/store/embeddedPartitionIndex.ts).
    // Under tsx the CommonJS module arrives wrapped once more (its exports object as the default) than in dist/.
    const items = (await import('@vercel/cosmosdb-server/lib/account/items.js')) as { default: { prototype: unknown; default?: { prototype: unknown } } };
    installPartitionIndex(items.default.default ?? items.default, (q) => {
      counted.partitionScoped += +q.scoped;
      counted.scanned += q.scanned;
    });
  } catch (err) {
    send({ error: err instanceof Error ? err.message : String(err) });
    return;
  }
  // keepAlive: without it the server answers "Connection: close" and every SDK request opens a new TCP connection.
  const server: http.Server = createHttpServer({ keepAlive: true });
  answerQueryPlansFirst(server);
  const wal = opts.walDir ? new WalWriter(opts.walDir) : undefined;
  // Any write that reaches the server (from this process or another instance sharing it) makes the snapshot stale,
  // and is in the write-ahead log before it is answered.
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const counts = !(opts.uncountedHeader && req.headers[opts.uncountedHeader]);
    if (req.method === 'GET') counted.reads += +counts;
    else if (req.method === 'POST' && req.headers['x-ms-cosmos-is-query-plan-request']) counted.queryPlans += +counts;
    else if (req.method === 'POST' && req.headers['x-ms-documentdb-isquery']) counted.queries += +counts;
    else if (req.method) {
      counted.writes++;
      wal?.capture(req, res);
      send('write');
    }
  });
  server.once('error', (err) => send({ error: err.message }));
  server.listen(opts.port, opts.host, () => send({ listening: (server.address() as AddressInfo).port }));
  port.on('message', (m: unknown) => {
    if (m === 'stats' || m === 'stats-reset') {
      send({ stats: { ...counted } });
      if (m === 'stats-reset') Object.assign(counted, { reads: 0, queries: 0, queryPlans: 0, writes: 0, partitionScoped: 0, scanned: 0 });
      return;
    }
    if (m === 'rotate') {
      send({ rotated: wal ? wal.rotate() : 0 });
      return;
    }
    if (m !== 'close') return;
    server.close(() => {
      send('closed');
      port.close();
    });
    server.closeAllConnections();
  });
}

/**
 * The plan Azure's gateway gives a query that needs no work on the client: no TOP, ORDER BY, aggregate, GROUP
 * BY or DISTINCT to merge, the original query run as it is on the one range of partition keys there is. The SDK
 * asks for a plan beside every query and uses it only when the query itself comes back asking for one, which
 * this server never does; and were it used, it is right here, where all documents are in one range and the
 * server answers every query in full.
 */
const QUERY_PLAN = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
});

/**
 * The emulator takes a query-plan request for the query itself (both are POSTs of application/query+json), so it
 * ran every query twice and sent the documents back twice, the second time to be parsed and thrown away by the
 * SDK. The plan is answered here instead, before the emulator's own handler, with the plan Azure would give.
 */
function answerQueryPlansFirst(server: http.Server): void {
  // Called right after the server is made: its only listeners are the emulator's.
  const emulator = server.listeners('request') as ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method === 'POST' && req.headers['x-ms-cosmos-is-query-plan-request']) {
      req.resume();
      res.writeHead(200, {
        'content-type': 'application/json',
        connection: 'keep-alive',
        'x-ms-activity-id': randomUUID(),
        'x-ms-request-charge': '0',
      });
      res.end(QUERY_PLAN);
      return;
    }
    for (const handler of emulator) handler.call(server, req, res);
  });
}

void main();
