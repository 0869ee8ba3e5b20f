import { describe, it, expect } from 'vitest';
import fc from '../support/fastCheck';
import {
  CASE_REF_PATTERN,
  MAX_AGENDA_POINTS,
  MAX_AGENDA_POINT_LENGTH,
  MAX_INVITEES,
  MEETING_MESSAGE_KEYS,
  meetingFormSchema,
  validateMeeting,
  type MeetingIssue,
  type ValidateMeetingResult,
} from '../../src/domain/meetings';
import { sampleNumber } from '../support/nationalIds';
import { formIssueText } from '../../src/bot/meetings/texts';
import { t as text } from '../../src/i18n';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const MOTHER = '33333333-3333-4333-8333-333333333333';

/** What the card submits: strings only, including the action verb the bot routes on. */
const base = {
  verb: 'meeting.save',
  meetingType: 'samarbeidsmote',
  caseRef: 'BTI-2026-0042',
  date: '2026-06-10',
  start: '13:00',
  end: '14:30',
  place: 'Møterom 2, Rådhuset',
  onlineLink: '',
  agenda: '- Status siden sist\n\n2. Mål for høsten\n',
  invitees: `${A},${B}`,
  childInvited: 'true',
  interpreterNeeded: 'false',
  interpreterLanguage: '',
};
// 10:00 in Oslo on 1 June 2026.
const NOW = new Date('2026-06-01T08:00:00Z');

function errorsOf(r: ValidateMeetingResult): MeetingIssue[] {
  return r.ok ? [] : r.errors;
}
const codes = (r: ValidateMeetingResult) => errorsOf(r).map((e) => e.code);

describe('validateMeeting: a good submission', () => {
  it('parses card strings into a meeting with UTC instants', () => {
    const r = validateMeeting(base, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meeting).toEqual({
      meetingType: 'samarbeidsmote',
      caseRef: 'BTI-2026-0042',
      date: '2026-06-10',
      start: '13:00',
      end: '14:30',
      startUtc: '2026-06-10T11:00:00.000Z',
      endUtc: '2026-06-10T12:30:00.000Z',
      place: 'Møterom 2, Rådhuset',
      agenda: ['Status siden sist', 'Mål for høsten'],
      invitees: [A, B],
      childInvited: true,
      interpreterNeeded: false,
    });
    expect(r.warnings).toEqual([]);
    expect('verb' in r.meeting).toBe(false);
  });

  it('accepts an online meeting with only an https link, and de-duplicates invitees', () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';
    const r = validateMeeting({ ...base, place: '', onlineLink: link, invitees: `${A}, ${A} ,${B}` }, NOW);
    expect(r.ok && r.meeting.onlineLink).toBe(link);
    expect(r.ok && r.meeting.place).toBeUndefined();
    expect(r.ok && r.meeting.invitees).toEqual([A, B]);
  });

  it('keeps the interpreter language only when an interpreter is needed', () => {
    const yes = validateMeeting({ ...base, interpreterNeeded: 'true', interpreterLanguage: 'arabisk' }, NOW);
    expect(yes.ok && yes.meeting.interpreterLanguage).toBe('arabisk');
    const no = validateMeeting({ ...base, interpreterNeeded: 'false', interpreterLanguage: 'arabisk' }, NOW);
    expect(no.ok && no.meeting.interpreterLanguage).toBeUndefined();
  });

  it('takes toggles in any case and a missing toggle as false', () => {
    const r = validateMeeting({ ...base, childInvited: 'TRUE', interpreterNeeded: undefined }, NOW);
    expect(r.ok && r.meeting.childInvited).toBe(true);
    expect(r.ok && r.meeting.interpreterNeeded).toBe(false);
  });

  it('exports the case reference pattern', () => {
    expect(CASE_REF_PATTERN.test('BTI-2026-0042')).toBe(true);
    expect(CASE_REF_PATTERN.test('BTI-2026-42')).toBe(false);
    expect(codes(validateMeeting({ ...base, caseRef: 'Ola Nordmann' }, NOW))).toEqual(['caseRef.invalid']);
  });
});

