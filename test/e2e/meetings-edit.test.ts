import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser } from '../support/activities';
import { MeetingRepository } from '../../src/store/meetings';
import { reminderPk, reminderDocSchema, ReminderRepository } from '../../src/store/reminders';
import { REMINDER_KINDS } from '../../src/bot/meetings/reminders';
import { queryPartition } from '../../src/store/documents';

/** The coordinator edits (sequence, card, .ics and reminders follow) and cancels (AVLYST, reminders stopped). */

const CONV = '19:meetings-edit@thread.v2';
const OWNER = `conv:${CONV}`;
const kari = makeUser(1, 'Kari Koordinator');
const ola = makeUser(2, 'Ola Lærer');
const per = makeUser(3, 'Per PPT');
let clock = new Date('2026-11-10T08:00:00Z');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const text = (x: any) => JSON.stringify(x);

describe('editing and cancelling a meeting', () => {
  let h: Harness;
  let meetings: MeetingRepository;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV });
  let meetingId = '';

  beforeAll(async () => {
    h = await startHarness({ now: () => clock, env: { REMINDER_POLL_SECONDS: '3600', BOT_PUBLIC_URL: 'https://bti.example.no' } });
    h.connector.setRoster(CONV, [kari, ola, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
    meetings = new MeetingRepository(h.bot.store);
    await h.post(
      executeActivity(conv(), kari, 'meeting.submit', {
        mode: 'new', meetingType: 'ansvarsgruppemote', caseRef: 'new', date: '2026-11-20', start: '09:00', end: '10:00',
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/abc', agenda: '', invitees: `${ola.aadObjectId},${per.aadObjectId}`, childInvited: 'false', interpreterNeeded: 'false',
      }, 'form-1'),
    );
    meetingId = (await meetings.list(OWNER))[0]!.meetingId;
  });
  afterAll(async () => {
    await h?.stop();
  });

  const pending = async (day: string) =>
    (await queryPartition(h.bot.store.container('reminders'), reminderDocSchema, reminderPk(day), "c.status = 'pending'")).filter((r) => r.payload.meetingId === meetingId);

  it('only the coordinator may open the edit form', async () => {
    const res = await h.post(executeActivity(conv(), ola, 'meeting.edit', { meetingId, cardVersion: '0' }, 'inv-1'));
    expect(res.body.value).toMatch(/Bare Kari Koordinator/);
    const own = await h.post(executeActivity(conv(), kari, 'meeting.edit', { meetingId, cardVersion: '0' }, 'inv-1'));
    const s = text(own.body.value);
    expect(s).toContain('Endre møtet');
    expect(s).toContain('"value":"2026-11-20"');
  });

  it('saving a change bumps the sequence, updates the shared card, the .ics file and moves the reminders', async () => {
    expect(await pending('2026-11-19')).toHaveLength(1);
    h.connector.clear();
    const res = await h.post(
      executeActivity(conv(), kari, 'meeting.submit', {
        mode: 'edit', meetingId, cardVersion: '0', meetingType: 'ansvarsgruppemote', caseRef: 'BTI-2026-0001', date: '2026-11-24', start: '13:00', end: '14:00',
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/abc', agenda: 'Status', invitees: `${ola.aadObjectId},${per.aadObjectId}`, childInvited: 'false', interpreterNeeded: 'false',
      }, 'inv-1'),
    );
    expect(text(res.body.value)).toMatch(/tirsdag 24\. november 2026 kl\. 13:00–14:00/);
    expect(h.connector.updates(CONV)).toHaveLength(1);
    const m = (await meetings.get(OWNER, meetingId))!;
    expect(m.sequence).toBe(1);
    const ics = await (await fetch(`${h.bot.url}/ics/${m.icsToken}`)).text();
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('DTSTART:20261124T120000Z');
    expect(await pending('2026-11-19')).toHaveLength(0);
    expect(await pending('2026-11-23')).toHaveLength(1);
  });

  it('a press on the outdated card changes nothing and returns the current card', async () => {
    const res = await h.post(executeActivity(conv(), ola, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'yes' }, 'inv-1'));
    expect(text(res.body.value)).toContain('24. november');
    expect(await meetings.rsvps(OWNER, meetingId)).toHaveLength(0);
  });

  it('cancelling shows AVLYST for everyone, stops reminders and the .ics says CANCELLED', async () => {
    expect((await h.post(executeActivity(conv(), ola, 'meeting.cancel', { meetingId, cardVersion: '1' }, 'inv-1'))).body.value).toMatch(/Bare Kari/);
    h.connector.clear();
    const res = await h.post(executeActivity(conv(), kari, 'meeting.cancel', { meetingId, cardVersion: '1' }, 'inv-1'));
    expect(text(res.body.value)).toContain('AVLYST');
    expect(text(h.connector.updates(CONV)[0]!.body)).toContain('AVLYST');
    expect(text(res.body.value)).not.toContain('meeting.rsvp');
    const m = (await meetings.get(OWNER, meetingId))!;
    expect(m.status).toBe('cancelled');
    expect(await pending('2026-11-23')).toHaveLength(0);
    const ics = await (await fetch(`${h.bot.url}/ics/${m.icsToken}`)).text();
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    clock = new Date('2026-11-23T14:00:00Z');
    h.connector.clear();
    expect(await h.bot.bot.reminders.tick()).toBe(0);
  });

  it('an avklaringsmøte with the child invited is refused with the staff-only message', async () => {
    const res = await h.post(
      executeActivity(conv(), kari, 'meeting.submit', {
        mode: 'new', meetingType: 'avklaringsmote', caseRef: 'BTI-2026-0001', date: '2026-12-01', start: '09:00', end: '10:00',
        place: 'Teams', invitees: ola.aadObjectId, childInvited: 'true', interpreterNeeded: 'false',
      }, 'form-2'),
    );
    expect(text(res.body.value)).toMatch(/Barnet skal ikke være med/);
    expect(await meetings.list(OWNER)).toHaveLength(1);
  });
});

