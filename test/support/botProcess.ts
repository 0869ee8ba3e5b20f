import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from './faultyStore';

/**
 * The real bot as a separate OS process (`node --import tsx src/index.ts`, or a build with plain node), for
 * tests that need several instances on one database or the shipped build. Configuration goes through the environment exactly as in production.
 */
export interface BotProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** What the process wrote to stderr (start-up failures). */
  stderr(): string;
  /** The lines the process wrote to stdout (its JSON log), oldest first (the last 5,000). */
  stdout(): string[];
  /** Resolves with the first log line (parsed) whose event is `event`, waiting for it if need be. */
  waitForLog(event: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

export async function startBotProcess(
  env: Record<string, string> = {},
  readyTimeoutMs = 150_000,
  /** A built entry (`<folder>/dist/src/index.js`, run with plain node from `cwd`) instead of the sources under tsx. */
  built?: { entry: string; cwd: string },
): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = env.EMBEDDED_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bti-proc-'));
  const child = spawn(process.execPath, built ? [built.entry] : ['--import', 'tsx', path.join(ROOT, 'src/index.ts')], {
    cwd: built?.cwd ?? ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop() ?? '';
    out.push(...parts);
    if (out.length > 5_000) out.splice(0, out.length - 5_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const findLog = (event: string) => {
    for (const line of out) {
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.event === event) return parsed;
      } catch {
        /* not a JSON line */
      }
    }
    return undefined;
  };
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    if (err.length > 20_000) err = err.slice(-20_000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot process exited with ${child.exitCode}: ${err}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`bot process not ready after ${readyTimeoutMs} ms: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port,
    child,
    stderr: () => err,
    stdout: () => [...out],
    exited,
    async waitForLog(event, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = findLog(event);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no "${event}" log line within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        // Already ended (by itself, or killed by a test with a signal: then exitCode stays null).
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          if (!env.EMBEDDED_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Posts one activity to a bot's /api/messages; resolves with status and parsed body. One connection per
 * request (no keep-alive): with hundreds in flight, a reused idle socket can race the server's keep-alive
 * timeout and fail with "other side closed", which is the test client's problem, not the bot's.
 */
export function postActivity(url: string, activity: object): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const payload = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/messages`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
