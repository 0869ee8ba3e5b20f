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
const node_worker_threads_1 = require("node:worker_threads");
const embeddedWal_1 = require("./embeddedWal");
async function main() {
    const port = node_worker_threads_1.parentPort;
    if (!port)
        throw new Error('embeddedServer runs only as a worker thread');
    const opts = node_worker_threads_1.workerData;
    const send = (m) => port.postMessage(m);
    // Loaded here, not at the top: the emulator is a development dependency that a production install
    // (npm ci --omit=dev) does not have, and only this thread, started only without COSMOS_ENDPOINT, needs it.
    let createHttpServer;
    try {
        ({ createHttpServer } = await Promise.resolve().then(() => __importStar(require('@vercel/cosmosdb-server'))));
    }
    catch (err) {
        send({ error: err instanceof Error ? err.message : String(err) });
        return;
    }
    // keepAlive: without it the server answers "Connection: close" and every SDK request opens a new TCP connection.
    const server = createHttpServer({ keepAlive: true });
    const wal = opts.walDir ? new embeddedWal_1.WalWriter(opts.walDir) : undefined;
    // Any write that reaches the server (from this process or another instance sharing it) makes the snapshot stale,
    // and is in the write-ahead log before it is answered.
    const counted = { reads: 0, queries: 0, writes: 0 };
    server.prependListener('request', (req, res) => {
        if (req.method === 'GET')
            counted.reads++;
        else if (req.method === 'POST' && req.headers['x-ms-documentdb-isquery'])
            counted.queries++;
        else if (req.method) {
            counted.writes++;
            wal?.capture(req, res);
            send('write');
        }
    });
    server.once('error', (err) => send({ error: err.message }));
    server.listen(opts.port, opts.host, () => send({ listening: server.address().port }));
    port.on('message', (m) => {
        if (m === 'stats' || m === 'stats-reset') {
            send({ stats: { ...counted } });
            if (m === 'stats-reset')
                Object.assign(counted, { reads: 0, queries: 0, writes: 0 });
            return;
        }
        if (m === 'rotate') {
            send({ rotated: wal ? wal.rotate() : 0 });
            return;
        }
        if (m !== 'close')
            return;
        server.close(() => {
            send('closed');
            port.close();
        });
        server.closeAllConnections();
    });
}
void main();
//# sourceMappingURL=embeddedServer.js.map