import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Write-ahead log of the embedded store (src/store/embedded.ts). The snapshot of the in-memory server is written
 * a moment after writes (debounced), so a `kill -9` in that moment lost writes the bot had already confirmed to
 * the user. Now the server thread appends every successful document write to this log before it answers: the
 * resulting document (create, upsert, replace, patch all answer with it) or the deleted id. At start the log is
 * replayed on top of the snapshot. Replaying is idempotent: each entry sets a document to a state it had, in
 * order, so entries the snapshot already holds change nothing.
 *
 * Files: cosmos-wal.<generation>.jsonl. A snapshot starts a new generation first; once the snapshot is on disk,
 * the older generations are deleted (everything in them is in the snapshot).
 *
 * Durability: appended with a plain write, not fsync'ed. That survives the process being killed (the data is
 * in the operating system's cache), not a power cut or a crash of the machine itself.
 */

export type WalEntry = { c: string; doc: Record<string, unknown> } | { c: string; del: string; pk: unknown };

const FILE = /^cosmos-wal\.(\d+)\.jsonl$/;

export function walFiles(dir: string): Array<{ gen: number; file: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ m: FILE.exec(name), name }))
    .filter((x): x is { m: RegExpExecArray; name: string } => x.m !== null)
    .map(({ m, name }) => ({ gen: Number(m[1]), file: path.join(dir, name) }))
    .sort((a, b) => a.gen - b.gen);
}

export const walFile = (dir: string, gen: number) => path.join(dir, `cosmos-wal.${gen}.jsonl`);

/** Every entry of every generation, oldest first. A torn last line (killed mid-append) is skipped. */
export function readWal(dir: string): WalEntry[] {
  const entries: WalEntry[] = [];
  for (const { file } of walFiles(dir)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line) as WalEntry);
      } catch {
        /* an incomplete last line: its write was never answered */
      }
    }
  }
  return entries;
}

/** Deletes the generations before `gen` (their writes are in a snapshot now on disk). */
export function dropWalBefore(dir: string, gen: number): void {
  for (const f of walFiles(dir)) if (f.gen < gen) fs.rmSync(f.file, { force: true });
}

/** Documents path: /dbs/{db}/colls/{coll}/docs or /dbs/{db}/colls/{coll}/docs/{id}. */
const DOCS = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs(?:\/([^/?]+))?\/?(?:\?.*)?$/;

/** Server-thread side: records successful document writes before their answer leaves. */
export class WalWriter {
  private gen: number;

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.gen = (walFiles(dir).pop()?.gen ?? 0) + 1;
  }

  /** Starts a new generation; returns it. Writes answered from now on go to the new file. */
  rotate(): number {
    this.gen++;
    return this.gen;
  }

  /** Hooks one write request: its entry is appended just before the response is ended. */
  capture(req: IncomingMessage, res: ServerResponse): void {
    const match = DOCS.exec(req.url ?? '');
    if (!match) return;
    const container = decodeURIComponent(match[1]);
    const id = match[2] ? decodeURIComponent(match[2]) : undefined;
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    (res as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    };
    (res as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') keep(chunk);
      if (res.statusCode >= 200 && res.statusCode < 300) this.append(req, container, id, Buffer.concat(chunks));
      return end(chunk, ...rest);
    };
  }

  private append(req: IncomingMessage, container: string, id: string | undefined, body: Buffer): void {
    let entry: WalEntry | undefined;
    if (req.method === 'DELETE' && id) {
      const raw = req.headers['x-ms-documentdb-partitionkey'];
      let pk: unknown;
      try {
        pk = typeof raw === 'string' ? (JSON.parse(raw) as unknown[])[0] : undefined;
      } catch {
        pk = undefined;
      }
      entry = { c: container, del: id, pk };
    } else {
      try {
        const doc = JSON.parse(body.toString('utf8')) as unknown;
        if (doc && typeof doc === 'object' && !Array.isArray(doc) && typeof (doc as { id?: unknown }).id === 'string') entry = { c: container, doc: doc as Record<string, unknown> };
      } catch {
        entry = undefined;
      }
    }
    if (entry) fs.appendFileSync(walFile(this.dir, this.gen), JSON.stringify(entry) + '\n');
  }
}
