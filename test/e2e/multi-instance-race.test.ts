import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosClient } from '@azure/cosmos';
import { ConnectorStandIn } from '../support/connector';
import { startBotProcess, BotProcess, postActivity } from '../support/botProcess';
import { FaultProxy, freePort } from '../support/faultyStore';
import { openAvklaring, AvklaringSetup } from '../support/avklaringFlow';
import { executeActivity, makeUser, TestUser } from '../support/activities';
import { EMBEDDED_KEY } from '../../src/store/embedded';
import { createCosmosClient } from '../../src/store/cosmos';
import { avklaringDocId, avklaringDocSchema, voteDocId } from '../../src/store/avklaring';
import { caseDocId, caseDocSchema } from '../../src/store/cases';

/**
 * Two bot processes on one store, with one request of one instance held back while the other instance presses
 * on the same shared avklaring card: the interleavings a crowd only hits now and then, made to happen every time.
 * Instance B reaches the store through a proxy (src/../test/support/faultyStore.ts) that can hold its next write
 * of a given document; both reach the same Bot Connector stand-in, which can hold the next shared-card update.
 */
const USERS = Array.from({ length: 12 }, (_, i) => makeUser(700 + i, `Deltaker ${i + 1}`));

describe('two bot processes on one store, one of them held back mid-press', () => {
  let connector: ConnectorStandIn;
  let proxy: FaultProxy;
  let a: BotProcess;
  let b: BotProcess;
  let client: CosmosClient;
  const cases = () => client.database('btibot').container('cases');

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    const storePort = await freePort();
    a = await startBotProcess({ EMBEDDED_COSMOS_PORT: String(storePort), REMINDER_POLL_SECONDS: '3600' });
    proxy = await new FaultProxy({ host: '127.0.0.1', port: storePort }).start();
    b = await startBotProcess({ COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: EMBEDDED_KEY, REMINDER_POLL_SECONDS: '3600' });
    client = createCosmosClient(`http://127.0.0.1:${storePort}`, { key: EMBEDDED_KEY });
  }, 120_000);
  afterAll(async () => {
    client?.dispose();
    await b?.stop();
    await proxy?.stop();
    await a?.stop();
    await connector?.stop();
  });

  let chats = 0;
  /** A fresh open avklaring with `n` participants in its own chat (users[0] → first proposal, users[1] → second). */
  const open = async (n: number): Promise<AvklaringSetup> => openAvklaring(a.url, connector, `19:race-${++chats}@thread.v2`, USERS.slice(0, n));
  const press = (bot: BotProcess, s: AvklaringSetup, user: TestUser, proposal: string) =>
    postActivity(bot.url, executeActivity({ ...s.opts, serviceUrl: connector.url }, user, 'avklaring.agree', { avklaringId: s.avklaringId, cardVersion: 1, proposalId: proposal }, s.sharedId));
  const avklaring = async (s: AvklaringSetup) => avklaringDocSchema.parse((await cases().item(avklaringDocId(s.avklaringId), `conv:${s.opts.conversationId}`).read()).resource);
  /** The shared card as an automatic refresh shows it now (read only). */
  const cardNow = async (s: AvklaringSetup) => {
    const doc = await avklaring(s);
    const res = await postActivity(a.url, executeActivity({ ...s.opts, serviceUrl: connector.url }, USERS[0], 'avklaring.refresh', { avklaringId: s.avklaringId, cardVersion: doc.version }, s.sharedId, 'automatic'));
    return res.body.value;
  };
  const lastShared = (s: AvklaringSetup) => {
    const puts = connector.updates(s.opts.conversationId).filter((c) => c.activityId === s.sharedId);
    return puts[puts.length - 1]?.body.attachments[0].content;
  };
  /** The position line under a participant's name on the meeting card. */
  const positionOf = (card: unknown, user: TestUser): string => {
    const row = JSON.stringify(card).match(new RegExp(`"text":"${user.name}"[^}]*\\},\\{[^}]*?"text":"([^"]*)"`));
    return row?.[1] ?? '';
  };
  const within = <T>(p: Promise<T>, what: string) =>
    Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`never happened: ${what}`)), 30_000))]);

  /**
   * x presses on instance B, which is held back at one of its requests (`holdOnB`); meanwhile y presses on A from
   * start to end; then B goes on. Both votes must be on the card, and the last update of the shared message must
   * be the card as it is now (a card B rendered before y voted must not be the last one up).
   */
  const bothVotesStay = async (s: AvklaringSetup, holdOnB: () => { arrived: Promise<void>; release(): void }, what: string) => {
    const [x, y] = [USERS[2]!, USERS[3]!];
    const held = holdOnB();
    const onB = press(b, s, x, s.proposals[0]);
    await within(held.arrived, what);
    expect((await press(a, s, y, s.proposals[1])).status).toBe(200);
    held.release();
    expect((await onB).status).toBe(200);

    const now = await cardNow(s);
    expect(positionOf(now, x)).toMatch(/^enig i /);
    expect(positionOf(now, y)).toMatch(/^enig i /);
    expect(lastShared(s)).toEqual(now);
  };

  it('a press whose write on the avklaring loses to the other instance puts up a card with both votes, not the one it rendered first', async () => {
    const s = await open(4);
    const docPath = `/docs/${avklaringDocId(s.avklaringId)}`;
    await bothVotesStay(s, () => proxy.pauseNext((r) => r.method === 'PUT' && r.path.endsWith(docPath)), "instance B's write on the avklaring");
  }, 60_000);

  it("an update of the shared message that reaches Teams after the other instance's does not leave an older card on top", async () => {
    const s = await open(4);
    await bothVotesStay(s, () => connector.pauseNext((c) => c.method === 'PUT' && c.path.endsWith(`/activities/${s.sharedId}`)), "instance B's update of the shared card");
  }, 60_000);

  it('the last two votes, each on its own instance and neither seeing the other at first, still decide once', async () => {
    const s = await open(4);
    const [u1, u2, u3, u4] = USERS as [TestUser, TestUser, TestUser, TestUser];
    // u1 proposed the first, u2 the second; u3 agrees with the first, u4 with the second.
    expect((await press(a, s, u3, s.proposals[0])).status).toBe(200);
    expect((await press(a, s, u4, s.proposals[1])).status).toBe(200);
    // Now u4 (on B) and u2 (on A) both move to the first proposal: the two last votes. B has read the state and
    // waits with u4's vote; A reads, writes u2's vote and sees u4 still on the second proposal: no decision there.
    const held = proxy.pauseNext((r) => r.method === 'PUT' && r.path.endsWith(`/docs/${voteDocId(s.avklaringId, u4.aadObjectId)}`));
    const onB = press(b, s, u4, s.proposals[0]);
    await within(held.arrived, "instance B's write of u4's vote");
    expect((await press(a, s, u2, s.proposals[0])).status).toBe(200);
    expect((await avklaring(s)).status).toBe('open');
    held.release();
    const answer = await onB;
    expect(answer.status).toBe(200);

    // B's write on the avklaring was based on a read from before u2's vote; it lost, read again and decided.
    const doc = await avklaring(s);
    expect(doc.status).toBe('decided');
    expect(doc.decision?.agreedBy.slice().sort()).toEqual([u1, u2, u3, u4].map((u) => u.aadObjectId).sort());
    const kase = caseDocSchema.parse((await cases().item(caseDocId(doc.caseRef), `conv:${s.opts.conversationId}`).read()).resource);
    expect(kase.coordinatorHistory).toHaveLength(1);
    expect(JSON.stringify(answer.body.value)).toContain('Koordinator er valgt');
    expect(JSON.stringify(lastShared(s))).toContain('Koordinator er valgt');
  }, 60_000);
});
