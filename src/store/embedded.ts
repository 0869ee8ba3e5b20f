import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CosmosClient } from '@azure/cosmos';
import { z } from 'zod';
import { Logger } from '../log';
import { projectRoot } from '../paths';
import type { EmbeddedServerOptions, RoundTrips, ServerMessage } from './embeddedServer';
import type { ThreadMemory } from './threadMemory';
import { dropWalBefore, readWal } from './embeddedWal';

/** Marks the snapshot's own reads, so the server leaves them out of the round trips it counts for the bench. */
const UNCOUNTED_HEADER = 'x-bti-uncounted';

/**
 * The embedded default: a Cosmos-API server on loopback, for local use and pilots. It runs on a worker thread
 * of this process (src/store/embeddedServer.ts): it answers every query by scanning its documents in memory,
 * and on the main thread that work would hold up every turn as the data grows.
 * It keeps everything in memory, so we snapshot the data to a JSON file after writes (debounced) and on
 * shutdown, and load it at start; every write is also in a write-ahead log before it is answered
 * (src/store/embeddedWal.ts), replayed at start, so a killed process loses no write it confirmed.
 * Production uses Azure Cosmos DB, where none of this runs.
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
  /** The requests the server answered (reads, queries, writes) since the last reset; for `npm run bench`. */
  roundTrips(reset?: boolean): Promise<RoundTrips>;
  /** The server thread's own heap and external memory (its documents live there); for `npm run bench`. */
  memory(): Promise<ThreadMemory>;
  /** Resolves once the loaded snapshot has been written into the server. */
  restore(client: CosmosClient, database: string, containers: string[]): Promise<number>;
}

export interface EmbeddedOptions {
  dataDir?: string; // undefined → memory only (tests that do not need persistence)
  port?: number;
  host?: string;
  logger?: Logger;
  /**
   * Debounce for snapshots after writes, in ms (default 2 s). A snapshot reads every document through the
   * client on the bot's own thread; the write-ahead log already keeps every confirmed write, so under steady
   * writes a snapshot every couple of seconds loses nothing and costs a fraction of one every 250 ms.
   */
  saveDelayMs?: number;
}

/** The Cosmos-API emulator behind the embedded store: a development dependency, absent from a production install. */
export const EMULATOR_PACKAGE = '@vercel/cosmosdb-server';

export const EMULATOR_MISSING_MESSAGE =
  `COSMOS_ENDPOINT is not set, so BTI-bot would run its embedded local store, but the emulator it needs (${EMULATOR_PACKAGE}) ` +
  'is a development dependency and this install has none (npm ci --omit=dev). In production set COSMOS_ENDPOINT to the ' +
  'Azure Cosmos DB account (see infra/README.md); for local use run npm install (with the development dependencies).';

/**
 * Fails with a message an operator can act on when the emulator is not installed, instead of a module-not-found
 * stack from inside the server thread. `resolve` is a parameter so the missing case can be tested in a full install.
 */
export function assertEmulatorInstalled(resolve: (id: string) => string = require.resolve): void {
  try {
    resolve(EMULATOR_PACKAGE);
  } catch {
    throw new Error(EMULATOR_MISSING_MESSAGE);
  }
}

/**
 * The server thread's young generation, in MB (V8 splits it into two 4 MB semi-spaces and their large-object
 * space). V8's default, 16 MB semi-spaces, stays committed (and resident) at its largest once the thread has
 * been busy, even right after a collection: 32 MB of the process's RSS for a heap that holds about 15 MB.
 * Its requests allocate little and briefly (a parsed body, a query's result), so the smaller nursery costs
 * little; `npm run bench`'s memory run shows both (README, "Memory").
 */
export const SERVER_YOUNG_GENERATION_MB = 12;

/**
 * The server thread: in the build, its own entry point of the bundle (scripts/build.ts), found from the
 * project root since this module is inside dist/src/index.js there; in development and tests the .ts source,
 * through tsx's require hook (loader flags of the parent do not reach worker threads).
 */
function startServerThread(options: EmbeddedServerOptions): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: SERVER_YOUNG_GENERATION_MB };
  if (!__filename.endsWith('.ts')) return new Worker(path.join(projectRoot(), 'dist', 'src', 'store', 'embeddedServer.js'), { workerData: options, resourceLimits });
  const entry = JSON.stringify(path.join(__dirname, 'embeddedServer.ts'));
  return new Worker(`require('tsx/cjs'); require(${entry});`, { eval: true, workerData: options, resourceLimits });
}

