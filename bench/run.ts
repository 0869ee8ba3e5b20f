import { ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { messageActivity, messageExtensionQuery, makeUser, TestUser } from '../test/support/activities';
import { CARD_SAMPLES } from '../test/support/cardSamples';
import { CARD_ACTION_SCENARIO, CardActionScenario, SINGLE_PRESS_SCENARIO } from './cardAction';
import type { RoundTrips } from '../src/store/embeddedServer';
import type { GrowthRow } from './growth';
import type { MemoryReport } from './target';
import { EMBEDDED_KEY } from '../src/store/embedded';
import { buildDist } from '../scripts/build';

/**
 * `npm run bench`: one run on this machine, every figure from the same run.
 *   (a) bare restify endpoint answering 200 (the ceiling)
 *   (b) minimal botbuilder echo bot on CloudAdapter (the baseline), replying through a connector stand-in
 *   (c) BTI-bot's help turn ("hjelp" → help card sent to the stand-in)
 *   (d) BTI-bot's state-changing card action (reads and writes the case in the embedded store)
 *   (e) BTI-bot's compose-box verktøy search (message extension query, answered in the invoke response)
 *   (g), (h) BTI-bot's case list ("saker": a store read and a card) on each runtime, BOT_RUNTIME=teams-ai and
 *       teams-sdk: the same job through botbuilder + Teams AI v1 and through the Teams SDK 2
 * Each server runs in its own process; autocannon runs here; the connector stand-in runs in a third process.
 *   (f) BTI-bot's single card press: agreements, each on another avklaring card (1 and 10 connections)
 * plus start-up to /readyz, the memory run (memoryRun: the compiled bot over BENCH_TURNS turns), the growth table (bench/growth.ts) and card sizes.
 * Options (env): BENCH_QUICK=1 (3 s per level, 20,000 turns, growth to 10,000 documents: a few minutes),
 * BENCH_DURATION (s per level, default 8), BENCH_LEVELS (default 1,10,50), BENCH_TURNS (RSS run, default 100000),
 * BENCH_GROWTH (document counts, default 1000,10000,100000; 0 skips),
 * BENCH_PROFILE=1 (writes a CPU profile of each BTI-bot target at 50 connections, or BENCH_PROFILE_CONNECTIONS, to
 * bench/profiles/<target>/),
 * BENCH_TARGETS (default abcdefgh), BENCH_EXTRAS=0 (skip start-up, memory, growth and card sizes),
 * BENCH_EXTRAS=memory (only the memory run after the targets; with BENCH_TARGETS= the memory run alone),
 * BENCH_MEMORY_STORES (default separate,embedded), BENCH_MEMORY_NODE_ARGS (node flags for the measured bot).
 * BENCH_EXTRAS=startup (start-up only after the targets: `BENCH_TARGETS= BENCH_EXTRAS=startup npm run bench`).
 */

const ROOT = path.resolve(__dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 3 : 8));
const WARMUP = QUICK ? 1 : 2;
const LEVELS = (process.env.BENCH_LEVELS ?? '1,10,50').split(',').map(Number);
const TURNS = Number(process.env.BENCH_TURNS ?? (QUICK ? 20_000 : 100_000));
const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_CONNECTIONS = Number(process.env.BENCH_PROFILE_CONNECTIONS ?? 50);

interface Target {
  kind: string;
  url: string;
  child: ChildProcess;
  request<T>(msg: object): Promise<T>;
  stop(): Promise<void>;
}

/** `compiled`: the tsc output of bench/target.ts to run with plain node instead of the source under tsx. */
function spawnTarget(kind: string, env: Record<string, string> = {}, nodeArgs: string[] = [], compiled?: string): Promise<Target> {
  const child = fork(compiled ?? path.join(__dirname, 'target.ts'), [kind], {
    cwd: ROOT,
    execArgv: compiled ? nodeArgs : ['--import', 'tsx', ...nodeArgs],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${kind} exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (msg: { ready?: string }) => {
      child.off('exit', onExit);
      const url = msg.ready!;
      resolve({
        kind,
        url,
        child,
        request<T>(m: object) {
          return new Promise<T>((res) => {
            child.once('message', (reply) => res(reply as T));
            child.send(m);
          });
        },
        stop() {
          return new Promise<void>((res) => {
            if (child.exitCode !== null) return res();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              res();
            });
            child.send({ cmd: 'stop' });
          });
        },
      });
    });
  });
}

export interface Row {
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Requests sent, answered or not: what the counted store and connector calls are divided by. */
  sent: number;
  non2xx: number;
  errors: number;
  /** Store requests (reads / queries / writes) and connector calls per answered request; undefined where not counted. */
  store?: RoundTrips;
  connector?: number;
  /** CPU ms (all threads) the server process and the connector stand-in used per answered request during the level. */
  cpuMs?: number;
  sinkCpuMs?: number;
}

