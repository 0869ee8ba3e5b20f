import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, makeUser, BOT_ID } from '../support/activities';
import { timer } from '../support/timed';
import { ReminderRepository } from '../../src/store/reminders';
import { ConversationRepository } from '../../src/store/conversations';
import { propose, startMeeting } from './avklaring-helpers';

/**
 * The Bot Connector (Teams) answers 429 / 502 when the bot sends or updates. botbuilder's HTTP pipeline
 * retries (5xx with exponential back-off, 429 after the service's Retry-After) and the bot's adapter backs off
 * on a 429 without Retry-After (src/runtime/teamsAi/connectorRetry.ts); the bot must deliver once,
 * not twice, and a proactive reminder must not be lost. Durations are printed, not asserted.
 * test/e2e/reminders.test.ts already covers a send refused beyond every retry (released and sent later).
 */
const alice = makeUser(1, 'Alice Fagperson');
const conversationId = '19:fault-connector@thread.v2';

const timed = timer('fault-connector');

describe('connector answering 429 / 502', () => {
  let h: Harness;
  let clock = new Date('2026-11-23T08:00:00Z');
  const conv = () => ({ serviceUrl: h.connector.url, conversationId });
  const failed = () => h.connector.calls.filter((c) => c.method.startsWith('FAILED-')).length;
  const delivered = () => h.connector.sent(conversationId).filter((c) => c.body.type === 'message');

  beforeAll(async () => {
    h = await startHarness({ now: () => clock, env: { REMINDER_POLL_SECONDS: '3600' } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('retries a reply refused with 502 twice and delivers it once', async () => {
    h.connector.clear();
    h.connector.failNext(502, 2, ['POST']);
    const res = await timed('reply through two 502s', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    expect(res.status).toBe(200);
    expect(failed()).toBe(2);
    expect(delivered()).toHaveLength(1);
    expect(JSON.stringify(delivered()[0].body)).toContain('Dette kan jeg hjelpe med');
  });

  it('waits out a 429 with Retry-After and delivers the reply once', async () => {
    h.connector.clear();
    h.connector.failNext(429, 2, ['POST'], { 'retry-after': '1' });
    await timed('reply through two 429s with Retry-After: 1', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    expect(failed()).toBe(2);
    expect(delivered()).toHaveLength(1);
    expect(JSON.stringify(delivered()[0].body)).toContain('Dette kan jeg hjelpe med');
  });

  it('backs off and retries a 429 without Retry-After (botbuilder alone would give up at once), delivering once', async () => {
    h.connector.clear();
    h.connector.failNext(429, 2, ['POST']);
    await timed('reply through two 429s without Retry-After', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    expect(failed()).toBe(2);
    expect(delivered()).toHaveLength(1);
    expect(JSON.stringify(delivered()[0].body)).toContain('Dette kan jeg hjelpe med');
  });

  it('updates the shared card through 429s without Retry-After', async () => {
    const users = [alice, makeUser(2, 'Bo Fagperson')];
    const m = await startMeeting(h, '19:fault-connector-card@thread.v2', users);
    h.connector.clear();
    h.connector.failNext(429, 2, ['PUT']);
    const res = await timed('shared-card update through two 429s', () => propose(h, m, users[1], 'fysio-ergo'));
    expect(res.status).toBe(200);
    expect(failed()).toBe(2);
    const puts = h.connector.updates(m.convId).filter((c) => c.activityId === m.sharedId);
    expect(puts).toHaveLength(1);
    expect(JSON.stringify(puts[0].body)).toContain('Bo Fagperson');
  });

  it('gives up after a bounded number of retries instead of looping, and serves the next turn normally', async () => {
    h.connector.clear();
    h.connector.failNext(429, 8, ['POST']);
    await timed('reply through a 429 that does not end', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    // The reply and then the error message each get 1 + 3 attempts, all refused here; then the bot stops trying.
    expect(failed()).toBe(8);
    expect(delivered()).toHaveLength(0);
    h.connector.clear();
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(delivered()).toHaveLength(1);
  });

  it('sends a proactive reminder through a 429 burst in the same pass, once', async () => {
    await new ConversationRepository(h.bot.store).save(
      { channelId: 'msteams', serviceUrl: h.connector.url, conversation: { id: conversationId, isGroup: true, conversationType: 'groupChat', name: '' }, bot: { id: BOT_ID, name: 'BTI-bot' } },
      'conv:x',
      'nb',
      clock,
    );
    h.bot.bot.reminders.register('fault-ping', async (context, reminder) => {
      await context.send({ text: `påminnelse ${String(reminder.payload.n)}` });
    });
    await new ReminderRepository(h.bot.store).schedule({ id: 'r-429', kind: 'fault-ping', dueAt: clock.toISOString(), conversationId, payload: { n: 1 } });
    h.connector.clear();
    h.connector.failNext(429, 2, ['POST'], { 'retry-after': '1' });
    const sent = await timed('reminder pass through two 429s', () => h.bot.bot.reminders.tick());
    expect(sent).toBe(1);
    expect(failed()).toBe(2);
    expect(delivered().map((c) => c.body.text)).toEqual(['påminnelse 1']);
    clock = new Date(clock.getTime() + 3 * 3600_000);
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    expect(delivered()).toHaveLength(1);
  });
});