export async function startEmbeddedCosmos(opts: EmbeddedOptions = {}): Promise<EmbeddedCosmos> {
  const host = opts.host ?? '127.0.0.1';
  const file = opts.dataDir ? path.resolve(opts.dataDir, 'cosmos-snapshot.json') : undefined;
  assertEmulatorInstalled();
  const log = opts.logger;
  let dirty = false;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  let snapshotSource: { client: CosmosClient; database: string; containers: string[] } | undefined;

  const walDir = opts.dataDir ? path.resolve(opts.dataDir) : undefined;
  const worker = startServerThread({ host, port: opts.port ?? 0, walDir, uncountedHeader: UNCOUNTED_HEADER });
  let rotated: ((gen: number) => void) | undefined;
  worker.on('message', (m: ServerMessage) => {
    if (typeof m === 'object' && 'rotated' in m) rotated?.(m.rotated);
  });
  /** A new log generation; the writes answered before it are in the server and so in the next snapshot. */
  const rotate = () => new Promise<number>((resolve) => ((rotated = resolve), worker.postMessage('rotate')));
  const statsWaiting: Array<(s: RoundTrips) => void> = [];
  worker.on('message', (m: ServerMessage) => {
    if (typeof m === 'object' && 'stats' in m) statsWaiting.shift()?.(m.stats);
  });
  const memoryWaiting: Array<(m: ThreadMemory) => void> = [];
  worker.on('message', (m: ServerMessage) => {
    if (typeof m === 'object' && 'memory' in m) memoryWaiting.shift()?.(m.memory);
  });
  worker.on('message', (m: ServerMessage) => {
    if (m !== 'write' || !file || !snapshotSource) return;
    dirty = true;
    if (!timer) timer = setTimeout(() => void saveNow(), opts.saveDelayMs ?? 2_000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const onMessage = (m: ServerMessage) => {
      if (typeof m === 'object' && 'listening' in m) resolve(m.listening);
      else if (typeof m === 'object' && 'error' in m) reject(new Error(`embedded Cosmos server: ${m.error}`));
      else return;
      worker.off('message', onMessage);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  // An unexpected end of the server thread is fatal for the store; say so instead of failing silently.
  worker.on('error', (err) => log?.error('embedded.server_failed', { error: err.message }));

  async function writeSnapshot(): Promise<void> {
    if (!file || !snapshotSource) return;
    const { client, database, containers } = snapshotSource;
    const generation = walDir ? await rotate() : 0;
    const snap: Snapshot = { version: 1, savedAt: new Date().toISOString(), database, containers: {} };
    const db = client.database(database);
    for (const c of containers) {
      const { resources } = await db.container(c).items.query('SELECT * FROM c', { initialHeaders: { [UNCOUNTED_HEADER]: '1' } }).fetchAll();
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
    if (walDir) dropWalBefore(walDir, generation);
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

  return {
    endpoint: `http://${host}:${port}`,
    key: EMBEDDED_KEY,
    port,
    roundTrips(reset = false) {
      return new Promise<RoundTrips>((resolve) => {
        statsWaiting.push(resolve);
        worker.postMessage(reset ? 'stats-reset' : 'stats');
      });
    },
    memory() {
      return new Promise<ThreadMemory>((resolve) => {
        memoryWaiting.push(resolve);
        worker.postMessage('memory');
      });
    },
    async restore(client, database, containers) {
      snapshotSource = { client, database, containers };
      if (!file) return 0;
      // Read before writing anything back: the restore's own writes go into the log as well.
      const logged = walDir ? readWal(walDir) : [];
      let count = 0;
      const db = client.database(database);
      if (fs.existsSync(file)) {
        const raw = fs.readFileSync(file, 'utf8');
        let snap: Snapshot | undefined;
        try {
          snap = snapshotSchema.parse(JSON.parse(raw));
        } catch {
          // Keep the unreadable file for an operator to inspect instead of overwriting it.
          const aside = `${file}.unreadable-${Date.now()}`;
          fs.renameSync(file, aside);
          log?.error('embedded.snapshot_unreadable', { movedTo: aside });
        }
        for (const c of containers) {
          for (const doc of snap?.containers[c] ?? []) {
            await db.container(c).items.upsert(doc);
            count++;
          }
        }
      }
      // Writes after the snapshot, in the order they were answered.
      for (const entry of logged) {
        if (!containers.includes(entry.c)) continue;
        if ('doc' in entry) {
          const copy = { ...entry.doc };
          for (const p of SYSTEM_PROPS) delete copy[p];
          await db.container(entry.c).items.upsert(copy);
        } else {
          await db.container(entry.c).item(entry.del, entry.pk as string).delete().catch((err: { code?: unknown }) => {
            if (err.code !== 404) throw err;
          });
        }
      }
      if (logged.length > 0) log?.info('embedded.log_replayed', { writes: logged.length });
      // A fresh snapshot holds all of it, and lets the replayed log generations go.
      dirty = logged.length > 0;
      if (dirty) await saveNow();
      return count;
    },
    async flush() {
      if (timer) clearTimeout(timer);
      if (snapshotSource) dirty = true;
      await saveNow();
    },
    async close() {
      if (timer) clearTimeout(timer);
      // The server thread reports writes by message, which may still be on its way: save regardless.
      if (snapshotSource) dirty = true;
      await saveNow();
      await new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('close');
      });
    },
  };
}
