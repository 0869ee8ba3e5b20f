import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { CosmosClient } from '@azure/cosmos';
import { z } from 'zod';
import { Logger } from '../log';

/**
 * The embedded default: a Cosmos-API server in this process on loopback, for local use and pilots.
 * It keeps everything in memory, so we snapshot the data to a JSON file after writes (debounced) and on
 * shutdown, and load it at start. Production uses Azure Cosmos DB, where none of this runs.
 */

/** The key the local server accepts (it does not check keys); any base64 string works. */
export const EMBEDDED_KEY = 'QlRJLWJvdCBsb2NhbCBkZXZlbG9wbWVudCBrZXkgLSBub3QgYSBzZWNyZXQ=';

const snapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  database: z.string(),
  containers: z.record(z.array(z.record(z.unknown()))),
});
type Snapshot = z.infer<typeof snapshotSchema>;

const SYSTEM_PROPS = ['_rid', '_self', '_etag', '_attachments', '_ts'];

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  port: number;
  /** Resolves when the pending snapshot (if any) is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
  /** Resolves once the loaded snapshot has been written into the server. */
  restore(client: CosmosClient, database: string, containers: string[]): Promise<number>;
}

export interface EmbeddedOptions {
  dataDir?: string; // undefined → memory only (tests that do not need persistence)
  port?: number;
  host?: string;
  logger?: Logger;
  /** Debounce for snapshots after writes, in ms. */
  saveDelayMs?: number;
}

export async function startEmbeddedCosmos(opts: EmbeddedOptions = {}): Promise<EmbeddedCosmos> {
  // keepAlive: without it the server answers "Connection: close" and every SDK request opens a new TCP connection.
  const server: http.Server = createHttpServer({ keepAlive: true });
  const host = opts.host ?? '127.0.0.1';
  const file = opts.dataDir ? path.resolve(opts.dataDir, 'cosmos-snapshot.json') : undefined;
  const log = opts.logger;
  let dirty = false;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  let snapshotSource: { client: CosmosClient; database: string; containers: string[] } | undefined;

  // Any write that reaches the server marks the data dirty, whoever sent it (this process or another
  // instance sharing the server over loopback).
  server.prependListener('request', (req: http.IncomingMessage) => {
    if (req.method && req.method !== 'GET' && !(req.method === 'POST' && req.headers['x-ms-documentdb-isquery'])) {
      if (!file || !snapshotSource) return;
      dirty = true;
      if (!timer) timer = setTimeout(() => void saveNow(), opts.saveDelayMs ?? 250);
    }
  });

  async function writeSnapshot(): Promise<void> {
    if (!file || !snapshotSource) return;
    const { client, database, containers } = snapshotSource;
    const snap: Snapshot = { version: 1, savedAt: new Date().toISOString(), database, containers: {} };
    const db = client.database(database);
    for (const c of containers) {
      const { resources } = await db.container(c).items.query('SELECT * FROM c').fetchAll();
      snap.containers[c] = resources.map((r: Record<string, unknown>) => {
        const copy = { ...r };
        for (const p of SYSTEM_PROPS) delete copy[p];
        return copy;
      });
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write-then-rename so a crash mid-write never leaves a half file behind.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(snap));
    fs.renameSync(tmp, file);
  }

  function saveNow(): Promise<void> {
    timer = undefined;
    if (!dirty) return saving;
    dirty = false;
    saving = saving
      .then(writeSnapshot)
      .catch((err: unknown) => {
        dirty = true;
        log?.error('embedded.snapshot_failed', { error: err instanceof Error ? err.message : String(err) });
      });
    return saving;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://${host}:${port}`,
    key: EMBEDDED_KEY,
    port,
    async restore(client, database, containers) {
      snapshotSource = { client, database, containers };
      if (!file || !fs.existsSync(file)) return 0;
      const raw = fs.readFileSync(file, 'utf8');
      let snap: Snapshot;
      try {
        snap = snapshotSchema.parse(JSON.parse(raw));
      } catch {
        // Keep the unreadable file for an operator to inspect instead of overwriting it.
        const aside = `${file}.unreadable-${Date.now()}`;
        fs.renameSync(file, aside);
        log?.error('embedded.snapshot_unreadable', { movedTo: aside });
        return 0;
      }
      let count = 0;
      const db = client.database(database);
      for (const c of containers) {
        for (const doc of snap.containers[c] ?? []) {
          await db.container(c).items.upsert(doc);
          count++;
        }
      }
      dirty = false;
      return count;
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await saveNow();
    },
    async close() {
      if (timer) clearTimeout(timer);
      await saveNow();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
