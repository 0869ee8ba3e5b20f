import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { makeUser } from '../support/activities';
import { press, propose, proposalId, startMeeting, current, Meeting } from './avklaring-helpers';

/**
 * What one press on the shared avklaring card costs, counted by the store server and the connector stand-in
 * (deterministic, unlike its time; src/bot/avklaring/positions.ts says why these and no more): a vote is one
 * query, the participant's write and one write on the avklaring, and one update of the shared message.
 */
const USERS = Array.from({ length: 4 }, (_, i) => makeUser(900 + i, `Deltaker ${i + 1}`));

describe('the cost of one press on the shared avklaring card', () => {
  let h: Harness;
  let m: Meeting;
  let p: string[];
  beforeAll(async () => {
    h = await startHarness({ env: { REMINDER_POLL_SECONDS: '3600' } });
    m = await startMeeting(h, '19:avk-cost@thread.v2', USERS);
    await propose(h, m, USERS[0]!, 'skole-barnehage');
    await propose(h, m, USERS[1]!, 'fysio-ergo');
    p = [await proposalId(h, m, 'skole-barnehage'), await proposalId(h, m, 'fysio-ergo')];
    // Each person's language choice is looked up once a minute, not per turn (src/store/preferences.ts): a card
    // refresh by everyone first, so the counts below are the press's own.
    for (const u of USERS) await h.post(press(h, m, u, 'avklaring.refresh', {}, (await current(h, m)).version, 'automatic'));
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
  });

  /** Runs one activity and counts the store's round trips and the calls to the connector it made. */
  const counted = async (activity: object) => {
    const embedded = h.bot.store.embedded!;
    await embedded.roundTrips(true);
    h.connector.clear();
    const res = await h.post(activity);
    const trips = await embedded.roundTrips(true);
    return { res, trips, connector: h.connector.calls.map((c) => c.method) };
  };

  it('a vote: three store round trips (one query, two writes) and one update of the shared message', async () => {
    const before = await current(h, m);
    const { res, trips, connector } = await counted(press(h, m, USERS[2]!, 'avklaring.agree', { proposalId: p[0] }, before.version));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(trips).toMatchObject({ reads: 0, queries: 1, writes: 2 });
    expect(connector).toEqual(['PUT']);
    expect((await current(h, m)).version).toBe(before.version + 1);
  });

  it('a Teams re-delivery of that press: one query, nothing written, nothing sent', async () => {
    const before = await current(h, m);
    const act = press(h, m, USERS[3]!, 'avklaring.agree', { proposalId: p[1] }, before.version);
    await h.post(act);
    const { res, trips, connector } = await counted(act);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(trips).toMatchObject({ reads: 0, queries: 1, writes: 0 });
    expect(connector).toEqual([]);
    expect((await current(h, m)).version).toBe(before.version + 1);
  });

  it('a change of mind is a vote like the first', async () => {
    const before = await current(h, m);
    const { trips, connector } = await counted(press(h, m, USERS[3]!, 'avklaring.agree', { proposalId: p[0] }, before.version));
    expect(trips).toMatchObject({ reads: 0, queries: 1, writes: 2 });
    expect(connector).toEqual(['PUT']);
  });
});