/** The load table (every level, against the echo bot at the same level) and issue 16's targets, met or MISSED. */
function loadTables(rows: Row[], labels: Record<string, string>): string[] {
  const out: string[] = [];
  out.push('| Target | Conn. | req/s | p50 ms | p99 ms | vs (b) req/s | vs (b) p99 | store round trips / request | connector calls / request |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---|---:|');
  for (const r of rows) {
    const base = rows.find((x) => x.target === labels.b && x.connections === r.connections);
    const ratio = base && r.target !== labels.b && r.target !== labels.a ? `${fmt((100 * r.rps) / base.rps)} %` : '';
    const p99 = base && r.target !== labels.b && r.target !== labels.a ? `${fmt(r.p99 / Math.max(base.p99, 1), 1)}×` : '';
    out.push(`| ${r.target} | ${r.connections} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${ratio} | ${p99} | ${r.store ? storeText(r.store) : ''} | ${r.connector !== undefined ? fmt(r.connector, 2) : ''} |`);
  }
  // Issue 16's targets, each against the echo bot at the same level of this run.
  const checks: string[] = [];
  const check = (key: string, levels: number[], minPct: number, maxP99?: number) => {
    for (const c of levels) {
      const r = rows.find((x) => x.target === labels[key] && x.connections === c);
      const b = rows.find((x) => x.target === labels.b && x.connections === c);
      if (!r || !b) continue;
      const pct = (100 * r.rps) / b.rps;
      const p99 = r.p99 / Math.max(b.p99, 1);
      const ok = pct >= minPct && (maxP99 === undefined || p99 <= maxP99);
      checks.push(`| ${labels[key]} | ${c} | ≥ ${minPct} %${maxP99 ? `, p99 ≤ ${maxP99}×` : ''} | ${fmt(pct)} %, p99 ${fmt(p99, 1)}× | ${ok ? 'met' : 'MISSED'} |`);
    }
  };
  check('e', [1, 10, 50], 100, 1.5);
  check('c', [1, 10, 50], 80, 1.5);
  check('f', [1, 10], 50);
  check('d', [50], 55);
  const single = rows.filter((r) => r.target === labels.f && r.store);
  for (const r of single) {
    // Judged as shown (one decimal): a person's language is looked up once a minute (src/store/preferences.ts), which
    // adds a few hundredths of a read per press in a short run; that lookup is not the press's.
    const trips = Math.round(10 * (r.store!.reads + r.store!.queries + r.store!.writes)) / 10;
    checks.push(`| ${labels.f}: store round trips per press | ${r.connections} | ≤ 3 | ${fmt(trips, 1)} | ${trips <= 3 ? 'met' : 'MISSED'} |`);
  }
  if (checks.length) {
    out.push('');
    out.push('| Target (issue 16) | Conn. | Goal | This run | |');
    out.push('|---|---:|---|---|---|');
    out.push(...checks);
  }
  return out;
}

/** Waits until the bot's store has had no request for a moment (the runs' last requests done), at most 5 s. */
async function quiet(target: Target, kind: string): Promise<void> {
  const pause = () => new Promise((r) => setTimeout(r, 150));
  if (kind !== 'bti') return void (await pause());
  const total = async () => {
    const { roundTrips } = await target.request<{ roundTrips?: RoundTrips }>({ cmd: 'roundTrips' });
    return roundTrips ? roundTrips.reads + roundTrips.queries + roundTrips.queryPlans + roundTrips.writes : 0;
  };
  let last = await total();
  for (let waited = 0; waited < 5_000; waited += 150) {
    await pause();
    const now = await total();
    if (now === last) return;
    last = now;
  }
}

async function load(target: string, url: string, connections: number, body: () => object, duration = DURATION): Promise<Row> {
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    duration,
    timeout: 20,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
      },
    ],
  });
  return {
    target,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result['2xx'] + result.non2xx,
    sent: result.requests.sent,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Realistic rotating users: a team of 12 in one group chat; every request a fresh activity id. */
/** What staff type in the compose box: tool names, inflected words, English, a misspelling. */
const SEARCHES = ['samtykke', 'referat', 'lage plan', 'bekymring', 'stafettlogg', 'samarbeidsmøte', 'tools minutes', 'kartleging'];

export const TEAM: TestUser[] = Array.from({ length: 12 }, (_, i) => makeUser(i + 1, `Fagperson ${i + 1}`));
let turn = 0;
export const nextUser = () => TEAM[turn++ % TEAM.length];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** One start of the built bot, timed from spawn to the first OK /readyz, with the phases its bot.listening line names. */
export interface StartRun {
  /** Spawn → first 200 from /readyz. */
  total: number;
  /** From bot.listening: process start → listening; main() → listening; inside startBot. */
  sinceProcess: number;
  sinceMain: number;
  inStartBot: number;
  /** CPU time of the bot's main thread up to the first OK /readyz (Linux /proc; less swayed by a busy machine than the wall clock). */
  mainThreadCpu?: number;
  rssAtReady?: number;
}

/**
 * Start-up as `npm start` runs it after its build: `node dist/src/index.js` (the bundle of scripts/build.ts), on
 * an empty embedded store, polling /readyz every 5 ms. The first run after a build starts with a cold compile
 * cache (Node 22.1+; Node 20 has none), the others with a warm one, as a restart does.
 */
async function startupTimes(runs = 3): Promise<StartRun[]> {
  const out: StartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-bench-start-'));
    const t0 = process.hrtime.bigint();
    const child = fork(path.join(ROOT, 'dist/src/index.js'), [], {
      cwd: ROOT,
      // Plain node, as npm start: fork() would otherwise pass on this process's flags, which load tsx.
      execArgv: [],
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let listening: Record<string, unknown> | undefined;
    let partial = '';
    child.stdout?.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.includes('"event":"bot.listening"')) listening = JSON.parse(line) as Record<string, unknown>;
    });
    let ms = NaN;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) {
          ms = Number(process.hrtime.bigint() - t0) / 1e6;
          break;
        }
      } catch {
        /* not listening yet */
      }
      if (child.exitCode !== null) throw new Error('bot exited during start-up');
      await new Promise((r) => setTimeout(r, 5));
    }
    const mainThreadCpu = mainThreadCpuMsOf(child.pid);
    const rssAtReady = rssOf(child.pid);
    for (let wait = 0; !listening && wait < 100; wait++) await new Promise((r) => setTimeout(r, 10));
    await new Promise<void>((res) => {
      child.once('exit', () => res());
      child.kill('SIGTERM');
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    const num = (k: string) => (typeof listening?.[k] === 'number' ? (listening[k] as number) : NaN);
    out.push({ total: ms, sinceProcess: num('sinceProcessMs'), sinceMain: num('sinceMainMs'), inStartBot: num('startupMs'), mainThreadCpu, rssAtReady });
  }
  return out;
}

