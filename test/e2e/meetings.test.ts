import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Harness } from '../support/botHarness';
import { startMeetingsHarness } from '../support/meetingsHarness';
import { messageActivity, executeActivity, makeUser, TestUser } from '../support/activities';
import type { MeetingRepository } from '../../src/store/meetings';
import { ReferatRepository } from '../../src/store/referat';
import { CaseRepository } from '../../src/store/cases';
import { current, press, proposalId, propose, startMeeting } from './avklaring-helpers';
import { sampleNumber } from '../support/nationalIds';

/** From "nytt møte" to "referat skrevet" over HTTP, with the real bot, store and a Bot Connector stand-in. */

const CONV = '19:meetings@thread.v2';
const OWNER = `conv:${CONV}`;
const kari = makeUser(1, 'Kari Koordinator');
const people: TestUser[] = [kari, ...Array.from({ length: 13 }, (_, i) => makeUser(i + 2, `Fagperson ${i + 2}`))];
const outsider = makeUser(99, 'Utenfor Saken');

// Tuesday 10 November 2026, 09:00 Oslo.
let clock = new Date('2026-11-10T08:00:00Z');
const now = () => clock;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const text = (card: Json) => JSON.stringify(card);

describe('meetings end to end', () => {
  let h: Harness;
  let meetings: MeetingRepository;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV });

  beforeAll(async () => {
    ({ h, meetings } = await startMeetingsHarness(CONV, people, { now, env: { REMINDER_POLL_SECONDS: '3600', REMINDER_BEFORE_HOURS: '24', BOT_PUBLIC_URL: 'https://bti.example.no' } }));
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
    end: '10:30',
    place: 'Møterom 2, helsestasjonen',
    onlineLink: '',
    agenda: 'Velkommen\nHvordan går det på skolen?\nVeien videre',
    invitees: people.slice(1, 4).map((p) => p.aadObjectId).join(','),
    childInvited: 'true',
    interpreterNeeded: 'true',
    interpreterLanguage: 'arabisk',
    ...over,
  });

  let meetingId = '';
  let invitationId = '';
  let icsUrl = '';

  it('opens the form with the roster and the case choice', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), kari, 'nytt møte'));
    const card = h.connector.cards(CONV)[0];
    expect(card).toBeDefined();
    const s = text(card);
    expect(s).toContain('Kall inn til møte');
    expect(s).toContain('Fagperson 5');
    expect(s).toContain('Opprett en ny sak');
    expect(s).toContain('telefontolk');
  });

  it('a request in plain words opens the form filled in with what it says, for the coordinator to check', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), kari, 'Kan du kalle inn til ansvarsgruppemøte fredag 20. november kl 9–10.30 med tolk på somali?'));
    const card = h.connector.cards(CONV)[0];
    const inputs: Record<string, unknown> = {};
    const walk = (n: Json): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        if (typeof n.id === 'string' && typeof n.type === 'string' && n.type.startsWith('Input.')) inputs[n.id] = n.value;
        Object.values(n).forEach(walk);
      }
    };
    walk(card);
    expect(inputs).toMatchObject({ meetingType: 'ansvarsgruppemote', date: '2026-11-20', start: '09:00', end: '10:30', interpreterNeeded: 'true', interpreterLanguage: 'Somali' });
    expect(text(card)).toContain('Sjekk det før du sender');
    // Nothing is stored until the form is sent.
    expect(await meetings.list(OWNER)).toHaveLength(0);
  });

  it('refuses invalid forms with nb messages and keeps the values; nothing stored', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ date: '2026-11-01' }, /Datoen har allerede vært/],
      [{ start: '11:00', end: '10:00' }, /Møtet må slutte etter at det har begynt/],
      [{ invitees: '' }, /Velg minst én person/],
      [{ date: '2027-03-28', start: '02:30', end: '04:00' }, /hopper klokka fra 02:00 til 03:00/],
    ];
    for (const [over, message] of cases) {
      const res = await h.post(executeActivity(conv(), kari, 'meeting.submit', form(over), 'form-1'));
      expect(res.status).toBe(200);
      const s = text(res.body.value);
      expect(s).toMatch(message);
      expect(s).toContain('Møterom 2, helsestasjonen');
    }
    expect(await meetings.list(OWNER)).toHaveLength(0);
    expect(await new CaseRepository(h.bot.store).list(OWNER)).toHaveLength(0);
  });

  it('refuses a fødselsnummer in the agenda without storing or echoing it', async () => {
    // An ordinary number, and a 2032-series H-number (first check remainder 3) grouped 6+5.
    const future = sampleNumber('h', 3);
    const cases = [['agenda', 'Barnet 150312 00188 trenger hjelp'], ['place', 'Hjemme hos 15031200188'], ['agenda', `Nr ${future.slice(0, 6)} ${future.slice(6)}`]];
    for (const [field, value] of cases) {
      const res = await h.post(executeActivity(conv(), kari, 'meeting.submit', form({ [field]: value }), 'form-1'));
      const s = text(res.body.value);
      expect(s).toMatch(/fødselsnummer/);
      expect(s).not.toMatch(/150312 ?00188/);
      expect(s).not.toContain(future.slice(6));
    }
    expect(await meetings.list(OWNER)).toHaveLength(0);
  });

  it('creates the case and posts the invitation with mentions, referent, RSVP buttons and an .ics link', async () => {
    h.connector.clear();
    const submit = executeActivity(conv(), kari, 'meeting.submit', form({ invitees: people.slice(1, 13).map((p) => p.aadObjectId).join(',') }), 'form-1');
    const res = await h.post(submit);
    expect(text(res.body.value)).toMatch(/Innkallingen til Samarbeidsmøte i sak BTI-2026-0001 er sendt/);
    // A re-delivery of the same submit changes nothing and posts nothing new.
    await h.post(submit);
    const posted = h.connector.sent(CONV).filter((c) => c.body.attachments);
    expect(posted).toHaveLength(1);
    const card = posted[0]!.body.attachments[0].content;
    invitationId = posted[0]!.body.id ?? 'msg';
    const s = text(card);
    expect(card.msteams.entities).toHaveLength(12);
    expect(card.msteams.entities[0]).toMatchObject({ type: 'mention', text: '<at>Fagperson 2</at>', mentioned: { id: people[1]!.id } });
    expect(s).toContain('<at>Fagperson 13</at>');
    expect(s).toContain('BTI-2026-0001');
    expect(s).toMatch(/fredag 20\. november 2026 kl\. 09:00–10:30/);
    expect(s).toMatch(/Skriver referat: Fagperson \d+/);
    expect(s).toContain('meeting.rsvp');
    expect(s).toContain('referat.volunteer');
    const stored = await meetings.list(OWNER);
    expect(stored).toHaveLength(1);
    meetingId = stored[0]!.meetingId;
    icsUrl = s.match(/https:\/\/bti\.example\.no\/ics\/[A-Za-z0-9_-]+/)![0];
    const caseDoc = await new CaseRepository(h.bot.store).get(OWNER, 'BTI-2026-0001');
    expect(caseDoc?.members.length).toBe(people.length);
  });

  it('serves a valid VCALENDAR on GET /ics/<token>, and 404 for an unknown token', async () => {
    const res = await fetch(icsUrl.replace('https://bti.example.no', h.bot.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('DTSTART:20261120T080000Z');
    expect(body).toContain('SUMMARY:Samarbeidsmøte – BTI-2026-0001');
    expect(body.trim().endsWith('END:VCALENDAR')).toBe(true);
    const missing = await fetch(`${h.bot.url}/ics/${'x'.repeat(32)}`);
    expect(missing.status).toBe(404);
  });

  it('counts twelve RSVPs pressed at once, on the final card and in the store', async () => {
    h.connector.clear();
    const invitees = people.slice(1, 13);
    const answers = ['yes', 'yes', 'maybe'] as const;
    await Promise.all(
      invitees.map((p, i) => h.post(executeActivity(conv(), p, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: answers[i % 3] }, invitationId))),
    );
    const rsvps = await meetings.rsvps(OWNER, meetingId);
    expect(rsvps).toHaveLength(12);
    const last = h.connector.updates(CONV).at(-1)!.body.attachments[0].content;
    expect(text(last)).toContain('Kommer: 8 · Kommer ikke: 0 · Usikker: 4 · Ikke svart: 1');
    // The answers were settled in groups: fewer updates of the shared message than answers.
    console.log('[meetings] shared-card updates for 12 RSVPs at once:', h.connector.updates(CONV).length);
    expect(h.connector.updates(CONV).length).toBeLessThan(12);
    // An automatic refresh shows the same and writes nothing.
    const before = h.connector.updates(CONV).length;
    const refresh = await h.post(executeActivity(conv(), kari, 'meeting.refresh', { meetingId, cardVersion: '0' }, invitationId, 'automatic'));
    expect(text(refresh.body.value)).toContain('Kommer: 8');
    expect(h.connector.updates(CONV)).toHaveLength(before);
  });

  it('refuses an RSVP from someone not invited; a duplicate delivery is applied once', async () => {
    const res = await h.post(executeActivity(conv(), outsider, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'yes' }, invitationId));
    expect(res.body.value).toMatch(/bare deltakerne i denne saken/);
    expect(await meetings.rsvps(OWNER, meetingId)).toHaveLength(12);
    const press = executeActivity(conv(), kari, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'yes' }, invitationId);
    await h.post(press);
    await h.post(press);
    const mine = (await meetings.rsvps(OWNER, meetingId)).filter((r) => r.aadObjectId === kari.aadObjectId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.ops.filter((o) => o === press.id)).toHaveLength(1);
  });

  it('re-assigns the referat when the writer answers "kommer ikke"', async () => {
    const referat = new ReferatRepository(h.bot.store);
    const writerOf = async () => (await referat.get(OWNER, 'BTI-2026-0001'))!.history.find((e) => e.meetingId === meetingId && e.status === 'assigned')!.writer;
    const first = await writerOf();
    const user = people.find((p) => p.aadObjectId === first)!;
    h.connector.clear();
    await h.post(executeActivity(conv(), user, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'no' }, invitationId));
    const second = await writerOf();
    expect(second).not.toBe(first);
    const card = text(h.connector.updates(CONV).at(-1)!.body.attachments[0].content);
    expect(card).toContain(`Skriver referat: ${people.find((p) => p.aadObjectId === second)!.name}`);
  });

  it('volunteer, swap and skip change the writer through the card', async () => {
    const referat = new ReferatRepository(h.bot.store);
    const writerOf = async () => (await referat.get(OWNER, 'BTI-2026-0001'))!.history.find((e) => e.meetingId === meetingId && e.status === 'assigned')?.writer;
    const vol = people[5]!;
    await h.post(executeActivity(conv(), vol, 'referat.volunteer', { meetingId, cardVersion: '0' }, invitationId));
    expect(await writerOf()).toBe(vol.aadObjectId);
    await h.post(executeActivity(conv(), vol, 'referat.swap', { meetingId, cardVersion: '0' }, invitationId));
    const afterSwap = await writerOf();
    expect(afterSwap).toBeDefined();
    expect(afterSwap).not.toBe(vol.aadObjectId);
    const swapped = people.find((p) => p.aadObjectId === afterSwap)!;
    await h.post(executeActivity(conv(), swapped, 'referat.skip', { meetingId, cardVersion: '0', reason: 'sykdom' }, invitationId));
    const afterSkip = await writerOf();
    expect(afterSkip).toBeDefined();
    expect(afterSkip).not.toBe(swapped.aadObjectId);
    const outsiderRes = await h.post(executeActivity(conv(), outsider, 'referat.volunteer', { meetingId, cardVersion: '0' }, invitationId));
    expect(outsiderRes.body.value).toMatch(/bare deltakerne i denne saken/);
    // A case member who is not invited to this meeting cannot take its referat either.
    const meeting = (await meetings.get(OWNER, meetingId))!;
    const uninvited = people.find((p) => !meeting.invitees.includes(p.aadObjectId) && p.aadObjectId !== meeting.coordinator.aadObjectId)!;
    expect(uninvited).toBeDefined();
    const before = await writerOf();
    const uninvitedRes = await h.post(executeActivity(conv(), uninvited, 'referat.volunteer', { meetingId, cardVersion: '0' }, invitationId));
    expect(uninvitedRes.body.value).toMatch(/ikke invitert til dette møtet/);
    expect(await writerOf()).toBe(before);
  });

  it('sends the reminder before the meeting when due, and the referat reminder after it', async () => {
    h.connector.clear();
    clock = new Date('2026-11-18T12:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    clock = new Date('2026-11-19T08:30:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    const msg = h.connector.sent(CONV).at(-1)!.body;
    expect(msg.text).toMatch(/Påminnelse: Samarbeidsmøte i sak BTI-2026-0001/);
    expect(msg.entities.length).toBe(12);
    clock = new Date('2026-11-20T12:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    expect(h.connector.sent(CONV).at(-1)!.body.text).toMatch(/din tur til å skrive referat/);
  });

  it('"referat skrevet" records the turn and stops the follow-ups', async () => {
    const referat = new ReferatRepository(h.bot.store);
    const writer = (await referat.get(OWNER, 'BTI-2026-0001'))!.history.find((e) => e.meetingId === meetingId && e.status === 'assigned')!.writer;
    const user = people.find((p) => p.aadObjectId === writer)!;
    const res = await h.post(executeActivity(conv(), user, 'referat.written', { meetingId, cardVersion: '0' }, invitationId));
    expect(text(res.body.value)).toContain(`Referatet er skrevet av ${user.name}`);
    expect(text(res.body.value)).toContain('Samspill');
    expect((await referat.get(OWNER, 'BTI-2026-0001'))!.history.some((e) => e.meetingId === meetingId && e.status === 'written' && e.writer === writer)).toBe(true);
    clock = new Date('2026-11-25T12:00:00Z');
    h.connector.clear();
    expect(await h.bot.bot.reminders.tick()).toBe(0);
  });

  it('answers `referat` and `status`', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), kari, 'referat'));
    const ref = text(h.connector.cards(CONV).at(-1));
    expect(ref).toContain('BTI-2026-0001');
    expect(ref).toMatch(/Neste: /);
    expect(ref).toMatch(/skrev referatet \(Samarbeidsmøte\)/);
    await h.post(messageActivity(conv(), kari, 'status'));
    const st = text(h.connector.cards(CONV).at(-1));
    expect(st).toContain('Siste møte');
    expect(st).toMatch(/Samarbeidsmøte, fredag 20\. november 2026/);
    expect(st).toContain('Ikke avklart ennå');
    expect(st).not.toContain('over et halvt år');
    // Six months after the meeting, with none since: the coordinator gets the twice-a-year nudge, once.
    clock = new Date('2027-05-20T12:00:00Z');
    h.connector.clear();
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    const nudge = h.connector.sent(CONV).at(-1)!.body;
    expect(nudge.text).toMatch(/<at>Kari Koordinator<\/at>: sak BTI-2026-0001 har ikke hatt samarbeidsmøte/);
    expect(nudge.entities[0].mentioned.id).toBe(kari.id);
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    // Still no meeting 30 days later: the coordinator is nudged again (and not in between).
    clock = new Date('2027-06-10T12:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    clock = new Date('2027-06-19T08:30:00Z');
    h.connector.clear();
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    expect(h.connector.sent(CONV).at(-1)!.body.text).toMatch(/<at>Kari Koordinator<\/at>: sak BTI-2026-0001 har ikke hatt samarbeidsmøte/);
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    // Seven months later with no new meeting: the status card shows the nudge too.
    clock = new Date('2027-06-25T12:00:00Z');
    await h.post(messageActivity(conv(), kari, 'status'));
    expect(text(h.connector.cards(CONV).at(-1))).toContain('over et halvt år');
  });

  it('nudges a case whose coordinator was decided in an avklaring but that never held a meeting, six months after the decision', async () => {
    const [alice, bob, carol] = [makeUser(31, 'Alice Helsesykepleier'), makeUser(32, 'Bob Lærer'), makeUser(33, 'Carol Fysioterapeut')];
    const m = await startMeeting(h, '19:meetings-avklaring@thread.v2', [alice, bob, carol]);
    await propose(h, m, alice, 'skole-barnehage', bob.aadObjectId);
    const school = await proposalId(h, m, 'skole-barnehage');
    const v = (await current(h, m)).version;
    for (const u of [alice, bob, carol]) await h.post(press(h, m, u, 'avklaring.agree', { proposalId: school }, v));
    const caseRef = (await current(h, m)).caseRef;
    const decided = (await new CaseRepository(h.bot.store).get(m.owner, caseRef))!;
    expect(decided.coordinator).toMatchObject({ aadObjectId: bob.aadObjectId, since: clock.toISOString() });
    expect(await meetings.list(m.owner, caseRef)).toHaveLength(0);

    h.connector.clear();
    clock = new Date('2027-12-20T12:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    clock = new Date('2027-12-25T13:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    const nudge = h.connector.sent(m.convId).at(-1)!.body;
    expect(nudge.text).toMatch(new RegExp(`^<at>Bob Lærer</at>: sak ${caseRef} har ikke hatt noe samarbeidsmøte`));
    expect(nudge.entities[0].mentioned.id).toBe(bob.id);
    // And again a month later while the case still has not met.
    clock = new Date('2028-01-24T13:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(1);
  });
});
