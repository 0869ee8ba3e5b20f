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
exports.EMULATOR_MISSING_MESSAGE = exports.EMULATOR_PACKAGE = exports.EMBEDDED_KEY = void 0;
exports.assertEmulatorInstalled = assertEmulatorInstalled;
exports.startEmbeddedCosmos = startEmbeddedCosmos;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_worker_threads_1 = require("node:worker_threads");
const zod_1 = require("zod");
const embeddedWal_1 = require("./embeddedWal");
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
exports.EMBEDDED_KEY = 'QlRJLWJvdCBsb2NhbCBkZXZlbG9wbWVudCBrZXkgLSBub3QgYSBzZWNyZXQ=';
const snapshotSchema = zod_1.z.object({
    version: zod_1.z.literal(1),
    savedAt: zod_1.z.string(),
    database: zod_1.z.string(),
    containers: zod_1.z.record(zod_1.z.array(zod_1.z.record(zod_1.z.unknown()))),
});
const SYSTEM_PROPS = ['_rid', '_self', '_etag', '_attachments', '_ts'];
/** The Cosmos-API emulator behind the embedded store: a development dependency, absent from a production install. */
exports.EMULATOR_PACKAGE = '@vercel/cosmosdb-server';
exports.EMULATOR_MISSING_MESSAGE = `COSMOS_ENDPOINT is not set, so BTI-bot would run its embedded local store, but the emulator it needs (${exports.EMULATOR_PACKAGE}) ` +
    'is a development dependency and this install has none (npm ci --omit=dev). In production set COSMOS_ENDPOINT to the ' +
    'Azure Cosmos DB account (see infra/README.md); for local use run npm install (with the development dependencies).';
/**
 * Fails with a message an operator can act on when the emulator is not installed, instead of a module-not-found
 * stack from inside the server thread. `resolve` is a parameter so the missing case can be tested in a full install.
 */
function assertEmulatorInstalled(resolve = require.resolve) {
    try {
        resolve(exports.EMULATOR_PACKAGE);
    }
    catch {
        throw new Error(exports.EMULATOR_MISSING_MESSAGE);
    }
}
/**
 * The server thread: the compiled .js in dist/; in development and tests the .ts source, through tsx's
 * require hook (loader flags of the parent do not reach worker threads).
 */