/** CPU time (user + system) of a process's main thread in ms (Linux /proc); undefined where it cannot be read. */
function mainThreadCpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms (USER_HZ 100 on Linux)
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, every thread) another process has used so far, in ms (Linux /proc); undefined where it cannot be read. */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count the fields after it.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

/** Resident memory of another process in MB (Linux /proc); undefined where it cannot be read. */
function rssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is loaded only later, from node_modules and not from the bundle (scripts/build.ts), each in a fresh
 * process: the card templating (by the warm-ups once the first request is answered, or by the first card), the
 * Teams SDK 2 (only with BOT_RUNTIME=teams-sdk).
 */
const LATER_STEPS = ['adaptivecards-templating', '@microsoft/teams.apps'];
export interface ImportCost {
  module: string;
  ms: number;
  modules: number;
}
function laterImportCosts(): ImportCost[] {
  return LATER_STEPS.map((m) => {
    const script = `const n=Object.keys(require.cache).length;const t=process.hrtime.bigint();require(${JSON.stringify(m)});process.stdout.write(JSON.stringify({module:${JSON.stringify(m)},ms:Number(process.hrtime.bigint()-t)/1e6,modules:Object.keys(require.cache).length-n}));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as ImportCost;
  });
}

/** The start-up rows of the results table: the time to /readyz and where it goes, what the bundle holds, what comes later. */
function startupRows(starts: StartRun[], built: { modules: number; bytes: number }, later: ImportCost[]): string[] {
  const med = (f: (r: StartRun) => number | undefined) => {
    const xs = starts.map(f).filter((x): x is number => x !== undefined && Number.isFinite(x));
    return xs.length ? median(xs) : NaN;
  };
  const total = med((r) => r.total);
  const rows: string[] = [];
  rows.push(`| Start-up to /readyz OK (\`npm start\`'s \`node dist/src/index.js\` after its build, empty embedded store; median of ${starts.length}: ${starts.map((r) => fmt(r.total)).join(' / ')}, the first with a cold compile cache on Node ≥ 22.1) | ${fmt(total)} ms |`);
  rows.push(
    `| Where it goes (medians, from the bot.listening line) | Node's own start and reading the bundle ${fmt(med((r) => r.sinceProcess - r.sinceMain))} ms; ` +
      `loading the bot's modules from it (botbuilder, Teams AI, @azure/cosmos, restify, its own) while the embedded store's thread starts ${fmt(med((r) => r.sinceMain - r.inStartBot))} ms; ` +
      `opening the store and building the bot (startBot) ${fmt(med((r) => r.inStartBot))} ms; listening → first OK /readyz (with the spawn) ${fmt(med((r) => r.total - r.sinceProcess))} ms; ` +
      `main thread CPU up to /readyz ${fmt(med((r) => r.mainThreadCpu))} ms |`,
  );
  rows.push(`| The bundle (scripts/build.ts) | dist/src/main.js and the store's worker: ${built.modules.toLocaleString('en')} modules, ${(built.bytes / 1024 / 1024).toFixed(1)} MB |`);
  rows.push(`| Loaded later, from node_modules (fresh process each: the card templating by the warm-ups or the first card; the Teams SDK 2 only with BOT_RUNTIME=teams-sdk) | ${later.map((c) => `${c.module} ${fmt(c.ms)} ms (${c.modules} modules)`).join(', ')} |`);
  const rss = med((r) => r.rssAtReady);
  if (Number.isFinite(rss)) rows.push(`| RSS of node dist/src/index.js at /readyz (median of ${starts.length}) | ${fmt(rss)} MB |`);
  return rows;
}

/**
 * The memory run: the bot's process as it runs in production (compiled by tsc, plain `node`, startBot as
 * src/index.ts calls it, restify), with the store outside it or on its embedded thread (MemoryStore), and
 * --expose-gc so each figure is taken after a full collection on each of its threads. BENCH_TURNS turns
 * over HTTP from here (autocannon, 10 connections), help turns and agreements on one shared avklaring card
 * alternating, replies to a connector stand-in in a third process. Figures at 1,000, 10,000 and 100,000 turns
 * (those up to BENCH_TURNS, and BENCH_TURNS itself). BENCH_MEMORY_NODE_ARGS adds node flags to the bot's
 * process (space-separated), to try the settings README's "Memory settings" describes; the environment
 * (MALLOC_ARENA_MAX, say) reaches it as it is.
 */
export interface MemoryRow {
  turns: number;
  report: MemoryReport;
  load: number;
  /** CPU ms of the bot's process per turn since the previous mark (both threads, GC included). */
  cpuPerTurn: number;
  /** Main-thread GC ms per turn since the previous mark. */
  gcPerTurn: number;
}
export interface MemoryRun {
  store: MemoryStore;
  rows: MemoryRow[];
  seconds: number;
  failed: number;
  errorReplies: number;
  mix: string;
  command: string;
}
const MEMORY_MARKS = [1_000, 10_000, 100_000];
/**
 * Where the store runs: 'separate' is production's shape (Azure Cosmos DB outside the process; here the same
 * emulator in a process of its own, reached over COSMOS_ENDPOINT with a key), 'embedded' the local and pilot
 * shape (the emulator on a worker thread of the bot's process, with snapshot and write-ahead log).
 */
export type MemoryStore = 'separate' | 'embedded';
const MEMORY_STORES = (process.env.BENCH_MEMORY_STORES ?? 'separate,embedded').split(',').filter((x): x is MemoryStore => x === 'separate' || x === 'embedded');

/** The emulator alone, in its own process, as a Cosmos endpoint: what the bot reaches in production is outside it too. */
function startSeparateStore(): Promise<{ endpoint: string; child: ChildProcess }> {
  const script = "const s=require('@vercel/cosmosdb-server').createHttpServer({keepAlive:true});s.listen(0,'127.0.0.1',()=>process.send(s.address().port));";
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`separate store exited with ${code}`)));
    child.once('message', (port) => resolve({ endpoint: `http://127.0.0.1:${String(port)}`, child }));
  });
}
const MEMORY_NODE_ARGS = (process.env.BENCH_MEMORY_NODE_ARGS ?? '').split(' ').filter(Boolean);

