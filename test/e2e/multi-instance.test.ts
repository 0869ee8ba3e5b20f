import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosClient } from '@azure/cosmos';
import { ConnectorStandIn } from '../support/connector';
import { startBotProcess, BotProcess, postActivity } from '../support/botProcess';
import { freePort } from '../support/faultyStore';
import { openAvklaring, AvklaringSetup } from '../support/avklaringFlow';
import { executeActivity, makeUser } from '../support/activities';
import { EMBEDDED_KEY } from '../../src/store/embedded';
import { createCosmosClient } from '../../src/store/cosmos';
import { avklaringDocId, avklaringDocSchema, avklaringVoteSchema } from '../../src/store/avklaring';
import { caseDocId, caseDocSchema } from '../../src/store/cases';
import { rsvpDocSchema, meetingDocSchema } from '../../src/store/meetings';
import { MAX_PARTICIPANTS } from '../../src/bot/avklaring/recommendation';

/**
 * Two bot PROCESSES on one database (the second uses the first one's embedded Cosmos-API server over
 * loopback), a Bot Connector stand-in here. 1,000 concurrent presses on one shared avklaring card, split
 * across both, some of them Teams re-deliveries of the same activity to the other instance.
 */
const USERS = Array.from({ length: 40 }, (_, i) => makeUser(500 + i, `Deltaker ${i + 1}`));
// The avklaring takes the most participants one meeting allows (MAX_PARTICIPANTS); the meeting invites all 40.
const PARTICIPANTS = USERS.slice(0, MAX_PARTICIPANTS);
const CONV = '19:multi-instance@thread.v2';
const OWNER = `conv:${CONV}`;
const MEETING_CONV = '19:multi-instance-meeting@thread.v2';
const MEETING_OWNER = `conv:${MEETING_CONV}`;
const INVITATION = 'invitation-card';
const ANSWERS = ['yes', 'no', 'maybe'] as const;