describe('a reminder that comes too late', () => {
  let h: Harness;
  let at = new Date('2026-11-10T08:00:00Z');
  const conv = { serviceUrl: '', conversationId: '19:meetings-late@thread.v2' };

  beforeAll(async () => {
    h = await startHarness({ now: () => at, env: { REMINDER_POLL_SECONDS: '3600' } });
    conv.serviceUrl = h.connector.url;
    h.connector.setRoster(conv.conversationId, [kari, ola].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
    await h.post(
      executeActivity(conv, kari, 'meeting.submit', {
        mode: 'new', meetingType: 'samarbeidsmote', caseRef: 'new', date: '2026-11-20', start: '09:00', end: '10:00',
        place: 'Rom 1', agenda: '', invitees: ola.aadObjectId, childInvited: 'false', interpreterNeeded: 'false',
      }, 'form-late'),
    );
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('is not sent after the meeting has started (the bot was stopped over the reminder time)', async () => {
    const reminders = () => h.connector.sent(conv.conversationId).filter((c) => /Påminnelse:/.test(String(c.body.text)));
    // The day before, due: sent.
    at = new Date('2026-11-19T08:30:00Z');
    h.connector.clear();
    await h.bot.bot.reminders.tick();
    expect(reminders()).toHaveLength(1);
    // The same reminder re-scheduled and only picked up after the start: not sent.
    const late = new Date('2026-11-20T08:30:00Z');
    const owner = `conv:${conv.conversationId}`;
    const meetingId = (await new MeetingRepository(h.bot.store).list(owner))[0]!.meetingId;
    await new ReminderRepository(h.bot.store).schedule({ id: 'late-before', kind: REMINDER_KINDS.before, dueAt: '2026-11-19T08:00:00.000Z', conversationId: conv.conversationId, payload: { owner, meetingId } });
    at = late;
    h.connector.clear();
    await h.bot.bot.reminders.tick();
    expect(reminders()).toHaveLength(0);
  });
});
