import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser } from '../support/activities';
import { MeetingRepository } from '../../src/store/meetings';
import { ReferatRepository } from '../../src/store/referat';
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
    h = await startHarness({ now: () => clock, env: { REMINDER_POLL_SECONDS: '3600', BOT_PUBLIC_URL: 'https://bti.example.no', ICS_ORGANIZER_EMAIL: 'noreply@kommune.example' } });
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
    // The referat is withdrawn with the meeting: no "nobody writes the minutes yet" on a cancelled card.
    expect(text(res.body.value)).not.toMatch(/Skriver referat|Ingen skriver referat/);
    const m = (await meetings.get(OWNER, meetingId))!;
    expect(m.status).toBe('cancelled');
    expect(await pending('2026-11-23')).toHaveLength(0);
    const ics = await (await fetch(`${h.bot.url}/ics/${m.icsToken}`)).text();
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    // iTIP wants an ORGANIZER on a CANCEL: the configured shared mailbox under the bot's name, no person.
    expect(ics).toContain('ORGANIZER;CN=BTI-bot:mailto:noreply@kommune.example');
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

  const referat = () => new ReferatRepository(h.bot.store);
  const writerOf = async (id: string) => (await referat().get(OWNER, 'BTI-2026-0001'))?.history.find((e) => e.meetingId === id && e.status !== 'skipped')?.writer;
  const newMeeting = async (opId: string, over: Record<string, unknown> = {}) => {
    await h.post(
      executeActivity(conv(), kari, 'meeting.submit', {
        mode: 'new', meetingType: 'ansvarsgruppemote', caseRef: 'BTI-2026-0001', date: '2027-03-01', start: '09:00', end: '10:00',
        place: 'Rom 1', agenda: '', invitees: `${ola.aadObjectId},${per.aadObjectId}`, childInvited: 'false', interpreterNeeded: 'false', ...over,
      }, opId),
    );
    return (await meetings.list(OWNER)).find((m) => m.status === 'scheduled' && !seen.has(m.meetingId))!;
  };
  const seen = new Set<string>();
  let nextId = '';

  it('cancelling withdrew the pending referat: Ola keeps his place and writes the next meeting', async () => {
    // Ola was given the cancelled meeting; a cancelled meeting is nobody's turn.
    expect(await writerOf(meetingId)).toBeUndefined();
    seen.add(meetingId);
    const next = await newMeeting('form-3');
    nextId = next.meetingId;
    seen.add(nextId);
    expect(await writerOf(nextId)).toBe(ola.aadObjectId);
  });

  it('keeps the doubled-hour note when a meeting is moved into it, for the coordinator only', async () => {
    h.connector.clear();
    const res = await h.post(
      executeActivity(conv(), kari, 'meeting.submit', {
        mode: 'edit', meetingId: nextId, cardVersion: '0', meetingType: 'ansvarsgruppemote', caseRef: 'BTI-2026-0001', date: '2027-10-31', start: '02:30', end: '03:30',
        place: 'Rom 1', agenda: '', invitees: `${ola.aadObjectId},${per.aadObjectId}`, childInvited: 'false', interpreterNeeded: 'false',
      }, 'inv-3'),
    );
    const own = text(res.body.value);
    expect(own).toContain('Merk: Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00');
    expect(own.match(/Merk:/g)).toHaveLength(1);
    expect((await meetings.get(OWNER, nextId))!.startUtc).toBe('2027-10-31T00:30:00.000Z');
    const shared = h.connector.updates(CONV);
    expect(shared).toHaveLength(1);
    expect(text(shared[0]!.body)).toContain('søndag 31. oktober 2027');
    expect(text(shared[0]!.body)).not.toContain('Merk:');
  });

  let lateId = '';
  it('gives the referat to someone again when everyone had said "kommer ikke" and one now comes', async () => {
    const m = await newMeeting('form-4', { meetingType: 'arbeidsmote', date: '2026-12-01' });
    lateId = m.meetingId;
    seen.add(lateId);
    const rsvp = (who: typeof ola, answer: string, n: number) =>
      h.post(executeActivity(conv(), who, 'meeting.rsvp', { meetingId: lateId, cardVersion: '0', answer }, 'inv-4', 'manual'))
        .then((r) => expect(r.status, `rsvp ${n}`).toBe(200));
    await rsvp(ola, 'no', 1);
    await rsvp(per, 'no', 2);
    expect(await writerOf(lateId)).toBeUndefined();
    await rsvp(ola, 'yes', 3);
    expect(await writerOf(lateId)).toBe(ola.aadObjectId);
    const card = text((await h.post(executeActivity(conv(), per, 'meeting.view', { meetingId: lateId, cardVersion: '0' }, 'inv-4'))).body.value);
    expect(card).toContain('Skriver referat: Ola Lærer');
  });

  it('reminds the writer until the referat is written, then tells the coordinator and stops', async () => {
    const steps: [string, RegExp][] = [
      ['2026-11-30T08:30:00Z', /^Påminnelse: Arbeidsmøte/],
      ['2026-12-01T11:30:00Z', /^<at>Ola Lærer<\/at>: det er din tur/],
      ['2026-12-02T09:30:00Z', /^<at>Ola Lærer<\/at>: referatet .* er ikke markert som skrevet ennå/],
      ['2026-12-04T09:30:00Z', /ikke markert som skrevet ennå/],
      ['2026-12-08T09:30:00Z', /ikke markert som skrevet ennå/],
      ['2026-12-15T09:30:00Z', /ikke markert som skrevet ennå/],
      ['2026-12-22T09:30:00Z', /ikke markert som skrevet ennå/],
      ['2026-12-29T09:30:00Z', /^<at>Kari Koordinator<\/at>: referatet fra Arbeidsmøte .* fortsatt ikke markert som skrevet \(dag 28 etter møtet\)\. <at>Ola Lærer<\/at> står som referent\. Jeg sender ikke flere påminnelser/],
    ];
    for (const [at, message] of steps) {
      clock = new Date(at);
      h.connector.clear();
      expect(await h.bot.bot.reminders.tick(), at).toBe(1);
      const sent = h.connector.sent(CONV);
      expect(sent, at).toHaveLength(1);
      expect(String(sent[0]!.body.text), at).toMatch(message);
      if (/det er din tur/.test(String(sent[0]!.body.text))) {
        // The shared invitation is drawn again when the referat falls due: now it has "Referatet er skrevet".
        const updated = h.connector.updates(CONV).map((c) => JSON.stringify(c.body));
        expect(updated).toHaveLength(1);
        expect(updated[0]).toContain('"verb":"referat.written"');
        expect(updated[0]).toContain('Referatet er skrevet');
      }
    }
    const final = h.connector.sent(CONV)[0]!.body;
    expect(final.entities.map((e: { mentioned: { id: string } }) => e.mentioned.id)).toEqual([kari.id, ola.id]);
    // That was the last one.
    for (const at of ['2027-01-05T12:00:00Z', '2027-01-26T12:00:00Z']) {
      clock = new Date(at);
      expect(await h.bot.bot.reminders.tick(), at).toBe(0);
    }
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

describe('a new time, a new place or a cancel is told in the thread', () => {
  // A channel thread: the invitation lives in the thread of the message that asked for it.
  const TEAM = '19:team-notify@thread.tacv2';
  const THREAD = '19:general-notify@thread.tacv2;messageid=1700000000001';
  const owner = `team:${TEAM}`;
  let h: Harness;
  let repo: MeetingRepository;
  let at = new Date('2026-11-10T08:00:00Z');
  let meetingId = '';
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: THREAD, conversationType: 'channel' as const, teamId: TEAM, channelId: '19:general-notify@thread.tacv2' });
  const form = (over: Record<string, unknown>) => ({
    mode: 'edit', meetingId, meetingType: 'samarbeidsmote', caseRef: 'BTI-2026-0001', date: '2026-11-20', start: '10:00', end: '11:00',
    place: 'Rom 1', agenda: 'Status', invitees: `${ola.aadObjectId},${per.aadObjectId}`, childInvited: 'false', interpreterNeeded: 'false', ...over,
  });
  /** Messages the bot posted in the thread (not card updates), as text and mentioned Teams ids. */
  const posted = () =>
    h.connector.sent(THREAD).filter((c) => typeof c.body?.text === 'string' && c.body.text).map((c) => ({
      text: String(c.body.text),
      mentioned: (c.body.entities ?? []).filter((e: { type: string }) => e.type === 'mention').map((e: { mentioned: { id: string } }) => e.mentioned.id),
    }));
  const icsLink = (text: string) => /\((https:\/\/bti\.example\.no\/ics\/[^)\s]+)\)/.exec(text)?.[1];
  const fetchIcs = async (link: string) => (await fetch(link.replace('https://bti.example.no', h.bot.url))).text();
  const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

  beforeAll(async () => {
    h = await startHarness({ now: () => at, env: { REMINDER_POLL_SECONDS: '3600', BOT_PUBLIC_URL: 'https://bti.example.no' } });
    h.connector.setRoster(TEAM, [kari, ola, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
    repo = new MeetingRepository(h.bot.store);
    await h.post(executeActivity(conv(), kari, 'meeting.submit', { ...form({}), mode: 'new', meetingId: undefined, caseRef: 'new' }, 'form-n1'));
    meetingId = (await repo.list(owner))[0]!.meetingId;
  });
  afterAll(async () => {
    await h?.stop();
  });

  let uid = '';
  it('moving the meeting from 10:00 to 12:00 posts in the thread, mentions the invitees and links the updated .ics', async () => {
    const before = (await repo.get(owner, meetingId))!;
    uid = /UID:(.+)/.exec(unfolded(await fetchIcs(`https://bti.example.no/ics/${before.icsToken}`)))![1]!.trim();
    await h.post(executeActivity(conv(), ola, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'yes' }, 'inv-n'));
    await h.post(executeActivity(conv(), per, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'no' }, 'inv-n'));
    h.connector.clear();
    const res = await h.post(executeActivity(conv(), kari, 'meeting.submit', form({ cardVersion: '0', start: '12:00', end: '13:00' }), 'inv-n'));
    expect(res.status).toBe(200);
    const msgs = posted();
    expect(msgs).toHaveLength(1);
    const msg = msgs[0]!;
    expect(msg.mentioned.sort()).toEqual([ola.id, per.id].sort());
    expect(msg.text).toContain('<at>Ola Lærer</at>');
    expect(msg.text).toContain('<at>Per PPT</at>');
    expect(msg.text).toMatch(/flyttet til fredag 20\. november 2026 kl\. 12:00–13:00/);
    expect(msg.text).toMatch(/Før: fredag 20\. november 2026 kl\. 10:00–11:00/);
    expect(msg.text).toMatch(/Svar på nytt/);
    const link = icsLink(msg.text);
    expect(link).toBeDefined();
    const ics = unfolded(await fetchIcs(link!));
    expect(ics).toContain(`UID:${uid}`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('DTSTART:20261120T110000Z');
    expect(ics).toMatch(/Tiden er endret\. Før: fredag 20\. november 2026 kl\. 10:00–11:00/);
  });

  it('answers given for the old time no longer count: the card asks them again, and a new answer counts', async () => {
    const card = JSON.stringify((await h.post(executeActivity(conv(), kari, 'meeting.view', { meetingId, cardVersion: '1' }, 'inv-n'))).body.value);
    expect(card).toContain('Kommer: 0 · Kommer ikke: 0 · Usikker: 0 · Ikke svart: 3');
    expect(card).toMatch(/må svare på nytt: (Ola Lærer, Per PPT|Per PPT, Ola Lærer)/);
    expect(card).toContain('Tiden er endret. Før: fredag 20. november 2026 kl. 10:00–11:00.');
    // The same answer as before, now for the new time.
    await h.post(executeActivity(conv(), ola, 'meeting.rsvp', { meetingId, cardVersion: '1', answer: 'yes' }, 'inv-n'));
    const after = JSON.stringify((await h.post(executeActivity(conv(), kari, 'meeting.view', { meetingId, cardVersion: '1' }, 'inv-n'))).body.value);
    expect(after).toContain('Kommer: 1 · Kommer ikke: 0 · Usikker: 0 · Ikke svart: 2');
    expect(after).toMatch(/må svare på nytt: Per PPT/);
    expect(after).not.toMatch(/må svare på nytt: [^"]*Ola/);
  });

  it('a new place is told too, and keeps the answers; a change of the agenda alone is not announced', async () => {
    h.connector.clear();
    await h.post(executeActivity(conv(), kari, 'meeting.submit', form({ cardVersion: '1', start: '12:00', end: '13:00', place: 'Rom 2' }), 'inv-n'));
    const msgs = posted();
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.text).toMatch(/har nytt sted: Rom 2/);
    expect(msgs[0]!.mentioned.sort()).toEqual([ola.id, per.id].sort());
    const card = JSON.stringify((await h.post(executeActivity(conv(), kari, 'meeting.view', { meetingId, cardVersion: '2' }, 'inv-n'))).body.value);
    expect(card).toContain('Kommer: 1 ·');
    h.connector.clear();
    await h.post(executeActivity(conv(), kari, 'meeting.submit', form({ cardVersion: '2', start: '12:00', end: '13:00', place: 'Rom 2', agenda: 'Status\nVeien videre' }), 'inv-n'));
    expect((await repo.get(owner, meetingId))!.sequence).toBe(3);
    expect(posted()).toHaveLength(0);
  });

  it('a form with several problems lists them all at once, under the form\'s own labels', async () => {
    const res = await h.post(
      executeActivity(conv(), kari, 'meeting.submit', { ...form({}), mode: 'new', meetingId: undefined, caseRef: 'BTI-2026-0999', date: '2026-11-01', invitees: '' }, 'form-n2'),
    );
    const card = res.body.value;
    const top = card.body.find((e: { style?: string; type: string }) => e.type === 'Container' && e.style === 'attention');
    const lines: string[] = top.items.map((i: { text: string }) => i.text);
    expect(lines[0]).toMatch(/^3 ting må rettes/);
    expect(lines.slice(1).some((l) => l.startsWith('**Dato** – '))).toBe(true);
    expect(lines.slice(1).some((l) => l.startsWith('**Hvem skal inviteres?** – '))).toBe(true);
    expect(lines.slice(1).some((l) => l.startsWith('**Hvilken sak gjelder det?** – ') && l.includes('BTI-2026-0999'))).toBe(true);
    expect(JSON.stringify(card)).not.toMatch(/invitees:|caseRef:|ageYears|mangler/);
  });

  it('a cancel posts in the thread with the invitees mentioned and an .ics that cancels the same event', async () => {
    h.connector.clear();
    const res = await h.post(executeActivity(conv(), kari, 'meeting.cancel', { meetingId, cardVersion: '3' }, 'inv-n'));
    expect(JSON.stringify(res.body.value)).toContain('AVLYST');
    const msgs = posted();
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.text).toMatch(/er avlyst/);
    expect(msgs[0]!.mentioned.sort()).toEqual([ola.id, per.id].sort());
    const ics = unfolded(await fetchIcs(icsLink(msgs[0]!.text)!));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:${uid}`);
    expect(ics).toContain('SEQUENCE:4');
    // The AVLYST card itself offers the same file.
    expect(JSON.stringify(res.body.value)).toContain('Fjern fra kalender (.ics)');
    // Pressing again (a second person's stale card, or the same one) does not announce it twice.
    h.connector.clear();
    await h.post(executeActivity(conv(), kari, 'meeting.cancel', { meetingId, cardVersion: '4' }, 'inv-n'));
    expect(posted()).toHaveLength(0);
  });
});