let memoryBuilt = false;
async function memoryRun(store: MemoryStore): Promise<MemoryRun> {
  // Compiled once per bench run, so both shapes run the same code.
  if (!memoryBuilt) {
    // The embedded store's thread runs from dist/ (scripts/build.ts: its own entry of the build), as in production.
    await buildDist();
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(__dirname, 'tsconfig.memory.json')], { cwd: ROOT, stdio: 'pipe' });
    } catch (err) {
      // tsc emits JavaScript despite type errors, as for the start-up measurement; without it there is nothing to run.
      if (!fs.existsSync(MEMORY_ENTRY)) throw err;
    }
    memoryBuilt = true;
  }
  const nodeArgs = ['--expose-gc', ...MEMORY_NODE_ARGS];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-bench-memory-'));
  const separate = store === 'separate' ? await startSeparateStore() : undefined;
  const storeEnv: Record<string, string> = separate ? { COSMOS_ENDPOINT: separate.endpoint, COSMOS_KEY: EMBEDDED_KEY } : { EMBEDDED_DATA_DIR: dataDir };
  const sink = await spawnTarget('sink');
  const target = await spawnTarget('bti', { ...storeEnv, LOG_LEVEL: 'info' }, nodeArgs, MEMORY_ENTRY);
  try {
    const agree = await CARD_ACTION_SCENARIO!.setup(target.url, sink.url);
    const conv = { serviceUrl: sink.url, conversationId: '19:bench-memory@thread.v2', conversationType: 'groupChat' as const };
    let n = 0;
    const body = () => (n++ % 2 === 1 ? agree() : messageActivity(conv, nextUser(), 'hjelp'));
    const marks = [...new Set([...MEMORY_MARKS.filter((m) => m < TURNS), TURNS])];
    const rows: MemoryRow[] = [];
    let done = 0;
    let failed = 0;
    let errorReplies = 0;
    const t0 = Date.now();
    await sink.request({ cmd: 'stats', reset: true });
    // The set-up's and the first collection's CPU are not the turns'.
    const atStart = (await target.request<{ memory: MemoryReport }>({ cmd: 'memory' })).memory;
    for (const mark of marks) {
      const result = await autocannon({
        url: `${target.url}/api/messages`,
        connections: 10,
        amount: mark - done,
        timeout: 20,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }) }],
      });
      done = mark;
      failed += result.non2xx + result.errors + result.timeouts;
      await quiet(target, 'bti');
      // Read and cleared at every mark: the stand-in keeps every call it received, in its own process.
      const { stats } = await sink.request<{ stats: { errorReplies: number } }>({ cmd: 'stats', reset: true });
      errorReplies += stats.errorReplies;
      const { memory } = await target.request<{ memory: MemoryReport }>({ cmd: 'memory' });
      const before = rows[rows.length - 1];
      const turns = mark - (before?.turns ?? 0);
      const cpuPerTurn = (memory.cpuMs - (before?.report ?? atStart).cpuMs) / turns;
      const gcPerTurn = (memory.gcMs - (before?.report ?? atStart).gcMs) / turns;
      rows.push({ turns: mark, report: memory, load: os.loadavg()[0]!, cpuPerTurn, gcPerTurn });
      process.stderr.write(`[memory, ${store} store] ${mark} turns: ${memoryLine(memory)}, CPU ${fmt(cpuPerTurn, 2)} ms/turn (main-thread GC ${fmt(gcPerTurn, 3)}), load ${os.loadavg()[0]!.toFixed(1)}\n`);
    }
    const env = process.env.MALLOC_ARENA_MAX ? `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX} ` : '';
    return {
      store,
      rows,
      seconds: (Date.now() - t0) / 1000,
      failed,
      errorReplies,
      mix: 'help turns and agreements on one shared avklaring card, alternating',
      command: `${env}${separate ? 'COSMOS_ENDPOINT=http://127.0.0.1:… COSMOS_KEY=… ' : 'EMBEDDED_DATA_DIR=… '}node ${nodeArgs.join(' ')} ${path.relative(ROOT, MEMORY_ENTRY)} bti`,
    };
  } finally {
    await target.stop();
    await sink.stop();
    separate?.child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
// Outside dist/, which npm run bundle ships whole: this holds test support code.
const MEMORY_ENTRY = path.join(ROOT, 'build/bench-memory/bench/target.js');
const MB = (bytes: number | undefined) => (bytes === undefined ? '–' : fmt(bytes / 1048576));
function memoryLine(m: MemoryReport): string {
  const docs = Object.values(m.documents ?? {}).reduce((a, b) => a + b, 0);
  return `${m.modules} modules${m.tsx ? ' (tsx among them)' : ''}, RSS ${MB(m.rss)} MB (anon ${MB(m.rssAnon)}, file ${MB(m.rssFile)}), main heap ${MB(m.main.heapUsed)}/${MB(m.main.heapTotal)} (young ${MB(m.main.newSpace)}), store thread heap ${MB(m.worker?.heapUsed)}/${MB(m.worker?.heapTotal)} (young ${MB(m.worker?.newSpace)}), external ${MB(m.main.external)} + ${MB(m.worker?.external)}, arrayBuffers ${MB(m.main.arrayBuffers)} + ${MB(m.worker?.arrayBuffers)}, V8 malloc ${MB(m.main.malloced)} + ${MB(m.worker?.malloced)}, ${docs} documents ${JSON.stringify(m.documents ?? {})}, data dir ${fmt((m.dataDirBytes ?? 0) / 1024)} KB`;
}

/** Issue 16's memory target, judged on this run. */
function memoryTarget(mem: MemoryRun): string {
  const label = mem.store === 'separate' ? 'Bot process, store outside it (production shape; the target)' : 'Bot process with the embedded store thread (local and pilot)';
  const first = mem.rows[0]!.report.rss / 1048576;
  const last = mem.rows[mem.rows.length - 1]!.report.rss / 1048576;
  return `${label}: RSS ${fmt(first)} MB after ${mem.rows[0]!.turns.toLocaleString('en')} turns → ${fmt(last)} MB after ${TURNS.toLocaleString('en')} (${fmt((100 * (last - first)) / first, 1)} %): ≤ 250 MB ${last <= 250 ? 'met' : 'MISSED'}, flat (≤ 10 %) ${last <= first * 1.1 ? 'met' : 'MISSED'}; ${mem.failed} turns failed, ${mem.errorReplies} error replies.`;
}

/** The memory run's table: one row per mark, every figure in MB. */
function memoryTable(mem: MemoryRun): string[] {
  const out: string[] = [];
  const where = mem.store === 'separate'
    ? 'the store in a process of its own (the emulator as a Cosmos endpoint, key auth), as Azure Cosmos DB is outside the bot in production: this is the production shape, and what issue 16\'s target is judged on'
    : 'the embedded store on a worker thread of the same process, with snapshot and write-ahead log (local use and pilots): RSS includes that thread, whose heap holds the documents Azure Cosmos DB would hold outside the process';
  out.push(`Memory of the bot's process over ${TURNS.toLocaleString('en')} turns, ${where} (${mem.mix}; ${fmt(mem.seconds)} s): \`${mem.command}\` — tsc-compiled, no tsx; startBot as src/index.ts calls it, restify, no Bot Framework auth (no app id); turns over HTTP (autocannon, 10 connections) from the bench process, replies to a connector stand-in in a third process; each figure after a full collection (on both threads where there are two). ${mem.rows[0]!.report.modules} modules loaded at the first mark, ${mem.rows.some((r) => r.report.tsx) ? '**tsx among them**' : 'none of them tsx'}. Documents are counted in the store, wherever it runs.`);
  out.push('');
  out.push('| Turns | RSS MB (anon / file) | main heap used / total (young gen.) | store thread heap used / total (young gen.) | external main + store | arrayBuffers main + store | V8 malloc main + store | documents in the store | snapshot + log on disk | CPU ms / turn since the last row (of it main-thread GC) | load |');
  out.push('|---:|---|---|---|---|---|---|---|---:|---:|---:|');
  for (const { turns, report: m, load, cpuPerTurn, gcPerTurn } of mem.rows) {
    const docs = Object.entries(m.documents ?? {}).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`| ${turns.toLocaleString('en')} | ${MB(m.rss)} (${MB(m.rssAnon)} / ${MB(m.rssFile)}) | ${MB(m.main.heapUsed)} / ${MB(m.main.heapTotal)} (${MB(m.main.newSpace)}) | ${MB(m.worker?.heapUsed)} / ${MB(m.worker?.heapTotal)} (${MB(m.worker?.newSpace)}) | ${MB(m.main.external)} + ${MB(m.worker?.external)} | ${MB(m.main.arrayBuffers)} + ${MB(m.worker?.arrayBuffers)} | ${MB(m.main.malloced)} + ${MB(m.worker?.malloced)} | ${docs} | ${fmt((m.dataDirBytes ?? 0) / 1024)} KB | ${fmt(cpuPerTurn, 2)} (${fmt(gcPerTurn, 3)}) | ${fmt(load, 1)} |`);
  }
  return out;
}