describe('validateMeeting: time rules', () => {
  it('refuses a date that has passed in Oslo', () => {
    expect(codes(validateMeeting({ ...base, date: '2026-05-31' }, NOW))).toEqual(['date.past']);
    // 00:30 on 2 June in Oslo is still 1 June in UTC: the Oslo date decides.
    const lateEvening = new Date('2026-06-01T22:30:00Z');
    expect(codes(validateMeeting({ ...base, date: '2026-06-01' }, lateEvening))).toEqual(['date.past']);
    expect(validateMeeting({ ...base, date: '2026-06-02' }, lateEvening).ok).toBe(true);
  });

  it('refuses a start time earlier today, accepts a later one', () => {
    expect(codes(validateMeeting({ ...base, date: '2026-06-01', start: '09:00', end: '10:30' }, NOW))).toEqual(['start.past']);
    expect(codes(validateMeeting({ ...base, date: '2026-06-01', start: '10:00', end: '10:30' }, NOW))).toEqual(['start.past']);
    expect(validateMeeting({ ...base, date: '2026-06-01', start: '10:01', end: '11:00' }, NOW).ok).toBe(true);
  });

  it('refuses a date too far ahead', () => {
    expect(codes(validateMeeting({ ...base, date: '2029-06-10' }, NOW))).toEqual(['date.tooFar']);
    expect(validateMeeting({ ...base, date: '2029-06-10' }, NOW, { maxDaysAhead: 3650 }).ok).toBe(true);
  });

  it('needs the end after the start', () => {
    expect(codes(validateMeeting({ ...base, end: '13:00' }, NOW))).toEqual(['end.beforeStart']);
    expect(codes(validateMeeting({ ...base, end: '12:00' }, NOW))).toEqual(['end.beforeStart']);
  });

  it('rejects malformed times and dates with a clear message', () => {
    expect(codes(validateMeeting({ ...base, start: '1pm', end: '25:00', date: '2026-02-30' }, NOW))).toEqual([
      'date.invalid',
      'start.invalid',
      'end.invalid',
    ]);
  });

  it.each([
    ['2026-03-29', new Date('2026-03-01T12:00:00Z')],
    ['2027-03-28', new Date('2027-03-01T12:00:00Z')],
  ])('calls 02:30 on %s a time that does not exist', (date, now) => {
    const r = validateMeeting({ ...base, date, start: '02:30', end: '03:30' }, now);
    expect(codes(r)).toEqual(['start.nonexistent']);
    expect(formIssueText('nb', errorsOf(r)[0]!)).toMatch(/finnes ikke/);
    expect(codes(validateMeeting({ ...base, date, start: '01:00', end: '02:15' }, now))).toEqual(['end.nonexistent']);
    const ok = validateMeeting({ ...base, date, start: '01:30', end: '03:30' }, now);
    // Across the jump: one real hour.
    expect(ok.ok && Date.parse(ok.meeting.endUtc) - Date.parse(ok.meeting.startUtc)).toBe(3_600_000);
  });

  it.each([
    ['2026-10-25', new Date('2026-10-01T12:00:00Z')],
    ['2027-10-31', new Date('2027-10-01T12:00:00Z')],
  ])('takes the first 02:30 on %s and warns about it', (date, now) => {
    const r = validateMeeting({ ...base, date, start: '02:30', end: '03:30' }, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meeting.startUtc).toBe(`${date}T00:30:00.000Z`);
    expect(r.meeting.endUtc).toBe(`${date}T02:30:00.000Z`);
    expect(r.warnings.map((w) => w.code)).toEqual(['start.ambiguous']);
    expect(formIssueText('nb', r.warnings[0]!)).toMatch(/første/);
    // Wall-clock order decides: 02:45 -> 02:15 ends before it starts, even though a second 02:15 exists.
    expect(codes(validateMeeting({ ...base, date, start: '02:45', end: '02:15' }, now))).toEqual(['end.beforeStart']);
  });
});

