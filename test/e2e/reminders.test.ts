import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { ConnectorStandIn } from '../support/connector';
import { EMBEDDED_KEY } from '../../src/store/embedded';
import type { ProactivePort } from '../../src/actions/types';
import { ReminderRepository, reminderDocSchema, reminderPk } from '../../src/store/reminders';
import { readDoc } from '../../src/store/documents';
import { DEFAULT_LEASE_MS, ReminderWorker } from '../../src/bot/reminderWorker';
import { createLogger } from '../../src/log';
import { ConversationRepository } from '../../src/store/conversations';
import { BOT_ID } from '../support/activities';

/**
 * Two bot instances on one database (the second uses the first one's embedded Cosmos-API server over
 * loopback): every due reminder is sent exactly once, a send that Teams refuses is retried, not lost, and a
 * reminder held by an instance that died is taken over when its lease runs out.
 */
describe('reminders with two bot instances on one store', () => {
  let clock = new Date('2026-11-23T08:00:00Z');
  const now = () => clock;
  let connector: ConnectorStandIn;
  let a: Harness;
  let b: Harness;
  const conversationId = '19:reminders@thread.v2';

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    a = await startHarness({ connector, now, env: { REMINDER_POLL_SECONDS: '3600' } });
    const embedded = a.bot.store.embedded!;
    b = await startHarness({ connector, now, env: { REMINDER_POLL_SECONDS: '3600', COSMOS_ENDPOINT: embedded.endpoint, COSMOS_KEY: EMBEDDED_KEY } });
    await new ConversationRepository(a.bot.store).save(
      { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: conversationId, isGroup: true, conversationType: 'groupChat', name: '' }, bot: { id: BOT_ID, name: 'BTI-bot' } },
      'conv:x',
      'nb',
      clock,
    );
    for (const h of [a, b]) {
      h.bot.bot.reminders.register('test-ping', async (context, reminder, locale) => {
        await context.send({ text: `${locale}:${String(reminder.payload.n)}` });
      });
    }
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await connector.stop();
  });

  it('sends each of 40 due reminders once, whichever instance claims it', async () => {
    const reminders = new ReminderRepository(a.bot.store);
    for (let n = 0; n < 40; n++) {
      await reminders.schedule({ id: `r-${n}`, kind: 'test-ping', dueAt: new Date(clock.getTime() + n * 60_000).toISOString(), conversationId, payload: { n } });
    }
    // Not due yet: nothing is sent.
    clock = new Date('2026-11-23T07:59:00Z');
    expect(await a.bot.bot.reminders.tick()).toBe(0);

    clock = new Date('2026-11-23T09:00:00Z');
    connector.clear();
    const counts = await Promise.all([a.bot.bot.reminders.tick(), b.bot.bot.reminders.tick()]);
    const texts = connector.sent(conversationId).map((c) => c.body.text as string);
    expect(texts).toHaveLength(40);
    expect(new Set(texts).size).toBe(40);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(40);
    // A later pass finds nothing left to send.
    expect(await b.bot.bot.reminders.tick()).toBe(0);
    // Cosmos counts a TTL from the last write: a sent reminder is deleted 30 days after it was sent.
    const first = await readDoc(a.bot.store.container('reminders'), reminderDocSchema, 'r-0', reminderPk('2026-11-23T08:00:00Z'));
    expect(first?.status).toBe('sent');
    expect(first?.ttl).toBe(30 * 86_400);
  });

  it('retries a reminder Teams refused, later, and does not lose it', async () => {
    const reminders = new ReminderRepository(a.bot.store);
    await reminders.schedule({ id: 'r-fault', kind: 'test-ping', dueAt: clock.toISOString(), conversationId, payload: { n: 'fault' } });
    connector.clear();
    connector.failNext(502, 1000, ['POST']);
    const firstPass = await a.bot.bot.reminders.tick();
    expect(firstPass).toBe(0);
    const failed = connector.calls.filter((c) => c.method === 'FAILED-POST').length;
    expect(failed).toBeGreaterThan(0);
    connector.failNext(502, 0);
    // Before the back-off has passed nothing is retried; after it, the reminder goes out once.
    expect(await b.bot.bot.reminders.tick()).toBe(0);
    clock = new Date(clock.getTime() + 60 * 60_000);
    expect(await b.bot.bot.reminders.tick()).toBe(1);
    expect(connector.sent(conversationId).map((c) => c.body.text)).toEqual(['nb:fault']);
  });

  it('an instance that dies after claiming: the other takes the reminder over once the lease runs out, and sends it once', async () => {
    const reminders = new ReminderRepository(a.bot.store);
    await reminders.schedule({ id: 'r-orphan', kind: 'test-ping', dueAt: clock.toISOString(), conversationId, payload: { n: 'orphan' } });
    const [due] = (await reminders.due(clock)).filter((r) => r.id === 'r-orphan');
    // Instance A claims it and then "dies": it never sends and never gives the lease back.
    const held = await reminders.claim(due!, a.bot.bot.reminders.instanceId, clock, DEFAULT_LEASE_MS);
    expect(held?.claimedBy).toBe(a.bot.bot.reminders.instanceId);
    connector.clear();
    // While A's lease holds, B leaves it alone (the lease is in the bots' clock, so no real waiting).
    clock = new Date(clock.getTime() + DEFAULT_LEASE_MS - 1000);
    expect(await b.bot.bot.reminders.tick()).toBe(0);
    clock = new Date(clock.getTime() + 2000);
    expect(await b.bot.bot.reminders.tick()).toBe(1);
    expect(await a.bot.bot.reminders.tick()).toBe(0);
    expect(await b.bot.bot.reminders.tick()).toBe(0);
    expect(connector.sent(conversationId).map((c) => c.body.text)).toEqual(['nb:orphan']);
  });

  it('a send slower than the lease keeps its lease, so the other instance does not send it a second time', async () => {
    const reminders = new ReminderRepository(a.bot.store);
    const leaseMs = 60_000;
    const sends: string[] = [];
    let otherPass: number | undefined;
    // A third instance on the same store, with a short real renewal interval; its send takes two leases of bot time.
    const slow = new ReminderWorker({ store: a.bot.store, proactive: standInPort, logger: createLogger('silent'), now, leaseMs, renewEveryMs: 10 });
    slow.register('slow-ping', async (_context, reminder) => {
      sends.push(`slow:${reminder.id}`);
      const leaseAt = async () => (await readDoc(a.bot.store.container('reminders'), reminderDocSchema, reminder.id, reminder.pk))?.leaseUntil ?? '';
      clock = new Date(clock.getTime() + 2 * leaseMs);
      // Wait (bounded) until the renewal has pushed the lease past the new time, then let the other instance poll.
      for (let i = 0; i < 500 && (await leaseAt()) <= clock.toISOString(); i++) await new Promise((r) => setTimeout(r, 10));
      expect(await leaseAt() > clock.toISOString()).toBe(true);
      otherPass = await b.bot.bot.reminders.tick();
    });
    for (const h of [a, b]) h.bot.bot.reminders.register('slow-ping', async () => void sends.push('other'));
    await reminders.schedule({ id: 'r-slow', kind: 'slow-ping', dueAt: clock.toISOString(), conversationId, payload: { n: 'slow' } });
    expect(await slow.tick()).toBe(1);
    expect(otherPass).toBe(0);
    expect(sends).toEqual(['slow:r-slow']);
    expect(await b.bot.bot.reminders.tick()).toBe(0);
    expect(await a.bot.bot.reminders.tick()).toBe(0);
    expect(sends).toEqual(['slow:r-slow']);
  });
});

/** Runs the work with a port that refuses to talk to Teams: the senders in these tests do not. */
const standInPort: ProactivePort = {
  continue: (_reference, work) =>
    work({
      send: () => Promise.reject(new Error('no Teams in this test')),
      update: () => Promise.reject(new Error('no Teams in this test')),
      members: () => Promise.resolve([]),
    }),
};
