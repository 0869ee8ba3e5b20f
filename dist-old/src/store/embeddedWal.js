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
exports.WalWriter = exports.walFile = void 0;
exports.walFiles = walFiles;
exports.readWal = readWal;
exports.dropWalBefore = dropWalBefore;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const FILE = /^cosmos-wal\.(\d+)\.jsonl$/;
function walFiles(dir) {
    if (!fs.existsSync(dir))
        return [];
    return fs
        .readdirSync(dir)
        .map((name) => ({ m: FILE.exec(name), name }))
        .filter((x) => x.m !== null)
        .map(({ m, name }) => ({ gen: Number(m[1]), file: path.join(dir, name) }))
        .sort((a, b) => a.gen - b.gen);
}
const walFile = (dir, gen) => path.join(dir, `cosmos-wal.${gen}.jsonl`);
exports.walFile = walFile;
/** Every entry of every generation, oldest first. A torn last line (killed mid-append) is skipped. */
function readWal(dir) {
    const entries = [];
    for (const { file } of walFiles(dir)) {
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
            if (!line)
                continue;
            try {
                entries.push(JSON.parse(line));
            }
            catch {
                /* an incomplete last line: its write was never answered */
            }
        }
    }
    return entries;
}
/** Deletes the generations before `gen` (their writes are in a snapshot now on disk). */
function dropWalBefore(dir, gen) {
    for (const f of walFiles(dir))
        if (f.gen < gen)
            fs.rmSync(f.file, { force: true });
}
/** Documents path: /dbs/{db}/colls/{coll}/docs or /dbs/{db}/colls/{coll}/docs/{id}. */
const DOCS = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs(?:\/([^/?]+))?\/?(?:\?.*)?$/;
/** Server-thread side: records successful document writes before their answer leaves. */
class WalWriter {
    dir;
    gen;
    constructor(dir) {
        this.dir = dir;
        fs.mkdirSync(dir, { recursive: true });
        this.gen = (walFiles(dir).pop()?.gen ?? 0) + 1;
    }
    /** Starts a new generation; returns it. Writes answered from now on go to the new file. */
    rotate() {
        this.gen++;
        return this.gen;
    }
    /** Hooks one write request: its entry is appended just before the response is ended. */
    capture(req, res) {
        const match = DOCS.exec(req.url ?? '');
        if (!match)
            return;
        const container = decodeURIComponent(match[1]);
        const id = match[2] ? decodeURIComponent(match[2]) : undefined;
        const chunks = [];
        const write = res.write.bind(res);
        const end = res.end.bind(res);
        const keep = (chunk) => {
            if (typeof chunk === 'string')
                chunks.push(Buffer.from(chunk));
            else if (chunk instanceof Uint8Array)
                chunks.push(Buffer.from(chunk));
        };
        res.write = (chunk, ...rest) => {
            keep(chunk);
            return write(chunk, ...rest);
        };
        res.end = (chunk, ...rest) => {
            if (chunk !== undefined && typeof chunk !== 'function')
                keep(chunk);
            if (res.statusCode >= 200 && res.statusCode < 300)
                this.append(req, container, id, Buffer.concat(chunks));
            return end(chunk, ...rest);
        };
    }
    append(req, container, id, body) {
        let entry;
        if (req.method === 'DELETE' && id) {
            const raw = req.headers['x-ms-documentdb-partitionkey'];
            let pk;
            try {
                pk = typeof raw === 'string' ? JSON.parse(raw)[0] : undefined;
            }
            catch {
                pk = undefined;
            }
            entry = { c: container, del: id, pk };
        }
        else {
            try {
                const doc = JSON.parse(body.toString('utf8'));
                if (doc && typeof doc === 'object' && !Array.isArray(doc) && typeof doc.id === 'string')
                    entry = { c: container, doc: doc };
            }
            catch {
                entry = undefined;
            }
        }
        if (entry)
            fs.appendFileSync((0, exports.walFile)(this.dir, this.gen), JSON.stringify(entry) + '\n');
    }
}
exports.WalWriter = WalWriter;
//# sourceMappingURL=embeddedWal.js.map