describe('validateMeeting: people and content', () => {
  it('needs at least one valid invitee', () => {
    expect(codes(validateMeeting({ ...base, invitees: '' }, NOW))).toEqual(['invitees.required']);
    expect(codes(validateMeeting({ ...base, invitees: ' , ' }, NOW))).toEqual(['invitees.required']);
    expect(codes(validateMeeting({ ...base, invitees: `${A},${'x'.repeat(201)}` }, NOW))).toEqual(['invitees.invalid']);
    const many = Array.from({ length: MAX_INVITEES + 1 }, (_, i) => `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`);
    expect(codes(validateMeeting({ ...base, invitees: many.join(',') }, NOW))).toEqual(['invitees.tooMany']);
  });

  it('takes Teams ids as opaque: a GUID-like id that is not RFC-shaped is accepted (the roster decides, not the shape)', () => {
    // The Agents Playground's users: last group of 13 hex digits.
    const playground = ['00000000-0000-0000-0000-0000000000021', '00000000-0000-0000-0000-0000000000022', 'user-id-3'];
    const r = validateMeeting({ ...base, invitees: playground.join(',') }, NOW);
    expect(r.ok && r.meeting.invitees).toEqual(playground);
  });

  it('keeps an avklaringsmøte for professionals only', () => {
    const avklaring = { ...base, meetingType: 'avklaringsmote', childInvited: 'false' };
    expect(validateMeeting(avklaring, NOW, { familyInviteeIds: [MOTHER] }).ok).toBe(true);
    expect(codes(validateMeeting({ ...avklaring, invitees: `${A},${MOTHER}` }, NOW, { familyInviteeIds: [MOTHER] }))).toEqual([
      'invitees.staffOnly',
    ]);
    expect(codes(validateMeeting({ ...avklaring, childInvited: 'true' }, NOW))).toEqual(['childInvited.staffOnly']);
    // Family is welcome at a samarbeidsmøte.
    expect(validateMeeting({ ...base, invitees: `${A},${MOTHER}` }, NOW, { familyInviteeIds: [MOTHER] }).ok).toBe(true);
  });

  it('needs a place or a link, and a link must be https', () => {
    expect(codes(validateMeeting({ ...base, place: ' ', onlineLink: '' }, NOW))).toEqual(['place.missing']);
    expect(codes(validateMeeting({ ...base, onlineLink: 'http://example.no/mote' }, NOW))).toEqual(['onlineLink.notHttps']);
    expect(codes(validateMeeting({ ...base, onlineLink: 'javascript:alert(1)' }, NOW))).toEqual(['onlineLink.invalid']);
    expect(codes(validateMeeting({ ...base, onlineLink: 'https://user:pw@example.no' }, NOW))).toEqual(['onlineLink.invalid']);
    expect(codes(validateMeeting({ ...base, onlineLink: `https://example.no/${'a'.repeat(600)}` }, NOW))).toEqual(['onlineLink.tooLong']);
    expect(codes(validateMeeting({ ...base, place: 'x'.repeat(201) }, NOW))).toEqual(['place.tooLong']);
    // A bad link is one error, not also "place missing".
    expect(codes(validateMeeting({ ...base, place: '', onlineLink: 'http://example.no' }, NOW))).toEqual(['onlineLink.notHttps']);
  });

  it('limits the agenda', () => {
    const tooMany = Array.from({ length: MAX_AGENDA_POINTS + 1 }, (_, i) => `Punkt ${i + 1}`).join('\n');
    expect(codes(validateMeeting({ ...base, agenda: tooMany }, NOW))).toEqual(['agenda.tooMany']);
    expect(codes(validateMeeting({ ...base, agenda: 'x'.repeat(MAX_AGENDA_POINT_LENGTH + 1) }, NOW))).toEqual(['agenda.pointTooLong']);
    const r = validateMeeting({ ...base, agenda: ['  Første ', '', '• Andre'] }, NOW);
    expect(r.ok && r.meeting.agenda).toEqual(['Første', 'Andre']);
    const none = validateMeeting({ ...base, agenda: undefined }, NOW);
    expect(none.ok && none.meeting.agenda).toEqual([]);
  });

  it('refuses an identity number in free text, with the same detector as the privacy guard', () => {
    const fnr = sampleNumber('fnr');
    const hnr = sampleNumber('h', 3);
    expect(codes(validateMeeting({ ...base, agenda: `Gjelder ${fnr.slice(0, 6)} ${fnr.slice(6)}` }, NOW))).toEqual(['agenda.nationalId']);
    expect(codes(validateMeeting({ ...base, place: `Hjemme hos ${hnr}` }, NOW))).toEqual(['place.nationalId']);
    // Phone numbers, a room number and eleven digits that fail the checks are fine.
    expect(codes(validateMeeting({ ...base, place: 'Rom 2, ring +47 912 34 567 ved ankomst' }, NOW))).toEqual([]);
    expect(codes(validateMeeting({ ...base, agenda: `Sak ${fnr.slice(0, 10)}${(Number(fnr[10]) + 1) % 10}` }, NOW))).toEqual([]);
  });

  it('asks for the language when an interpreter is needed', () => {
    expect(codes(validateMeeting({ ...base, interpreterNeeded: 'true' }, NOW))).toEqual(['interpreterLanguage.required']);
    expect(codes(validateMeeting({ ...base, interpreterNeeded: 'true', interpreterLanguage: '12345' }, NOW))).toEqual([
      'interpreterLanguage.invalid',
    ]);
    expect(codes(validateMeeting({ ...base, childInvited: 'kanskje' }, NOW))).toEqual(['childInvited.invalid']);
  });
});

