import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Harness } from '../support/botHarness';
import { startMeetingsHarness } from '../support/meetingsHarness';
import { executeActivity, makeUser, TestUser } from '../support/activities';
import { MeetingRepository, meetingDocId, meetingDocSchema, rsvpDocId, rsvpDocSchema, type MeetingDoc } from '../../src/store/meetings';
import { CaseRepository } from '../../src/store/cases';
import { AvklaringRepository, voteDocId, avklaringVoteSchema } from '../../src/store/avklaring';
import { stepsOf } from '../../src/store/outbox';
import { current, findAction, press, proposalId, propose, startMeeting, VALID_FORM } from './avklaring-helpers';
import { messageActivity } from '../support/activities';
import { steps as outboxSteps } from '../../src/bot/avklaring/outbox';

/**
 * Multi-step commands finish or are finished (src/bot/outbox.ts): Teams refusing the post of a new meeting's
 * invitation or of the avklaring's shared card once, then the re-delivery of the same activity or the background
 * sweep completing it; and late re-deliveries of presses that must not undo a newer answer.
 */
const CONV = '19:outbox@thread.v2';
const OWNER = `conv:${CONV}`;
const kari = makeUser(1, 'Kari Koordinator');
const people: TestUser[] = [kari, makeUser(2, 'Per Fagperson'), makeUser(3, 'Siri Fagperson'), makeUser(4, 'Ola Fagperson')];

let clock = new Date('2026-11-10T08:00:00Z');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const text = (x: Json) => JSON.stringify(x);