function startServerThread(options) {
    if (!__filename.endsWith('.ts'))
        return new node_worker_threads_1.Worker(path.join(__dirname, 'embeddedServer.js'), { workerData: options });
    const entry = JSON.stringify(path.join(__dirname, 'embeddedServer.ts'));
    return new node_worker_threads_1.Worker(`require('tsx/cjs'); require(${entry});`, { eval: true, workerData: options });
}
async function startEmbeddedCosmos(opts = {}) {
    const host = opts.host ?? '127.0.0.1';
    const file = opts.dataDir ? path.resolve(opts.dataDir, 'cosmos-snapshot.json') : undefined;
    assertEmulatorInstalled();
    const log = opts.logger;
    let dirty = false;
    let timer;
    let saving = Promise.resolve();
    let snapshotSource;
    const walDir = opts.dataDir ? path.resolve(opts.dataDir) : undefined;
    const worker = startServerThread({ host, port: opts.port ?? 0, walDir });
    let rotated;
    worker.on('message', (m) => {
        if (typeof m === 'object' && 'rotated' in m)
            rotated?.(m.rotated);
    });
    /** A new log generation; the writes answered before it are in the server and so in the next snapshot. */
    const rotate = () => new Promise((resolve) => ((rotated = resolve), worker.postMessage('rotate')));
    const statsWaiting = [];
    worker.on('message', (m) => {
        if (typeof m === 'object' && 'stats' in m)
            statsWaiting.shift()?.(m.stats);
    });
    worker.on('message', (m) => {
        if (m !== 'write' || !file || !snapshotSource)
            return;
        dirty = true;
        if (!timer)
            timer = setTimeout(() => void saveNow(), opts.saveDelayMs ?? 250);
    });
    const port = await new Promise((resolve, reject) => {
        const onMessage = (m) => {
            if (typeof m === 'object' && 'listening' in m)
                resolve(m.listening);
            else if (typeof m === 'object' && 'error' in m)
                reject(new Error(`embedded Cosmos server: ${m.error}`));
            else
                return;
            worker.off('message', onMessage);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
    });
    // An unexpected end of the server thread is fatal for the store; say so instead of failing silently.
    worker.on('error', (err) => log?.error('embedded.server_failed', { error: err.message }));
    async function writeSnapshot() {
        if (!file || !snapshotSource)
            return;
        const { client, database, containers } = snapshotSource;
        const generation = walDir ? await rotate() : 0;
        const snap = { version: 1, savedAt: new Date().toISOString(), database, containers: {} };
        const db = client.database(database);
        for (const c of containers) {
            const { resources } = await db.container(c).items.query('SELECT * FROM c').fetchAll();
            snap.containers[c] = resources.map((r) => {
                const copy = { ...r };
                for (const p of SYSTEM_PROPS)
                    delete copy[p];
                return copy;
            });
        }
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // Write-then-rename so a crash mid-write never leaves a half file behind.
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(snap));
        fs.renameSync(tmp, file);
        if (walDir)
            (0, embeddedWal_1.dropWalBefore)(walDir, generation);
    }
    function saveNow() {
        timer = undefined;
        if (!dirty)
            return saving;
        dirty = false;
        saving = saving
            .then(writeSnapshot)
            .catch((err) => {
            dirty = true;
            log?.error('embedded.snapshot_failed', { error: err instanceof Error ? err.message : String(err) });
        });
        return saving;
    }
    return {
        endpoint: `http://${host}:${port}`,
        key: exports.EMBEDDED_KEY,
        port,
        roundTrips(reset = false) {
            return new Promise((resolve) => {
                statsWaiting.push(resolve);
                worker.postMessage(reset ? 'stats-reset' : 'stats');
            });
        },
        async restore(client, database, containers) {
            snapshotSource = { client, database, containers };
            if (!file)
                return 0;
            // Read before writing anything back: the restore's own writes go into the log as well.
            const logged = walDir ? (0, embeddedWal_1.readWal)(walDir) : [];
            let count = 0;
            const db = client.database(database);
            if (fs.existsSync(file)) {
                const raw = fs.readFileSync(file, 'utf8');
                let snap;
                try {
                    snap = snapshotSchema.parse(JSON.parse(raw));
                }
                catch {
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
                if (!containers.includes(entry.c))
                    continue;
                if ('doc' in entry) {
                    const copy = { ...entry.doc };
                    for (const p of SYSTEM_PROPS)
                        delete copy[p];
                    await db.container(entry.c).items.upsert(copy);
                }
                else {
                    await db.container(entry.c).item(entry.del, entry.pk).delete().catch((err) => {
                        if (err.code !== 404)
                            throw err;
                    });
                }
            }
            if (logged.length > 0)
                log?.info('embedded.log_replayed', { writes: logged.length });
            // A fresh snapshot holds all of it, and lets the replayed log generations go.
            dirty = logged.length > 0;
            if (dirty)
                await saveNow();
            return count;
        },
        async flush() {
            if (timer)
                clearTimeout(timer);
            if (snapshotSource)
                dirty = true;
            await saveNow();
        },
        async close() {
            if (timer)
                clearTimeout(timer);
            // The server thread reports writes by message, which may still be on its way: save regardless.
            if (snapshotSource)
                dirty = true;
            await saveNow();
            await new Promise((resolve) => {
                worker.once('exit', () => resolve());
                worker.postMessage('close');
            });
        },
    };
}
//# sourceMappingURL=embedded.js.map