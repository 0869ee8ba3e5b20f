import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig, AppConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startBot, RunningBot } from '../../src/startup';
import { ConnectorStandIn } from './connector';

export interface Harness {
  bot: RunningBot;
  connector: ConnectorStandIn;
  config: AppConfig;
  dataDir: string;
  /** Posts an activity to /api/messages; resolves with the HTTP status and parsed body. */
  post(activity: object, headers?: Record<string, string>): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  dataDir?: string;
  now?: () => Date;
  connector?: ConnectorStandIn;
  /** Collects the bot's log lines (JSON) here; set LOG_LEVEL in env to choose how much. */
  logLines?: string[];
}

/**
 * The runtime the e2e suites run on: BOT_RUNTIME from the environment (`BOT_RUNTIME=teams-sdk npx vitest run …`,
 * or the vitest project of that name), else the default. A test that must run on one runtime sets BOT_RUNTIME in
 * its own env.
 */
export const TEST_RUNTIME: 'teams-ai' | 'teams-sdk' = process.env.BOT_RUNTIME === 'teams-sdk' ? 'teams-sdk' : 'teams-ai';

/** Starts the real bot on an ephemeral port with the embedded store, plus a Bot Connector stand-in. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bti-bot-test-'));
  const connector = opts.connector ?? (await new ConnectorStandIn().start());
  const result = loadConfig({ PORT: '0', HOST: '127.0.0.1', EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', BOT_RUNTIME: TEST_RUNTIME, ...opts.env });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const sink = opts.logLines;
  const logger = createLogger(result.config.logLevel, { service: 'bti-bot-test' }, sink ? (line) => void sink.push(line) : undefined);
  const bot = await startBot(result.config, logger, { now: opts.now });
  return {
    bot,
    connector,
    config: result.config,
    dataDir,
    async post(activity, headers = {}) {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body };
    },
    async stop() {
      await bot.stop();
      if (!opts.connector) await connector.stop();
    },
  };
}