describe('unfinished commands are finished, late re-deliveries change nothing', () => {
  let h: Harness;
  let meetings: MeetingRepository;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV });

  beforeAll(async () => {
    ({ h, meetings } = await startMeetingsHarness(CONV, people, { now: () => clock, env: { REMINDER_POLL_SECONDS: '3600', REMINDER_BEFORE_HOURS: '24' } }));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const form = (over: Record<string, unknown> = {}) => ({
    mode: 'new',
    meetingId: '',
    cardVersion: '0',
    meetingType: 'samarbeidsmote',
    caseRef: 'new',
    date: '2026-11-20',
    start: '09:00',
    end: '10:00',
    place: 'Møterom 1',
    onlineLink: '',
    agenda: 'Status',
    invitees: people.slice(1).map((p) => p.aadObjectId).join(','),
    childInvited: 'false',
    interpreterNeeded: 'false',
    interpreterLanguage: '',
    ...over,
  });
  const invitations = () => h.connector.sent(CONV).filter((c) => text(c.body.attachments ?? []).includes('meeting.rsvp'));
  const remindersOf = async (meetingId: string) => {
    const { resources } = await h.bot.store
      .container('reminders')
      .items.query({ query: 'SELECT * FROM c WHERE c.payload.meetingId = @m', parameters: [{ name: '@m', value: meetingId }] })
      .fetchAll();
    return resources;
  };
  const meetingBySubmit = async (before: string[]): Promise<MeetingDoc> => {
    const all = await meetings.list(OWNER);
    const fresh = all.filter((m) => !before.includes(m.meetingId));
    expect(fresh).toHaveLength(1);
    return fresh[0]!;
  };

  for (const [status, times] of [
    [403, 1],
    // A 502 is retried by botbuilder's own HTTP pipeline; refused on every one of those tries, the post fails.
    [502, 8],
  ] as const) {
    it(`the invitation POST refused with ${status}: the user hears it is saved but not sent; the re-delivery posts it once and says it is sent`, async () => {
      const before = (await meetings.list(OWNER)).map((m) => m.meetingId);
      h.connector.clear();
      h.connector.failNext(status, times, ['POST']);
      const submit = executeActivity(conv(), kari, 'meeting.submit', form(), 'form-card');
      const first = await h.post(submit);
      h.connector.failNext(status, 0);
      expect(first.status).toBe(200);
      const saved = await meetingBySubmit(before);
      expect(saved.caseRef).toMatch(/^BTI-\d{4}-\d{4}$/);
      // Truthful: saved, with its case ref, not sent.
      expect(text(first.body.value)).toContain(`Møtet er lagret i sak ${saved.caseRef}, men innkallingen til Samarbeidsmøte er ikke sendt ennå`);
      expect(text(first.body.value)).not.toMatch(/noe gikk galt/i);
      expect(invitations()).toHaveLength(0);
      expect(saved.activityId).toBeUndefined();
      expect(stepsOf(saved).map((s) => s.step)).toEqual(['invitation.post']);
      // What came before the post is in place: the case with the invitees.
      const kase = await new CaseRepository(h.bot.store).get(OWNER, saved.caseRef);
      expect(kase?.members.map((m) => m.aadObjectId).sort()).toEqual(people.map((p) => p.aadObjectId).sort());

      // Teams delivers the same activity again.
      const again = await h.post(submit);
      expect(text(again.body.value)).toContain(`Innkallingen til Samarbeidsmøte i sak ${saved.caseRef} er sendt.`);
      const posted = invitations();
      expect(posted).toHaveLength(1);
      const done = (await meetings.get(OWNER, saved.meetingId))!;
      expect(done.activityId).toBeTruthy();
      expect(stepsOf(done)).toHaveLength(0);
      expect(done.outbox).toBeUndefined();
      expect(text(posted[0]!.body)).toContain(saved.caseRef);
      const reminders = await remindersOf(saved.meetingId);
      expect(reminders.map((r: Json) => r.kind)).toContain('meeting.before-meeting');
      expect(reminders.every((r: Json) => r.status === 'pending')).toBe(true);

      // A third delivery changes nothing and posts nothing.
      const third = await h.post(submit);
      expect(text(third.body.value)).toContain(`i sak ${saved.caseRef} er sendt.`);
      expect(invitations()).toHaveLength(1);
      expect((await meetings.list(OWNER)).filter((m) => !before.includes(m.meetingId))).toHaveLength(1);
    });
  }

  it('without a re-delivery, the background sweep posts the invitation through the stored conversation reference', async () => {
    const before = (await meetings.list(OWNER)).map((m) => m.meetingId);
    h.connector.clear();
    h.connector.failNext(403, 1, ['POST']);
    const res = await h.post(executeActivity(conv(), kari, 'meeting.submit', form({ date: '2026-11-21' }), 'form-card'));
    expect(text(res.body.value)).toMatch(/er ikke sendt ennå/);
    const saved = await meetingBySubmit(before);
    expect(invitations()).toHaveLength(0);
    // Before its back-off is over the sweep leaves it.
    await h.bot.bot.reminders.tick();
    expect(invitations()).toHaveLength(0);
    clock = new Date(clock.getTime() + 5 * 60_000);
    await h.bot.bot.reminders.tick();
    const posted = invitations();
    expect(posted).toHaveLength(1);
    const done = (await meetings.get(OWNER, saved.meetingId))!;
    expect(done.activityId).toBeTruthy();
    expect(stepsOf(done)).toHaveLength(0);
    expect(text(posted[0]!.body)).toContain(saved.caseRef);
    await h.bot.bot.reminders.tick();
    expect(invitations()).toHaveLength(1);
  });

  it('stored meetings from before the outbox (no pending field) still read and answer', async () => {
    const [any] = await meetings.list(OWNER);
    const raw = { ...any! } as Record<string, unknown>;
    delete raw.pending;
    delete raw.outbox;
    expect(meetingDocSchema.parse(raw).pending).toBeUndefined();
    expect(stepsOf(meetingDocSchema.parse(raw))).toEqual([]);
    expect(meetingDocId(any!.meetingId)).toBe(any!.id);
  });

  it('RSVP: yes (1), yes (2), no (3), then a late re-delivery of (2) keeps "no" and is answered with the current card', async () => {
    const before = (await meetings.list(OWNER)).map((m) => m.meetingId);
    await h.post(executeActivity(conv(), kari, 'meeting.submit', form({ date: '2026-11-23' }), 'form-card'));
    const meeting = await meetingBySubmit(before);
    const per = people[1]!;
    const rsvp = (answer: string) => executeActivity(conv(), per, 'meeting.rsvp', { meetingId: meeting.meetingId, cardVersion: String(meeting.sequence), answer }, meeting.activityId);
    const a1 = rsvp('yes');
    const a2 = rsvp('yes');
    const a3 = rsvp('no');
    for (const a of [a1, a2, a3]) expect((await h.post(a)).status).toBe(200);
    const read = async () => rsvpDocSchema.parse((await h.bot.store.container('cases').item(rsvpDocId(meeting.meetingId, per.aadObjectId), OWNER).read()).resource);
    expect((await read()).answer).toBe('no');
    h.connector.clear();
    const late = await h.post(a2);
    expect(late.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const stored = await read();
    expect(stored.answer).toBe('no');
    expect(stored.ops).toEqual(expect.arrayContaining([a1.id, a2.id, a3.id]));
    // Changed nothing, so the shared message is not touched either.
    expect(h.connector.updates(CONV)).toHaveLength(0);
    expect(text(late.body.value)).toContain('Kommer ikke: 1');
  });

  describe('avklaring', () => {
    const users = [makeUser(21, 'Anne Fagperson'), makeUser(22, 'Bjørn Fagperson'), makeUser(23, 'Cecilie Fagperson')];

    it('the shared card POST refused with 403: the convener hears it is not out yet; the re-delivered start posts it once and stores its id', async () => {
      const convId = '19:outbox-avklaring@thread.v2';
      const opts = { serviceUrl: h.connector.url, conversationId: convId, conversationType: 'groupChat' as const };
      h.connector.setRoster(convId, users.map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
      await h.post(messageActivity(opts, users[0]!, 'hvem bør koordinere?'));
      const submit = await h.post(executeActivity(opts, users[0]!, 'avklaring.submit', VALID_FORM, 'msg-form'));
      const start = findAction(submit.body.value, 'avklaring.start');
      const startAct = executeActivity(opts, users[0]!, 'avklaring.start', { ...start.data, participants: users.map((u) => u.aadObjectId).join(',') }, 'msg-form');
      h.connector.clear();
      h.connector.failNext(403, 1, ['POST']);
      const first = await h.post(startAct);
      expect(text(first.body.value)).toContain('Avklaringsmøtet er startet, men det felles kortet er ikke kommet ut i samtalen ennå');
      const repo = new AvklaringRepository(h.bot.store);
      const owner = `conv:${convId}`;
      const stored = (await repo.get(owner, start.data.avklaringId))!;
      expect(stored.status).toBe('open');
      expect(stored.sharedActivityId).toBeUndefined();
      expect(stepsOf(stored).map((s) => s.step)).toEqual(['card.post']);
      // The participants are on the case already (the step before the post).
      const kase = await new CaseRepository(h.bot.store).get(owner, stored.caseRef);
      expect(kase?.members.map((m) => m.aadObjectId)).toEqual(expect.arrayContaining(users.map((u) => u.aadObjectId)));

      const again = await h.post(startAct);
      expect(again.body.type).toBe('application/vnd.microsoft.card.adaptive');
      const shared = h.connector.sent(convId).filter((c) => text(c.body.attachments ?? []).includes('avklaring.propose'));
      expect(shared).toHaveLength(1);
      const done = (await repo.get(owner, start.data.avklaringId))!;
      expect(done.sharedActivityId).toBeTruthy();
      expect(stepsOf(done)).toHaveLength(0);
      await h.post(startAct);
      expect(h.connector.sent(convId).filter((c) => text(c.body.attachments ?? []).includes('avklaring.propose'))).toHaveLength(1);
    });

    it('the escalation message refused: the convener hears it is not finished; the sweep sends it', async () => {
      const m = await startMeeting(h, '19:outbox-escalation@thread.v2', users);
      const doc = await current(h, m);
      h.connector.clear();
      h.connector.failNext(403, 1, ['POST']);
      const res = await h.post(press(h, m, users[0]!, 'avklaring.escalate', { leader: users[2]!.aadObjectId }, doc.version));
      expect(text(res.body.value)).toContain('Valget er lagret, men jeg har ikke fått gjort ferdig alt');
      const after = await current(h, m);
      expect(after.status).toBe('escalated');
      expect(stepsOf(after).map((s) => s.step)).toEqual(['message.escalation']);
      const kase = await new CaseRepository(h.bot.store).get(m.owner, after.caseRef);
      expect(kase?.status).toBe('escalated');
      const messages = () => h.connector.sent(m.convId).filter((c) => String(c.body.text ?? '').includes(users[2]!.name));
      expect(messages()).toHaveLength(0);
      clock = new Date(clock.getTime() + 5 * 60_000);
      await h.bot.bot.reminders.tick();
      expect(messages()).toHaveLength(1);
      expect(messages()[0]!.body.entities[0].mentioned.id).toBe(users[2]!.id);
      expect(stepsOf(await current(h, m))).toHaveLength(0);
      await h.bot.bot.reminders.tick();
      expect(messages()).toHaveLength(1);
    });

    it('a decision whose process died right after the ending: the sweep records the coordinator and plans its check, once', async () => {
      const m = await startMeeting(h, '19:outbox-decision@thread.v2', users);
      await propose(h, m, users[0]!, 'fysio-ergo');
      const p = await proposalId(h, m, 'fysio-ergo');
      const repo = new AvklaringRepository(h.bot.store);
      const at = clock.toISOString();
      const coordinator = { service: 'fysio-ergo', since: at, decidedBy: 'agreement' as const };
      // The ending as decide() writes it, with the steps that follow; its process dies before running them.
      const ended = await repo.end(m.owner, m.avklaringId, { status: 'decided', decision: { proposalId: p, serviceId: 'fysio-ergo', decidedBy: 'agreement', at, agreedBy: [] } }, 'op-dead', {
        steps: [outboxSteps.coordinator(coordinator, `avklaring-decided:${m.avklaringId}`), outboxSteps.nudge()],
        now: at,
        lease: { by: 'dead-process', until: new Date(clock.getTime() + 60_000).toISOString() },
      });
      expect(ended).toBe(true);
      const cases = new CaseRepository(h.bot.store);
      const caseRef = (await current(h, m)).caseRef;
      expect((await cases.get(m.owner, caseRef))?.coordinator).toBeUndefined();
      // The dead process's lease still holds: the sweep leaves it.
      await h.bot.bot.reminders.tick();
      expect((await cases.get(m.owner, caseRef))?.coordinator).toBeUndefined();
      clock = new Date(clock.getTime() + 5 * 60_000);
      await h.bot.bot.reminders.tick();
      const kase = (await cases.get(m.owner, caseRef))!;
      expect(kase.coordinator).toMatchObject({ service: 'fysio-ergo', decidedBy: 'agreement' });
      expect(stepsOf(await current(h, m))).toHaveLength(0);
      const { resources } = await h.bot.store
        .container('reminders')
        .items.query({ query: 'SELECT * FROM c WHERE c.kind = @k AND c.caseRef = @r', parameters: [{ name: '@k', value: 'meeting.case-nudge' }, { name: '@r', value: caseRef }] })
        .fetchAll();
      expect(resources.length).toBeGreaterThan(0);
      await h.bot.bot.reminders.tick();
      expect((await cases.get(m.owner, caseRef))!.coordinatorHistory).toHaveLength(1);
    });

    it('positions: agree A (1), agree A (2), agree B (3), then a late re-delivery of (2) keeps B', async () => {
      const m = await startMeeting(h, '19:outbox-votes@thread.v2', users);
      await propose(h, m, users[0]!, 'fysio-ergo');
      await propose(h, m, users[1]!, 'helsesykepleier');
      const a = await proposalId(h, m, 'fysio-ergo');
      const b = await proposalId(h, m, 'helsesykepleier');
      const who = users[2]!;
      const agree = async (p: string) => press(h, m, who, 'avklaring.agree', { proposalId: p }, (await current(h, m)).version);
      const x1 = await agree(a);
      const x2 = await agree(a);
      const x3 = await agree(b);
      for (const x of [x1, x2, x3]) expect((await h.post(x)).body.type).toBe('application/vnd.microsoft.card.adaptive');
      const read = async () => avklaringVoteSchema.parse((await h.bot.store.container('cases').item(voteDocId(m.avklaringId, who.aadObjectId), m.owner).read()).resource);
      expect((await read()).agreesWith).toBe(b);
      const version = (await current(h, m)).version;
      h.connector.clear();
      const late = await h.post(x2);
      expect(late.body.type).toBe('application/vnd.microsoft.card.adaptive');
      const vote = await read();
      expect(vote.agreesWith).toBe(b);
      expect(vote.ops).toEqual(expect.arrayContaining([x1.id, x2.id, x3.id]));
      expect((await current(h, m)).version).toBe(version);
      expect(h.connector.updates(m.convId)).toHaveLength(0);
    });
  });
});
