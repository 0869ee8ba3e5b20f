import { Activity, TurnContext } from 'botbuilder';
import { NullAdapter } from './nullAdapter';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createBot } from '../src/runtime/teamsAi/app';
import { FEATURES } from '../src/bot/features';
import { startTestStore } from '../test/support/store';
import { messageActivity, makeUser } from '../test/support/activities';
import { IN_PROCESS_TURNS } from './cardAction';

/**
 * The cheap turn driver for the memory measurement: the real bot (teams-ai application, every feature, turn
 * state and documents in the embedded Cosmos-API server over loopback HTTP) driven in-process, with an
 * adapter that answers sends and updates without HTTP. Skips only restify, JWT checks and the outbound
 * connector call, so 100,000 turns take a couple of minutes instead of ten.
 * Usage: tsx --expose-gc bench/turns.ts [turns]; reports over IPC (or stdout).
 */
const CONCURRENCY = 16;
const mb = (n: number) => n / 1024 / 1024;

function measure(): { rss: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { rss: mb(m.rss), heap: mb(m.heapUsed) };
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
  const { store } = await startTestStore();
  const result = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const deps = { config: result.config, store, logger: createLogger('silent'), now: () => new Date() };
  const bot = createBot(deps, FEATURES);
  const adapter = new NullAdapter();
  const team = Array.from({ length: 12 }, (_, i) => makeUser(i + 1));
  const conv = { serviceUrl: 'http://127.0.0.1:9/', conversationId: '19:memory@thread.v2' };
  const extra = IN_PROCESS_TURNS ? await IN_PROCESS_TURNS(bot, deps, conv) : undefined;
  let next = 0;
  let failed = 0;
  const one = async (i: number) => {
    const user = team[i % team.length];
    const activity = extra && i % 2 === 1 ? extra.activity(user, i) : messageActivity(conv, user, 'hjelp');
    try {
      await bot.run(new TurnContext(adapter, activity as Partial<Activity>));
    } catch {
      failed++;
    }
  };
  const runUntil = async (limit: number) => {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < limit) await one(next++);
      }),
    );
  };
  const t0 = Date.now();
  await runUntil(1_000);
  const at1k = measure();
  await runUntil(total);
  const atEnd = measure();
  const seconds = (Date.now() - t0) / 1000;
  if (extra?.verify) await extra.verify(total);
  const report = {
    turns: total,
    at1k: at1k.rss,
    atEnd: atEnd.rss,
    heap1k: at1k.heap,
    heapEnd: atEnd.heap,
    seconds,
    failed,
    mix: extra ? `help turns and ${extra.label}, alternating` : 'help turns',
  };
  if (process.send) process.send(report);
  else process.stdout.write(JSON.stringify(report) + '\n');
  await store.close();
  process.exit(0);
}

void main();
