import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import type { ConnectorStandIn, RosterMember } from '../test/support/connector';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { startBot } from '../src/startup';
import { threadMemory, ThreadMemory } from '../src/store/threadMemory';

/**
 * One server under test, in its own process so the load generator does not share its event loop.
 * Usage: tsx bench/target.ts bare|echo|bti|sink. Talks to the bench over IPC: sends { ready: url }, obeys
 * { cmd: 'stop' }; the bot answers { cmd: 'roundTrips' } (its store requests) and { cmd: 'memory' } (MemoryReport); the
 * sink also answers { cmd: 'stats' } and { cmd: 'roster' }.
 * The bot's process loads only what it needs (the baselines and the stand-in are imported for their own kinds):
 * the memory run (bench/run.ts) measures this process, compiled, as the bot's.
 */
type Command =
  | { cmd: 'stop' }
  | { cmd: 'stats'; reset?: boolean }
  | { cmd: 'roundTrips'; reset?: boolean }
  | { cmd: 'memory' }
  | { cmd: 'roster'; conversationId: string; members: RosterMember[] };

const send = (msg: unknown) => process.send?.(msg);

/** Main-thread collections, summed from the start: what a young-generation setting costs the turns. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

/** The bot process's memory, in bytes, after a full collection on both threads (the process runs with --expose-gc). */
export interface MemoryReport {
  /** VmRSS, and its anonymous (heaps, malloc) and file-backed (the node binary, libraries) parts, from /proc. */
  rss: number;
  rssAnon?: number;
  rssFile?: number;
  main: ThreadMemory;
  /** The embedded store's server thread (its documents live there); absent on Azure Cosmos DB. */
  worker?: ThreadMemory;
  /** Documents in the store by container and type: data, which Azure Cosmos DB would hold outside the process. */
  documents?: Record<string, number>;
  /** Bytes of the embedded store's snapshot and write-ahead log on disk. */
  dataDirBytes?: number;
  /** Time the main thread spent in garbage collection so far, in ms (the store thread's collections are its own). */
  gcMs: number;
  /** Modules loaded, and whether any of them is tsx's (the memory run's process must run without it). */
  modules: number;
  tsx: boolean;
  /** CPU time of the whole process so far (user + system, both threads), in ms: a GC setting's cost per turn, which a loaded machine blurs less than req/s. */
  cpuMs: number;
}

function procStatus(): { rss: number; rssAnon?: number; rssFile?: number } {
  const kb = (name: string, text: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : undefined;
  };
  try {
    const text = fs.readFileSync('/proc/self/status', 'utf8');
    return { rss: kb('VmRSS', text) ?? process.memoryUsage().rss, rssAnon: kb('RssAnon', text), rssFile: kb('RssFile', text) };
  } catch {
    return { rss: process.memoryUsage().rss };
  }
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  let stop: () => Promise<void> = async () => undefined;
  let sink: ConnectorStandIn | undefined;
  let store: import('../src/store/cosmos').CosmosStore | undefined;
  let dataDir: string | undefined;
  if (kind === 'bare' || kind === 'echo') {
    const { startBareEndpoint, startEchoBot } = await import('./baseline-echo');
    const { url, server } = kind === 'bare' ? await startBareEndpoint() : await startEchoBot();
    stop = async () => void server.close();
    send({ ready: url });
  } else if (kind === 'sink') {
    const { ConnectorStandIn } = await import('../test/support/connector');
    sink = await new ConnectorStandIn().start();
    const s = sink;
    stop = () => s.stop();
    send({ ready: s.url });
  } else if (kind === 'bti') {
    dataDir = process.env.EMBEDDED_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bti-bench-'));
    const result = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    // Logs go to stdout as in production; the bench discards them.
    const running = await startBot(result.config, createLogger(result.config.logLevel, { service: 'bti-bot' }));
    store = running.store;
    stop = () => running.stop();
    send({ ready: running.url });
  } else {
    throw new Error(`unknown target ${kind}`);
  }

  process.on('message', (raw: Command) => {
    void (async () => {
      if (raw.cmd === 'stop') {
        await stop();
        process.exit(0);
      } else if (raw.cmd === 'stats' && sink) {
        const byMethod: Record<string, number> = {};
        for (const c of sink.calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
        const errors = sink.calls.filter((c) => c.method === 'POST' && typeof c.body?.text === 'string' && /noe gikk galt|databasen/.test(c.body.text)).length;
        if (raw.reset) sink.clear();
        send({ stats: { byMethod, errorReplies: errors } });
      } else if (raw.cmd === 'roundTrips') {
        send({ roundTrips: store?.embedded ? await store.embedded.roundTrips(raw.reset) : undefined });
      } else if (raw.cmd === 'memory') {
        send({ memory: await memoryReport(store, dataDir) });
      } else if (raw.cmd === 'roster' && sink) {
        sink.setRoster(raw.conversationId, raw.members);
        send({ ok: true });
      }
    })();
  });
}

/**
 * Collected first (both threads: gc needs --expose-gc), then a pause, since V8 hands freed pages back to the
 * system a moment after a collection; the counts of documents come after the figures, so their query is not in them.
 */
async function memoryReport(store: import('../src/store/cosmos').CosmosStore | undefined, dataDir: string | undefined): Promise<MemoryReport> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const worker = await store?.embedded?.memory();
  await new Promise((r) => setTimeout(r, 500));
  const main = threadMemory();
  const cpu = process.cpuUsage();
  const loaded = Object.keys(require.cache);
  const report: MemoryReport = { ...procStatus(), main, worker, gcMs, cpuMs: (cpu.user + cpu.system) / 1000, modules: loaded.length, tsx: loaded.some((f) => /[\\/]node_modules[\\/]tsx[\\/]/.test(f)) };
  if (store) {
    const documents: Record<string, number> = {};
    for (const c of ['cases', 'conversations', 'reminders', 'botstate']) {
      const { resources } = await store.database.container(c).items.query<{ type?: string }>('SELECT c.type FROM c').fetchAll();
      for (const r of resources) documents[`${c}/${r.type ?? '-'}`] = (documents[`${c}/${r.type ?? '-'}`] ?? 0) + 1;
    }
    report.documents = documents;
  }
  if (dataDir && fs.existsSync(dataDir)) report.dataDirBytes = fs.readdirSync(dataDir).reduce((a, f) => a + fs.statSync(path.join(dataDir, f)).size, 0);
  return report;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench target failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