/** Round trips the turn waits for (reads, queries, writes); the SDK's query-plan requests run beside the queries. */
const storeText = (s: RoundTrips) => `${fmt(s.reads + s.queries + s.writes, 1)} (${fmt(s.reads, 1)} r / ${fmt(s.queries, 1)} q / ${fmt(s.writes, 1)} w; +${fmt(s.queryPlans, 1)} query plans)`;
const GROWTH_SIZES = process.env.BENCH_GROWTH ?? (QUICK ? '1000,10000' : '1000,10000,100000');

function growthRun(): Promise<GrowthRow[]> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'growth.ts'), [GROWTH_SIZES], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as GrowthRow[]));
    // After its answer a later exit changes nothing; before it, any exit (a signal too) is a failure.
    child.once('exit', (code, signal) => reject(new Error(`growth driver exited with ${code ?? signal}`)));
  });
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${s}\n`);
  const rows: Row[] = [];
  const notes: string[] = [];
  const targetRss: { label: string; mb: number; requests: number }[] = [];
  const sink = await spawnTarget('sink');
  const scenario: CardActionScenario | undefined = CARD_ACTION_SCENARIO;

  const conv = { serviceUrl: sink.url, conversationId: '19:bench@thread.v2', conversationType: 'groupChat' as const };
  const bodies: Record<string, () => object> = {
    a: () => messageActivity(conv, nextUser(), 'hei'),
    b: () => messageActivity(conv, nextUser(), 'hei'),
    c: () => messageActivity(conv, nextUser(), 'hjelp'),
    e: () => messageExtensionQuery(conv, nextUser(), 'searchVerktoy', SEARCHES[turn % SEARCHES.length]!),
    g: () => messageActivity(conv, nextUser(), 'saker'),
    h: () => messageActivity(conv, nextUser(), 'saker'),
  };
  const labels: Record<string, string> = {
    a: '(a) bare restify 200',
    b: '(b) echo bot, CloudAdapter',
    c: '(c) BTI-bot help turn',
    d: `(d) BTI-bot card action${scenario ? `: ${scenario.label}` : ''}`,
    e: '(e) BTI-bot compose-box verktøy search',
    f: `(f) BTI-bot single card press: ${SINGLE_PRESS_SCENARIO.label}`,
    g: '(g) BTI-bot case list, BOT_RUNTIME=teams-ai',
    h: '(h) BTI-bot case list, BOT_RUNTIME=teams-sdk',
  };
  const runtimes: Record<string, Record<string, string>> = { g: { BOT_RUNTIME: 'teams-ai' }, h: { BOT_RUNTIME: 'teams-sdk' } };

  for (const key of (process.env.BENCH_TARGETS ?? 'abcdefgh').split('')) {
    if (key === 'd' && !scenario) {
      notes.push('(d) not measured: no state-changing card action is registered in this build.');
      continue;
    }
    const kind = key === 'a' ? 'bare' : key === 'b' ? 'echo' : 'bti';
    const target = await spawnTarget(kind, runtimes[key] ?? {});
    let body = bodies[key];
    if (key === 'd' && scenario) body = await scenario.setup(target.url, sink.url);
    if (key === 'f') body = await SINGLE_PRESS_SCENARIO.setup(target.url, sink.url);
    // A single press is measured where presses rarely meet on one card: 1 and 10 connections (12 cards).
    for (const connections of key === 'f' ? LEVELS.filter((l) => l <= 10) : LEVELS) {
      await load(labels[key], target.url, connections, body, WARMUP);
      // Counted from a quiet bot to a quiet bot: the requests still running when a run stops are neither counted
      // in the next window nor missing from this one, so a press's round trips come out exact, not 3.0-and-a-bit.
      await quiet(target, kind);
      await sink.request({ cmd: 'stats', reset: true });
      if (kind === 'bti') await target.request({ cmd: 'roundTrips', reset: true });
      const cpu0 = cpuMsOf(target.child.pid);
      const sinkCpu0 = cpuMsOf(sink.child.pid);
      const row = await load(labels[key], target.url, connections, body);
      const cpu1 = cpuMsOf(target.child.pid);
      const sinkCpu1 = cpuMsOf(sink.child.pid);
      // CPU per request of the server and of the connector stand-in: unlike req/s, barely moved by what else the
      // machine runs, so two runs on a busy machine still compare.
      if (cpu0 !== undefined && cpu1 !== undefined) row.cpuMs = (cpu1 - cpu0) / Math.max(row.requests, 1);
      if (sinkCpu0 !== undefined && sinkCpu1 !== undefined) row.sinkCpuMs = (sinkCpu1 - sinkCpu0) / Math.max(row.requests, 1);
      await quiet(target, kind);
      const { stats } = await sink.request<{ stats: { byMethod: Record<string, number>; errorReplies: number } }>({ cmd: 'stats', reset: true });
      const outbound = (stats.byMethod.POST ?? 0) + (stats.byMethod.PUT ?? 0);
      if (kind === 'bti') {
        const { roundTrips } = await target.request<{ roundTrips?: RoundTrips }>({ cmd: 'roundTrips', reset: true });
        const per = (n: number) => n / Math.max(row.sent, 1);
        if (roundTrips) row.store = { reads: per(roundTrips.reads), queries: per(roundTrips.queries), queryPlans: per(roundTrips.queryPlans), writes: per(roundTrips.writes), partitionScoped: per(roundTrips.partitionScoped), scanned: per(roundTrips.scanned) };
      }
      if (key !== 'a') row.connector = outbound / Math.max(row.sent, 1);
      rows.push(row);
      log(`${labels[key]} @${connections}: ${fmt(row.rps)} req/s p50 ${row.p50} ms p99 ${row.p99} ms, ${row.requests} requests, non-2xx ${row.non2xx}, errors ${row.errors}, connector calls ${JSON.stringify(stats.byMethod)}, store per request ${row.store ? storeText(row.store) : '–'}, error replies ${stats.errorReplies}, CPU per request ${row.cpuMs !== undefined ? fmt(row.cpuMs, 2) : '–'} ms (stand-in ${row.sinkCpuMs !== undefined ? fmt(row.sinkCpuMs, 2) : '–'} ms), load ${os.loadavg()[0]!.toFixed(1)}`);
      // The search is answered in the invoke response itself; every other bot target replies through the stand-in.
      if (key !== 'a' && key !== 'e' && outbound === 0) notes.push(`${labels[key]} @${connections}: the connector stand-in received nothing — check the scenario.`);
      if (stats.errorReplies > 0) notes.push(`${labels[key]} @${connections}: ${stats.errorReplies} error replies to users.`);
      if (row.non2xx > 0 || row.errors > 0) notes.push(`${labels[key]} @${connections}: ${row.non2xx} non-2xx answers, ${row.errors} errors/timeouts.`);
      if (key === 'd' && scenario?.verify) notes.push(...(await scenario.verify()));
    }
    const rss = rssOf(target.child.pid);
    if (rss !== undefined && kind === 'bti') {
      targetRss.push({ label: labels[key]!, mb: rss, requests: rows.filter((r) => r.target === labels[key]).reduce((a, r) => a + r.requests, 0) });
      log(`${labels[key]}: RSS ${fmt(rss)} MB after its load levels`);
    }
    await target.stop();
    if (PROFILE && key !== 'a' && key !== 'b') {
      // One file per thread (tsx runs a loader thread too): the bot's main thread is the largest file.
      const dir = path.join(__dirname, 'profiles', key);
      fs.mkdirSync(dir, { recursive: true });
      const profiled = await spawnTarget('bti', {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      const pbody = key === 'd' && scenario ? await scenario.setup(profiled.url, sink.url) : key === 'f' ? await SINGLE_PRESS_SCENARIO.setup(profiled.url, sink.url) : body;
      await load(labels[key], profiled.url, PROFILE_CONNECTIONS, pbody, DURATION);
      await profiled.stop();
      log(`CPU profile of ${key} written to ${dir}`);
    }
  }
  await sink.stop();

  if (process.env.BENCH_EXTRAS === '0') {
    // A quick check still ends with the table and the targets it is run for.
    process.stdout.write(`\n${loadTables(rows, labels).join('\n')}\n`);
    return;
  }
  if (process.env.BENCH_EXTRAS === 'memory') {
    // The memory runs alone (with BENCH_TARGETS= for no load targets): their tables and the target.
    const out: string[] = [];
    for (const store of MEMORY_STORES) {
      const mem = await memoryRun(store);
      out.push('', ...memoryTable(mem), '', memoryTarget(mem));
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  log('building dist/ (npm run build) for the start-up measurement');
  const built = await buildDist();
  const starts = await startupTimes();
  const later = laterImportCosts();
  log(`start-up to /readyz: ${JSON.stringify(starts)}; loaded later: ${JSON.stringify(later)}`);
  if (process.env.BENCH_EXTRAS === 'startup') {
    process.stdout.write(`\n| Measure | Value |\n|---|---|\n${startupRows(starts, built, later).join('\n')}\n| Target: start-up ≤ 1,500 ms | ${median(starts.map((r) => r.total)) <= 1500 ? 'met' : 'MISSED'} |\n`);
    return;
  }

  log(`memory: ${TURNS} turns over HTTP to the compiled bot, store ${MEMORY_STORES.join(' then ')}`);
  const mems: MemoryRun[] = [];
  for (const store of MEMORY_STORES) mems.push(await memoryRun(store));
  for (const m of mems) if (m.failed > 0 || m.errorReplies > 0) notes.push(`memory run (${m.store} store): ${m.failed} of ${TURNS} turns failed, ${m.errorReplies} error replies to users.`);
  // The target is judged on the production shape when it was measured.
  const mem = mems.find((m) => m.store === 'separate') ?? mems[0]!;
  const rss1k = mem.rows[0]!.report.rss / 1048576;
  const rssEnd = mem.rows[mem.rows.length - 1]!.report.rss / 1048576;

  log(`growth: other teams' documents up to ${GROWTH_SIZES}`);
  const growth = GROWTH_SIZES === '0'
    ? []
    : await growthRun().catch((err: unknown) => {
        notes.push(`growth table not measured: ${err instanceof Error ? err.message : String(err)}`);
        return [] as GrowthRow[];
      });

  const cards = new Map<string, { bytes: number; sample: string }>();
  for (const s of CARD_SAMPLES) {
    const bytes = Buffer.byteLength(JSON.stringify(s.build()), 'utf8');
    if (bytes > (cards.get(s.template)?.bytes ?? -1)) cards.set(s.template, { bytes, sample: s.name });
  }

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  const md: string[] = [];
  md.push(`### Benchmark ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.release()}`);
  md.push('');
  md.push(`Load average when the run started: ${loadAtStart.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min); at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}.`);
  md.push('');
  md.push(`autocannon, ${DURATION} s per level after ${WARMUP} s warm-up, every server in its own process on 127.0.0.1, replies through a local Bot Connector stand-in, embedded store, logs at info.`);
  md.push('');
  md.push(...loadTables(rows, labels));
  const e50 = rows.find((r) => r.target === labels.e && r.connections === 50);
  if (e50) {
    md.push('');
    md.push(`Compose-box search at 50 connections: p99 ${e50.p99} ms against Teams' 5 s limit for a message extension answer.`);
  }
  md.push('');
  md.push('| Measure | Value |');
  md.push('|---|---|');
  md.push(...startupRows(starts, built, later));
  for (const r of targetRss) md.push(`| RSS of the ${r.label} process (tsx) after its load levels | ${fmt(r.mb)} MB after ${r.requests.toLocaleString('en')} requests |`);
  md.push(`| RSS of the bot (compiled, node; store ${mem.store === 'separate' ? 'outside the process, as in production' : 'embedded'}) after ${mem.rows[0]!.turns.toLocaleString('en')} turns → after ${TURNS.toLocaleString('en')} turns (${mem.mix}; the breakdown below) | ${fmt(rss1k)} MB → ${fmt(rssEnd)} MB |`);
  md.push(`| Targets: start-up ≤ 1,500 ms; RSS ≤ 250 MB at the end, flat from 1,000 turns (≤ 10 % growth) | start-up ${median(starts.map((r) => r.total)) <= 1500 ? 'met' : 'MISSED'}; RSS ${rssEnd <= 250 ? 'met' : 'MISSED'}, ${rssEnd <= rss1k * 1.1 ? 'flat' : 'NOT flat'} |`);
  for (const [template, c] of [...cards.entries()].sort()) {
    md.push(`| Largest bound card \`${template}\` (${c.sample}) | ${(c.bytes / 1024).toFixed(1)} KB of 28 KB |`);
  }
  for (const m of mems) md.push('', ...memoryTable(m), '', memoryTarget(m));
  if (growth.length) {
    const sizes = [...new Set(growth.map((g) => g.documents))];
    md.push('');
    md.push(`Cost as the stored work grows (in-process, embedded store; other teams' documents around the measured team; median of ${process.env.BENCH_GROWTH_REPEAT ?? 25} runs; ms, with the ratio to the smallest size, the store round trips per operation and the documents its queries evaluated at each size):`);
    md.push('');
    md.push(`| Operation | ${sizes.map((n) => `${n.toLocaleString('en')} docs`).join(' | ')} | round trips | documents evaluated |`);
    md.push(`|---|${sizes.map(() => '---:').join('|')}|---:|---:|`);
    for (const op of [...new Set(growth.map((g) => g.op))]) {
      const mine = growth.filter((g) => g.op === op);
      const base = mine[0]!.medianMs;
      md.push(`| ${op} | ${mine.map((g, i) => `${fmt(g.medianMs, 1)}${i ? ` (${fmt(g.medianMs / base, 2)}×)` : ''}`).join(' | ')} | ${fmt(mine[mine.length - 1]!.roundTrips, 1)} | ${mine.map((g) => fmt(g.scanned, 0)).join(' / ')} |`);
    }
  }
  if (notes.length) {
    md.push('');
    for (const n of notes) md.push(`- ${n}`);
  }
  const out = md.join('\n') + '\n';
  fs.writeFileSync(path.join(__dirname, 'results.md'), out);
  process.stdout.write('\n' + out);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; table written to bench/results.md`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
