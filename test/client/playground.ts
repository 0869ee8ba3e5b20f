import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import { startPlayground } from '../../scripts/playground';
import { freePort } from '../support/faultyStore';

/**
 * Microsoft's own Teams client for local use, the Agents Playground (a dev dependency), in the test suite:
 * the bot as its own OS process (as `npm start` runs it) and the playground started by the project's script
 * (scripts/playground.ts, as `npm run playground`), both on free ports, offline. The client's web UI runs in
 * Debian's Chromium through playwright-core where a person must press something; the playground's HTTP API
 * (/_conversation/v1/…) is used to act as other users of its tenant, which the UI cannot (it always acts as
 * the configured current user).
 */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const ROOT = path.resolve(__dirname, '../..');

/** Starts a child and waits for `pattern` on its stdout; fails with what it wrote if it exits first. */
async function startUntil(child: ChildProcess, pattern: RegExp, what: string, timeoutMs: number): Promise<RegExpMatchArray> {
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-10_000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${timeoutMs} ms: ${out.slice(-2000)} ${err}`)), timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      out = (out + d.toString()).slice(-20_000);
      const m = out.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}: ${out.slice(-2000)} ${err}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  teams: { id: string; channels: { id: string; name: string }[] }[];
}

/** What the playground pushes to its web UI: the bot's new and updated messages. */
export interface UiFrame {
  action: string;
  actionConversationId?: string;
  message?: { messageId?: string; from?: { id?: string }; text?: string; attachments?: { content?: unknown }[] };
}

export interface Session {
  botPort: number;
  base: string;
  config: PlaygroundConfig;
  page: Page;
  pageErrors: string[];
  frames: UiFrame[];
  /** Waits for a bot message (new or updated) pushed to the UI after frame number `since` that satisfies `pred`. */
  waitForBot(pred: (json: string, frame: UiFrame) => boolean, since?: number, timeoutMs?: number): Promise<UiFrame>;
  /** Posts to the playground's HTTP API as the UI does. */
  api(pathname: string, body: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Types a message into the open conversation and sends it. */
  type(text: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startSession(env: Record<string, string> = {}): Promise<Session> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-client-'));
  const bot = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/index.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MICROSOFT_APP_ID: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The plain line a person starting the bot locally reads; its port is the real one.
  const ready = await startUntil(bot, /BTI-bot is ready on http:\/\/localhost:(\d+)\/api\/messages/, 'the bot', 90_000);
  const botPort = Number(ready[1]);

  const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-playground-'));
  const playground = startPlayground({ botPort, port: await freePort(), botHost: '127.0.0.1' }, { cwd: pgDir, stdio: 'pipe' });
  const listening = await startUntil(playground, /Listening on (\d+)/, 'the Agents Playground', 90_000);
  const base = `http://127.0.0.1:${listening[1]}`;
  const config = ((await (await fetch(`${base}/_internal/v1/testConfig`)).json()) as { config: PlaygroundConfig }).config;

  let browser: Browser | undefined;
  const stopAll = async () => {
    await browser?.close().catch(() => undefined);
    await stopChild(playground);
    await stopChild(bot);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(pgDir, { recursive: true, force: true });
  };
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(60_000);
    const pageErrors: string[] = [];
    const frames: UiFrame[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        try {
          const m = JSON.parse(String(f.payload)) as UiFrame;
          if (m.action && m.message) frames.push(m);
        } catch {
          /* not a conversation frame */
        }
      }),
    );
    // Offline: the UI's web fonts and telemetry live on CDNs; nothing leaves the machine.
    await page.route((url) => !/^(127\.0\.0\.1|localhost)$/.test(url.hostname), (route) => route.abort());
    await page.goto(base, { waitUntil: 'domcontentloaded' });

    const session: Session = {
      botPort,
      base,
      config,
      page,
      pageErrors,
      frames,
      async waitForBot(pred, since = 0, timeoutMs = 40_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const hit = frames.slice(since).find((f) => f.message?.from?.id === config.bot.id && pred(JSON.stringify(f.message), f));
          if (hit) return hit;
          if (Date.now() > deadline) {
            // What the client showed, for whoever reads the failure.
            const shot = path.join(ROOT, 'test-output', 'client', `failure-${Date.now()}.png`);
            fs.mkdirSync(path.dirname(shot), { recursive: true });
            await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
            throw new Error(`no such bot message (screenshot ${shot}); got: ${frames.slice(since).map((f) => JSON.stringify(f.message).slice(0, 300)).join('\n')}`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async api(pathname, body) {
        const res = await fetch(`${base}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const text = await res.text();
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          /* not JSON */
        }
        return { status: res.status, body: parsed };
      },
      async type(text) {
        const box = page.getByRole('textbox').last();
        await box.click();
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
      },
      stop: stopAll,
    };
    return session;
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The Action.Execute actions of a card (its JSON), with their titles. */
export function executeActions(card: unknown): { title?: string; verb: string; data: Record<string, unknown> }[] {
  const out: { title?: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute') out.push({ title: o.title as string | undefined, verb: String(o.verb), data: (o.data ?? {}) as Record<string, unknown> });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
