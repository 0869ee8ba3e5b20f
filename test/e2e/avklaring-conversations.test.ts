import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser, messageActivity, ConversationOpts } from '../support/activities';
import { AvklaringRepository } from '../../src/store/avklaring';
import { CaseRepository } from '../../src/store/cases';
import { avklaringIdFor } from '../../src/bot/avklaring/form';
import { current, findAction, findInput, press, proposalId, propose, startMeeting, VALID_FORM } from './avklaring-helpers';

// The avklaring in a team channel (team-scoped, the bot @mentioned) and in a personal chat with the bot.

const team = Array.from({ length: 12 }, (_, i) => makeUser(60 + i, `Teammedlem ${i + 1}`));
const [alice, bob, carol] = team;

describe('avklaring in a channel and in a personal chat', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { REMINDER_POLL_SECONDS: '3600' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('in a channel: answers the @mention, offers the team but ticks only the asker, and runs the meeting team-scoped', async () => {
    const teamId = '19:team-avk@thread.tacv2';
    const convId = '19:avk-general@thread.tacv2';
    const opts: ConversationOpts = { serviceUrl: h.connector.url, conversationId: convId, conversationType: 'channel', teamId };
    h.connector.setRoster(teamId, team.map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));

    const msg = messageActivity(opts, alice, 'hvem bør koordinere saken?');
    expect(msg.text).toBe('<at>BTI-bot</at> hvem bør koordinere saken?');
    await h.post(msg);
    expect(findAction(h.connector.cards(convId)[0], 'avklaring.next')).toBeTruthy();

    const rec = await h.post(executeActivity(opts, alice, 'avklaring.submit', VALID_FORM, 'msg-form'));
    expect(rec.body.type).toBe('application/vnd.microsoft.card.adaptive');
    // Stored for the team, not for the channel conversation.
    const cases = new CaseRepository(h.bot.store);
    expect(await cases.list(`conv:${convId}`)).toHaveLength(0);
    const [kase] = await cases.list(`team:${teamId}`);
    expect(kase).toBeTruthy();

    // Everyone in the team can be picked; only Alice (who asked) is ticked, so the meeting is not the whole team.
    const input = findInput(rec.body.value, 'participants');
    expect(input.choices.map((c: { value: string }) => c.value).sort()).toEqual(team.map((u) => u.aadObjectId).sort());
    expect(input.value).toBe(alice.aadObjectId);

    const start = findAction(rec.body.value, 'avklaring.start');
    // Started without picking anyone: a clear message, nothing started.
    const alone = await h.post(executeActivity(opts, alice, 'avklaring.start', { ...start.data, participants: input.value }, 'msg-form'));
    expect(alone.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(alone.body.value).toMatch(/minst to fagpersoner/);
    const res = await h.post(executeActivity(opts, alice, 'avklaring.start', { ...start.data, participants: `${alice.aadObjectId},${bob.aadObjectId},${carol.aadObjectId}` }, 'msg-form'));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const owner = `team:${teamId}`;
    const repo = new AvklaringRepository(h.bot.store);
    const doc = (await repo.get(owner, start.data.avklaringId))!;
    expect(doc.status).toBe('open');
    expect(doc.participants.map((p) => p.aadObjectId).sort()).toEqual([alice, bob, carol].map((u) => u.aadObjectId).sort());

    // Three agreements out of three decide it; someone else from the team is not a participant.
    const m = { opts, owner, avklaringId: doc.avklaringId, sharedId: doc.sharedActivityId!, convId };
    await propose(h, m, alice, 'skole-barnehage');
    const pid = await proposalId(h, m, 'skole-barnehage');
    const outsider = await h.post(press(h, m, team[5], 'avklaring.agree', { proposalId: pid }, (await current(h, m)).version));
    expect(outsider.body.value).toMatch(/bare deltakerne/i);
    for (const u of [bob, carol]) await h.post(press(h, m, u, 'avklaring.agree', { proposalId: pid }, (await current(h, m)).version));
    const done = await current(h, m);
    expect(done.status).toBe('decided');
    expect((await cases.get(owner, done.caseRef))?.coordinator).toMatchObject({ service: 'skole-barnehage', decidedBy: 'agreement' });
  });

  it('in a channel the helper flow works the same (roster under the team id)', async () => {
    const teamId = '19:team-avk-2@thread.tacv2';
    const m = await startMeeting(h, '19:avk-channel-2@thread.tacv2', [alice, bob], { conversation: { conversationType: 'channel', teamId } });
    expect(m.owner).toBe(`team:${teamId}`);
    expect((await current(h, m)).participants).toHaveLength(2);
  });

  it('in a personal chat: gives the recommendation and says a meeting needs at least two professionals', async () => {
    const convId = 'a:personal-avk-alice';
    const opts: ConversationOpts = { serviceUrl: h.connector.url, conversationId: convId, conversationType: 'personal' };
    h.connector.setRoster(convId, [alice].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await h.post(messageActivity(opts, alice, 'hvem bør koordinere?'));
    expect(findAction(h.connector.cards(convId)[0], 'avklaring.next')).toBeTruthy();

    const submit = executeActivity(opts, alice, 'avklaring.submit', VALID_FORM, 'msg-form');
    const rec = await h.post(submit);
    expect(rec.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const cardText = JSON.stringify(rec.body.value);
    expect(cardText).toContain('Forslag: hvem bør koordinere?');
    expect(cardText).toContain('minst to fagpersoner');
    expect(findAction(rec.body.value, 'avklaring.start')).toBeUndefined();
    expect(findInput(rec.body.value, 'participants')).toBeUndefined();

    // A start pressed anyway (an old card): a clear message, the avklaring stays a recommendation.
    const owner = `conv:${convId}`;
    const avklaringId = avklaringIdFor(convId, submit.id);
    expect((await new AvklaringRepository(h.bot.store).get(owner, avklaringId))?.status).toBe('recommended');
    const forged = await h.post(executeActivity(opts, alice, 'avklaring.start', { avklaringId, cardVersion: 1, participants: `${alice.aadObjectId},${bob.aadObjectId}` }, 'msg-form'));
    expect(forged.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(forged.body.value).toMatch(/minst to fagpersoner/);
    const doc = await new AvklaringRepository(h.bot.store).get(owner, avklaringId);
    expect(doc?.status).toBe('recommended');
    expect(h.connector.updates(convId).map((c) => c.activityId)).toEqual(['msg-form']);
  });
});