describe('validateMeeting: messages', () => {
  it('reports every missing field at once, in form order, in both languages', () => {
    const r = validateMeeting({}, NOW);
    expect(codes(r)).toEqual([
      'meetingType.required',
      'caseRef.required',
      'date.required',
      'start.required',
      'end.required',
      'place.missing',
      'invitees.required',
    ]);
    for (const e of errorsOf(r)) {
      expect(e.field).toBe(e.code.split('.')[0]);
      expect(formIssueText('nb', e).length).toBeGreaterThan(10);
      expect(formIssueText('en', e).length).toBeGreaterThan(10);
      expect(formIssueText('nb', e)).not.toBe(formIssueText('en', e));
    }
  });

  it('has a distinct nb and en text for every message', () => {
    for (const code of MEETING_MESSAGE_KEYS) {
      const nb = formIssueText('nb', { code });
      expect(nb, code).not.toBe(formIssueText('en', { code }));
      expect(nb.endsWith('.'), code).toBe(true);
      // Every placeholder is filled: a limit the text names comes from the rule's own constant.
      expect(nb + formIssueText('en', { code }), code).not.toMatch(/\{\w+\}/);
      expect(text('nb', `meetings.form.error.${code}`), code).toBeTruthy();
    }
  });

  it('answers a non-object with one form error', () => {
    for (const raw of [null, 'x', 42, [base]]) expect(codes(validateMeeting(raw, NOW))).toEqual(['form.invalid']);
  });

  it('never throws, whatever arrives', () => {
    const fields = fc.dictionary(
      fc.constantFrom(...Object.keys(base), 'agenda', '__proto__', 'constructor'),
      fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object()),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fields, fields.map((f) => ({ ...base, ...f }))), (raw) => {
        const r = validateMeeting(raw, NOW);
        return r.ok ? typeof r.meeting.startUtc === 'string' : r.errors.length > 0;
      }),
      { numRuns: 500 },
    );
  });
});

describe('meetingFormSchema', () => {
  it('parses the submission and checks the rules that need no clock', () => {
    expect(meetingFormSchema.safeParse(base).success).toBe(true);
    const r = meetingFormSchema.safeParse({ ...base, place: '', meetingType: 'avklaringsmote' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.message).sort()).toEqual(['childInvited.staffOnly', 'place.missing']);
  });
});
