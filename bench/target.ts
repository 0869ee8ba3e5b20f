import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startBareEndpoint, startEchoBot } from './baseline-echo';
import { ConnectorStandIn, RosterMember } from '../test/support/connector';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { startBot } from '../src/startup';

/**
 * One server under test, in its own process so the load generator does not share its event loop.
 * Usage: tsx bench/target.ts bare|echo|bti|sink. Talks to the bench over IPC: sends { ready: url }, obeys
 * { cmd: 'stop' }; the bot answers { cmd: 'roundTrips' } (its store requests); the sink also answers { cmd: 'stats' } and { cmd: 'roster' }.
 */
type Command =
  | { cmd: 'stop' }
  | { cmd: 'stats'; reset?: boolean }
  | { cmd: 'roundTrips'; reset?: boolean }
  | { cmd: 'roster'; conversationId: string; members: RosterMember[] };

const send = (msg: unknown) => process.send?.(msg);

async function main(): Promise<void> {
  const kind = process.argv[2];
  let stop: () => Promise<void> = async () => undefined;
  let sink: ConnectorStandIn | undefined;
  let store: import('../src/store/cosmos').CosmosStore | undefined;
  if (kind === 'bare' || kind === 'echo') {
    const { url, server } = kind === 'bare' ? await startBareEndpoint() : await startEchoBot();
    stop = async () => void server.close();
    send({ ready: url });
  } else if (kind === 'sink') {
    sink = await new ConnectorStandIn().start();
    const s = sink;
    stop = () => s.stop();
    send({ ready: s.url });
  } else if (kind === 'bti') {
    const dataDir = process.env.EMBEDDED_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bti-bench-'));
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
      } else if (raw.cmd === 'roster' && sink) {
        sink.setRoster(raw.conversationId, raw.members);
        send({ ok: true });
      }
    })();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench target failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