describe('two bot processes on one store', () => {
  let connector: ConnectorStandIn;
  let a: BotProcess;
  let b: BotProcess;
  let client: CosmosClient;
  let s: AvklaringSetup;
  const cases = () => client.database('btibot').container('cases');

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    const storePort = await freePort();
    a = await startBotProcess({ EMBEDDED_COSMOS_PORT: String(storePort), REMINDER_POLL_SECONDS: '3600' });
    b = await startBotProcess({ COSMOS_ENDPOINT: `http://127.0.0.1:${storePort}`, COSMOS_KEY: EMBEDDED_KEY, REMINDER_POLL_SECONDS: '3600' });
    client = createCosmosClient(`http://127.0.0.1:${storePort}`, { key: EMBEDDED_KEY });
    s = await openAvklaring(a.url, connector, CONV, PARTICIPANTS);
    // A meeting in another chat, called by USERS[0], inviting the 39 others (the most a meeting takes).
    connector.setRoster(MEETING_CONV, USERS.map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const submit = await postActivity(
      b.url,
      executeActivity({ serviceUrl: connector.url, conversationId: MEETING_CONV, conversationType: 'groupChat' }, USERS[0], 'meeting.submit', {
        mode: 'new', meetingId: '', cardVersion: '0', meetingType: 'samarbeidsmote', caseRef: 'new', date, start: '09:00', end: '10:00',
        place: 'Møterom 1', onlineLink: '', agenda: 'Status', invitees: USERS.slice(1).map((u) => u.aadObjectId).join(','),
        childInvited: 'false', interpreterNeeded: 'false', interpreterLanguage: '',
      }, 'form-card'),
    );
    expect(JSON.stringify(submit.body)).toMatch(/er sendt/);
    const { resources } = await cases().items.query({ query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @t', parameters: [{ name: '@pk', value: MEETING_OWNER }, { name: '@t', value: 'meeting' }] }).fetchAll();
    meetingId = meetingDocSchema.parse(resources[0]).meetingId;
  }, 90_000);
  let meetingId = '';
  afterAll(async () => {
    client?.dispose();
    await b?.stop();
    await a?.stop();
    await connector?.stop();
  });

  const votes = async () => {
    const { resources } = await cases()
      .items.query({ query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @t', parameters: [{ name: '@pk', value: OWNER }, { name: '@t', value: 'avklaring-vote' }] })
      .fetchAll();
    return resources.map((r: unknown) => avklaringVoteSchema.parse(r));
  };
  const avklaring = async () => avklaringDocSchema.parse((await cases().item(avklaringDocId(s.avklaringId), OWNER).read()).resource);

  it('1,000 concurrent agreements across both instances: exact stored counts, the last shared-card update shows the final state', async () => {
    // Participants 3..30 each press many times, always for the same proposal (even → first, odd → second).
    const target = (j: number) => s.proposals[j % 2];
    const activities = Array.from({ length: 450 }, (_, i) => {
      const j = 2 + (i % (PARTICIPANTS.length - 2));
      return executeActivity({ ...s.opts, serviceUrl: connector.url }, PARTICIPANTS[j], 'avklaring.agree', { avklaringId: s.avklaringId, cardVersion: 1, proposalId: target(j) }, s.sharedId);
    });
    // RSVPs: invitee j always answers ANSWERS[j % 3].
    const mconv = { serviceUrl: connector.url, conversationId: MEETING_CONV, conversationType: 'groupChat' as const };
    const rsvpActs = Array.from({ length: 450 }, (_, i) => {
      const j = 1 + (i % (USERS.length - 1));
      return executeActivity(mconv, USERS[j], 'meeting.rsvp', { meetingId, cardVersion: '0', answer: ANSWERS[j % 3] }, INVITATION);
    });
    // 100 of the 1,000 are Teams re-deliveries: the same activity (same id) to the other instance.
    const redeliveries = activities.slice(0, 50);
    const rsvpRedeliveries = rsvpActs.slice(0, 50);
    connector.clear();
    const settled = await Promise.allSettled([
      ...activities.map((act, i) => postActivity(i % 2 ? a.url : b.url, act)),
      ...rsvpActs.map((act, i) => postActivity(i % 2 ? b.url : a.url, act)),
      ...redeliveries.map((act, i) => postActivity(i % 2 ? b.url : a.url, act)),
      ...rsvpRedeliveries.map((act, i) => postActivity(i % 2 ? a.url : b.url, act)),
    ]);
    const failedPosts = settled.filter((x) => x.status === 'rejected');
    if (failedPosts.length) console.log('[multi-instance] failed posts', failedPosts.length, String((failedPosts[0] as PromiseRejectedResult).reason?.cause), a.child.exitCode, b.child.exitCode, a.stderr().slice(-2000), b.stderr().slice(-2000));
    expect(failedPosts).toHaveLength(0);
    const results = settled.map((x) => (x as PromiseFulfilledResult<{ status: number; body: any }>).value); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(results).toHaveLength(1000);
    const isCard = (r: { body: any }) => r.body?.type === 'application/vnd.microsoft.card.adaptive'; // eslint-disable-line @typescript-eslint/no-explicit-any
    const summary: Record<string, number> = {};
    for (const r of results) {
      expect(r.status).toBe(200);
      const key = isCard(r) ? 'card' : String(r.body?.value).slice(0, 60);
      summary[key] = (summary[key] ?? 0) + 1;
    }
    console.log('[multi-instance] answers', JSON.stringify(summary));
    // Every press is answered with the current card: the per-instance turn limit (src/turnLimiter.ts) keeps a
    // crowd from pushing store requests past their timeout (before it, most of these 1,000 were answered with
    // the "database unreachable" message although the store was only busy).
    expect(summary).toEqual({ card: 1000 });

    // Exact counts: a participant has a vote iff at least one of their presses was answered with a card, and
    // it is for the proposal they pressed; participants 1 and 2 keep the agreement from their proposal.
    const all = [...activities, ...rsvpActs, ...redeliveries, ...rsvpRedeliveries];
    const confirmedBy = (verb: string) => new Set(all.filter((act, i) => act.value.action.verb === verb && isCard(results[i])).map((act) => act.from.aadObjectId));
    const confirmed = confirmedBy('avklaring.agree');
    const stored = await votes();
    const agreeing = (p: string) => stored.filter((v) => v.agreesWith === p).map((v) => v.actorId).sort();
    const expectFor = (k: number) => PARTICIPANTS.filter((u, j) => (j < 2 ? j === k : j % 2 === k && confirmed.has(u.aadObjectId))).map((u) => u.aadObjectId).sort();
    expect(agreeing(s.proposals[0])).toEqual(expectFor(0));
    expect(agreeing(s.proposals[1])).toEqual(expectFor(1));
    expect(stored).toHaveLength(2 + confirmed.size);
    // Every press was recorded once per vote document at most, whichever instance got it and how often.
    for (const v of stored) expect(new Set(v.ops).size).toBe(v.ops.length);
    const doc = await avklaring();
    expect(doc.status).toBe('open');

    // The shared card as it is now (an automatic refresh reads it without writing) …
    const now = await postActivity(a.url, executeActivity({ ...s.opts, serviceUrl: connector.url }, USERS[0], 'avklaring.refresh', { avklaringId: s.avklaringId, cardVersion: doc.version }, s.sharedId, 'automatic'));
    expect(JSON.stringify(now.body.value)).toMatch(new RegExp(`"cardVersion":"?${doc.version}"?[,}]`));
    // … is what the last update of the shared message put there.
    const puts = connector.updates(CONV).filter((c) => c.activityId === s.sharedId);
    expect(puts.length).toBeGreaterThan(0);
    expect(puts[puts.length - 1].body.attachments[0].content).toEqual(now.body.value);

    // RSVPs: one document per invitee who got a card back, with the answer they pressed, ops applied once.
    const rsvpConfirmed = confirmedBy('meeting.rsvp');
    const { resources } = await cases().items.query({ query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @t', parameters: [{ name: '@pk', value: MEETING_OWNER }, { name: '@t', value: 'rsvp' }] }).fetchAll();
    const rsvps = resources.map((r: unknown) => rsvpDocSchema.parse(r));
    expect(rsvps.map((r) => r.aadObjectId).sort()).toEqual([...rsvpConfirmed].sort());
    for (const r of rsvps) {
      expect(r.answer).toBe(ANSWERS[USERS.findIndex((u) => u.aadObjectId === r.aadObjectId) % 3]);
      expect(new Set(r.ops).size).toBe(r.ops.length);
    }
    const count = (x: string) => rsvps.filter((r) => r.answer === x).length;
    const tally = `Kommer: ${count('yes')} · Kommer ikke: ${count('no')} · Usikker: ${count('maybe')} · Ikke svart: ${USERS.length - rsvps.length}`;
    const view = await postActivity(a.url, executeActivity(mconv, USERS[0], 'meeting.refresh', { meetingId, cardVersion: '0' }, INVITATION, 'automatic'));
    expect(JSON.stringify(view.body.value)).toContain(tally);
    const invitationPuts = connector.updates(MEETING_CONV).filter((c) => c.activityId === INVITATION);
    expect(invitationPuts.length).toBeGreaterThan(0);
    expect(JSON.stringify(invitationPuts[invitationPuts.length - 1].body.attachments[0].content)).toContain(tally);
  }, 85_000);

  it('the same activity delivered to both instances is applied once', async () => {
    const user = USERS[7]; // agrees with the second proposal
    const act = executeActivity({ ...s.opts, serviceUrl: connector.url }, user, 'avklaring.agree', { avklaringId: s.avklaringId, cardVersion: 1, proposalId: s.proposals[0] }, s.sharedId);
    const before = await avklaring();
    await Promise.all([postActivity(a.url, act), postActivity(b.url, act), postActivity(a.url, act)]);
    const vote = (await votes()).find((v) => v.actorId === user.aadObjectId)!;
    expect(vote.agreesWith).toBe(s.proposals[0]);
    expect(vote.ops.filter((o) => o === act.id)).toHaveLength(1);
    expect((await avklaring()).version).toBe(before.version + 1);
  });

  it('everybody agreeing at once on both instances decides once', async () => {
    const acts = PARTICIPANTS.map((u) => executeActivity({ ...s.opts, serviceUrl: connector.url }, u, 'avklaring.agree', { avklaringId: s.avklaringId, cardVersion: 1, proposalId: s.proposals[0] }, s.sharedId));
    await Promise.all(acts.map((act, i) => postActivity(i % 2 ? a.url : b.url, act)));
    const doc = await avklaring();
    expect(doc.status).toBe('decided');
    expect(doc.decision?.agreedBy.slice().sort()).toEqual(PARTICIPANTS.map((u) => u.aadObjectId).sort());
    const kase = caseDocSchema.parse((await cases().item(caseDocId(doc.caseRef), OWNER).read()).resource);
    expect(kase.coordinatorHistory).toHaveLength(1);
    const puts = connector.updates(CONV).filter((c) => c.activityId === s.sharedId);
    expect(JSON.stringify(puts[puts.length - 1].body.attachments[0].content)).toContain('Koordinator er valgt');
  });
});
