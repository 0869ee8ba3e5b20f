import * as os from 'node:os';
import { Activity, TurnContext } from 'botbuilder';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createBot } from '../src/runtime/teamsAi/app';
import { FEATURES } from '../src/bot/features';
import { CaseRepository } from '../src/store/cases';
import { reminderPk } from '../src/store/reminders';
import { startTestStore } from '../test/support/store';
import { messageActivity, makeUser } from '../test/support/activities';
import { IN_PROCESS_TURNS } from './cardAction';
import { NullAdapter } from './nullAdapter';

/**
 * Cost as the work grows: the bot in-process on the embedded store (as bench/turns.ts), one team whose work is
 * measured, and other teams' documents added around it — cases, past meetings, avklaringer, conversation
 * addresses and sent reminders — up to each size in SIZES. At each size: a press on the team's avklaring card,
 * `saker`, `status` and one reminder poll (which also runs the outbox sweep), each the median of REPEAT runs,
 * with the store round trips each made. Usage: tsx bench/growth.ts [sizes, e.g. 1000,10000,100000]; reports
 * over IPC (or stdout).
 */
const SIZES = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_GROWTH_REPEAT ?? 25);
/** Only the operations whose name starts with one of these (comma-separated), e.g. `reminder` (all by default). */
const ONLY = process.env.BENCH_GROWTH_OPS?.split(',').filter(Boolean);

export interface GrowthRow {
  documents: number;
  op: string;
  medianMs: number;
  roundTrips: number;
  partitionScoped: number;
  /** Documents the store's query engine evaluated per operation (deterministic: what grows when the time does). */
  scanned: number;
}

async function main(): Promise<void> {
  const { store, embedded } = await startTestStore();
  const result = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const deps = { config: result.config, store, logger: createLogger('silent'), now: () => new Date() };
  const bot = createBot(deps, FEATURES);
  const adapter = new NullAdapter();
  const team = Array.from({ length: 12 }, (_, i) => makeUser(i + 1));
  const conv = { serviceUrl: 'http://127.0.0.1:9/', conversationId: '19:growth@thread.v2' };
  const owner = `conv:${conv.conversationId}`;
  const presses = await IN_PROCESS_TURNS(bot, deps, conv);
  const cases = new CaseRepository(store);
  const now = new Date();
  for (let i = 1; i <= 5; i++) {
    await cases.create(owner, {
      ref: `BTI-${now.getUTCFullYear()}-${String(9000 + i)}`,
      profileId: 'tromso-2025',
      createdAt: now.toISOString(),
      createdBy: team[0]!.aadObjectId,
      members: team.slice(0, 4).map((u) => ({ aadObjectId: u.aadObjectId, name: u.name, teamsId: u.id, role: 'professional' as const })),
    });
  }

  // Other teams' documents. Cases are valid case documents; the rest carry the fields queries filter on.
  let seeded = 0;
  const seedTo = async (target: number) => {
    const batch: Array<() => Promise<unknown>> = [];
    for (; seeded < target; seeded++) {
      const n = seeded;
      const teamPk = `conv:19:other-${n % Math.max(1, Math.floor(target / 20))}@thread.v2`;
      const kind = n % 10;
      // Spread over 30 days for every kind: `n % 30` alone put each kind on the days that share its `n % 10` (the
      // reminders on 6 days, one of them in the poll's week).
      const day = new Date(now.getTime() - (Math.floor(n / 10) % 30) * 86_400_000).toISOString();
      if (kind < 3) {
        batch.push(() =>
          store.container('cases').items.create({
            id: `case:BTI-2025-${String(n).padStart(6, '0')}`, pk: teamPk, type: 'case', ops: [], ref: `BTI-2025-${String(n % 10_000).padStart(4, '0')}`,
            profileId: 'tromso-2025', createdAt: day, createdBy: 'aad-other', members: [{ aadObjectId: 'aad-other', name: 'Annen', role: 'professional' }], coordinatorHistory: [], status: 'open',
          }),
        );
      } else if (kind < 6) {
        batch.push(() => store.container('cases').items.create({ id: `meeting:${n}`, pk: teamPk, type: 'meeting', ops: [], caseRef: 'BTI-2025-0001', status: 'held', startsAt: day, conversationId: teamPk.slice(5) }));
      } else if (kind < 7) {
        batch.push(() => store.container('cases').items.create({ id: `avklaring:${n}`, pk: teamPk, type: 'avklaring', ops: [], avklaringId: `a${n}`, caseRef: 'BTI-2025-0001', status: 'decided' }));
      } else if (kind < 9) {
        batch.push(() => store.container('reminders').items.create({ id: `reminder:${n}`, pk: reminderPk(day), type: 'reminder', ops: [], status: 'sent', dueAt: day, kind: 'meeting-soon' }));
      } else {
        batch.push(() => store.container('conversations').items.create({ id: `ref:${n}`, pk: teamPk, type: 'conversation', ops: [], conversationId: teamPk.slice(5) }));
      }
    }
    // A few writers at once: the server thread takes them one by one anyway.
    for (let i = 0; i < batch.length; i += 32) await Promise.all(batch.slice(i, i + 32).map((f) => f()));
  };

  let press = 0;
  const turn = (activity: object) => bot.run(new TurnContext(adapter, activity as Partial<Activity>));
  const ops: Array<[string, () => Promise<unknown>]> = [
    ['press (agreement on the team\u2019s avklaring card)', () => turn(presses.activity(team[2]!, 2 * press++ + 1))],
    ['saker', () => turn(messageActivity(conv, team[0]!, 'saker'))],
    ['status', () => turn(messageActivity(conv, team[0]!, 'status'))],
    ['reminder poll (with the outbox sweep)', () => bot.reminders.tick()],
  ];

  const rows: GrowthRow[] = [];
  for (const size of SIZES) {
    const t0 = Date.now();
    await seedTo(size);
    process.stderr.write(`[growth] ${size} other documents seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    for (const [op, run] of ops) {
      if (ONLY && !ONLY.some((p) => op.startsWith(p))) continue;
      // Warm-up: the first runs of each operation at the first size pay for compiling the code paths. Ten were
      // not enough: the poll alone measured 20 ms at 1,000 documents after them and 7 ms at 10,000, so every
      // ratio to the first size came out too kind.
      for (let i = 0; i < (size === SIZES[0] ? 100 : 10); i++) await run();
      const times: number[] = [];
      await embedded.roundTrips(true);
      for (let i = 0; i < REPEAT; i++) {
        const s = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
      const rt = await embedded.roundTrips(true);
      times.sort((a, b) => a - b);
      rows.push({ documents: size, op, medianMs: times[Math.floor(times.length / 2)]!, roundTrips: (rt.reads + rt.queries + rt.writes) / REPEAT, partitionScoped: rt.partitionScoped / REPEAT, scanned: rt.scanned / REPEAT });
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!.toFixed(1);
      // The spread beside the median: on a loaded machine a median alone can be a scheduler's pause.
      process.stderr.write(`[growth] ${size} ${op}: ${rows[rows.length - 1]!.medianMs.toFixed(1)} ms (p10 ${at(0.1)}, p90 ${at(0.9)}, load ${os.loadavg()[0]!.toFixed(1)}), ${rows[rows.length - 1]!.roundTrips.toFixed(1)} round trips, ${rows[rows.length - 1]!.scanned.toFixed(0)} documents evaluated\n`);
    }
  }
  if (process.send) process.send(rows);
  else process.stdout.write(JSON.stringify(rows) + '\n');
  await store.close();
  process.exit(0);
}

void main();
