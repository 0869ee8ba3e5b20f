import { describe, it, expect } from 'vitest';
import fc from '../support/fastCheck';
import { buildIcs, escapeIcsText, foldIcsLine, icsFileName } from '../../src/present/ics';
import {
  cancelMeeting,
  isCurrentAnswer,
  meetingChanges,
  toMeeting,
  updateMeeting,
  validateMeeting,
  type Meeting,
} from '../../src/domain/meetings';

const NOW = new Date('2026-06-01T08:00:00Z');
const A = '11111111-1111-4111-8111-111111111111';

function meeting(over: Record<string, unknown> = {}): Meeting {
  const r = validateMeeting(
    {
      meetingType: 'samarbeidsmote',
      caseRef: 'BTI-2026-0042',
      date: '2026-06-10',
      start: '13:00',
      end: '14:30',
      place: 'Møterom 2',
      agenda: 'Status\nMål',
      invitees: A,
      ...over,
    },
    NOW,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return toMeeting(r.meeting, 'mtg-7f3a');
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
/** Undoes folding (RFC 5545 §3.1) and returns the logical lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const prop = (ics: string, name: string) =>
  unfold(ics)
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    .map((l) => l.slice(l.indexOf(':') + 1));
/** Every ; and , is escaped, and a backslash only starts one of the four escapes. */
function wellEscaped(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === ';' || c === ',') return false;
    if (c === '\\') {
      if (!['\\', ';', ',', 'n'].includes(v[i + 1] ?? '')) return false;
      i++;
    }
  }
  return true;
}
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('buildIcs: shape', () => {
  const ics = buildIcs(meeting(), { now: NOW });

  it('is a VCALENDAR with one VEVENT, CRLF line ends and nothing else', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    const physical = ics.slice(0, -2).split('\r\n');
    for (const l of physical) {
      expect(l).not.toMatch(/[\r\n]/);
      expect(octets(l)).toBeLessThanOrEqual(75);
    }
    expect(unfold(ics).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(prop(ics, 'PRODID')).toHaveLength(1);
  });

  it('has UTC times, a stable UID, a sequence and a stamp', () => {
    expect(prop(ics, 'UID')).toEqual(['mtg-7f3a@bti-bot']);
    expect(prop(ics, 'SEQUENCE')).toEqual(['0']);
    expect(prop(ics, 'DTSTAMP')).toEqual(['20260601T080000Z']);
    expect(prop(ics, 'DTSTART')).toEqual(['20260610T110000Z']);
    expect(prop(ics, 'DTEND')).toEqual(['20260610T123000Z']);
    expect(prop(ics, 'METHOD')).toEqual(['PUBLISH']);
    expect(prop(ics, 'STATUS')).toEqual(['CONFIRMED']);
  });

  it('names only the meeting type and the case ref in the summary', () => {
    expect(prop(ics, 'SUMMARY')).toEqual(['Samarbeidsmøte – BTI-2026-0042']);
    const en = buildIcs(meeting({ meetingType: 'avklaringsmote' }), { now: NOW, locale: 'en' });
    expect(prop(en, 'SUMMARY')).toEqual(['Clarification meeting – BTI-2026-0042']);
  });

  it('lists the agenda, place and Oslo time in the description', () => {
    const d = unescapeText(prop(ics, 'DESCRIPTION')[0] ?? '');
    expect(d).toContain('Agenda:\n1. Status\n2. Mål');
    expect(d).toContain('Sted: Møterom 2');
    expect(d).toContain('13:00–14:30');
    expect(prop(ics, 'LOCATION')).toEqual(['Møterom 2']);
  });

  it('adds the link as URL and location for an online meeting', () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0';
    const online = buildIcs(meeting({ place: '', onlineLink: link }), { now: NOW });
    expect(prop(online, 'URL')).toEqual([link]);
    expect(prop(online, 'LOCATION')).toEqual([link]);
  });

  it('names no person and nothing about the family: not the referat writer, the invited child or an interpreter\'s language', () => {
    const m = meeting({ interpreterNeeded: 'true', interpreterLanguage: 'somali', childInvited: 'true' });
    const out = buildIcs(m, { now: NOW, organizer: { name: 'BTI-bot', email: 'no-reply@kommune.no' } });
    const d = unescapeText(prop(out, 'DESCRIPTION')[0] ?? '');
    expect(d).not.toMatch(/somali|tolk|Barnet|invitert|referat/i);
    // Only type, case ref, time, place and agenda.
    expect(d.split('\n')[0]).toMatch(/BTI-2026-0042/);
    expect(d).toMatch(/Tid: /);
    expect(unfold(out)).toContain('ORGANIZER;CN=BTI-bot:mailto:no-reply@kommune.no');
  });

  it('drops bidi overrides and zero-width characters, also from meetings stored before input was cleaned', () => {
    const m = { ...meeting(), place: 'Rom \u202E21.1\u202C', agenda: ['Sta\u200Btus', '\uFEFFTiltak\u2066x\u2069'] };
    const out = buildIcs(m, { now: NOW });
    expect(out).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/);
    expect(unescapeText(prop(out, 'LOCATION')[0] ?? '')).toBe('Rom 21.1');
    expect(unescapeText(prop(out, 'DESCRIPTION')[0] ?? '')).toContain('1. Status');
  });
});

describe('buildIcs: updates and cancellation', () => {
  it('keeps the UID and raises SEQUENCE when the meeting changes', () => {
    const m = meeting();
    const moved = validateMeeting(
      { meetingType: 'samarbeidsmote', caseRef: 'BTI-2026-0042', date: '2026-06-11', start: '09:00', end: '10:00', place: 'Rom', invitees: A },
      NOW,
    );
    if (!moved.ok) throw new Error('fixture');
    const m2 = updateMeeting(m, moved.meeting);
    const ics = buildIcs(m2, { now: NOW });
    expect(prop(ics, 'UID')).toEqual(['mtg-7f3a@bti-bot']);
    expect(prop(ics, 'SEQUENCE')).toEqual(['1']);
    expect(prop(ics, 'DTSTART')).toEqual(['20260611T070000Z']);
    // The same form submitted again is no change.
    expect(updateMeeting(m2, moved.meeting)).toBe(m2);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const m = meeting();
    const c = cancelMeeting(m);
    expect(cancelMeeting(c)).toBe(c);
    const ics = buildIcs(c, { now: NOW });
    expect(prop(ics, 'METHOD')).toEqual(['CANCEL']);
    expect(prop(ics, 'STATUS')).toEqual(['CANCELLED']);
    expect(prop(ics, 'UID')).toEqual(['mtg-7f3a@bti-bot']);
    expect(prop(ics, 'SEQUENCE')).toEqual(['1']);
    expect(prop(ics, 'SUMMARY')[0]).toMatch(/^Avlyst: /);
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    const ics = buildIcs(meeting({ place: 'Rom 1, 2. etg; bygg A\\B' }), { now: NOW });
    expect(prop(ics, 'LOCATION')).toEqual(['Rom 1\\, 2. etg\\; bygg A\\\\B']);
  });

  it('drops control characters that iCalendar does not allow in text', () => {
    expect(escapeIcsText('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('folds at 75 octets, not 75 characters', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    const norsk = `DESCRIPTION:${'æøå'.repeat(30)}`;
    const folded = foldIcsLine(norsk).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(octets(folded[0] as string)).toBeGreaterThanOrEqual(74);
  });

  it('folds any text so that it unfolds to the same text, never splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${escapeIcsText(s)}`;
        const folded = foldIcsLine(line);
        const physical = folded.split('\r\n');
        for (const [i, l] of physical.entries()) {
          if (octets(l) > 75) return false;
          if (i > 0 && !l.startsWith(' ')) return false;
          // A split inside a surrogate pair would leave a lone half here.
          if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(l)) return false;
        }
        return folded.replace(/\r\n /g, '') === line;
      }),
      { numRuns: 500 },
    );
  });

  it('escapes so that unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const escaped = escapeIcsText(s);
        if (/[\r\n]/.test(escaped)) return false;
        if (!wellEscaped(escaped)) return false;
        return unescapeText(escaped) === s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every physical line within 75 octets for long Norwegian agendas', () => {
    const long = Array.from({ length: 10 }, (_, i) => `Punkt ${i}: ${'Æ'.repeat(150)}; komma, 😀`.slice(0, 200)).join('\n');
    const ics = buildIcs(meeting({ agenda: long }), { now: NOW });
    for (const l of ics.slice(0, -2).split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    const d = unescapeText(prop(ics, 'DESCRIPTION')[0] ?? '');
    expect(d).toContain(`10. ${`Punkt 9: ${'Æ'.repeat(150)}; komma, 😀`.slice(0, 200)}`);
  });

  it('builds a safe file name from ids only', () => {
    expect(icsFileName(meeting())).toBe('mote-BTI-2026-0042-2026-06-10.ics');
  });
});

describe('buildIcs: a moved meeting', () => {
  const moved = (over: Record<string, unknown> = {}): Meeting => {
    const m = meeting();
    const next = validateMeeting(
      { meetingType: 'samarbeidsmote', caseRef: 'BTI-2026-0042', date: '2026-06-10', start: '15:00', end: '16:00', place: 'Møterom 2', agenda: 'Status', invitees: A, ...over },
      NOW,
    );
    if (!next.ok) throw new Error('fixture');
    return updateMeeting(m, next.meeting);
  };

  it('says in the description that the time changed, and from when, under the same UID with a higher SEQUENCE', () => {
    const m = moved();
    const change = { ...meetingChangeOf(meeting(), m) };
    const ics = buildIcs({ ...m, lastChange: change }, { now: NOW });
    expect(prop(ics, 'UID')).toEqual(['mtg-7f3a@bti-bot']);
    expect(prop(ics, 'SEQUENCE')).toEqual(['1']);
    expect(prop(ics, 'METHOD')).toEqual(['PUBLISH']);
    expect(prop(ics, 'DTSTART')).toEqual(['20260610T130000Z']);
    const d = unescapeText(prop(ics, 'DESCRIPTION')[0] ?? '');
    expect(d.split('\n')[0]).toBe('Tiden er endret. Før: onsdag 10. juni 2026 kl. 13:00–14:30.');
    const en = unescapeText(prop(buildIcs({ ...m, lastChange: change }, { now: NOW, locale: 'en' }), 'DESCRIPTION')[0] ?? '');
    expect(en).toMatch(/^The time has changed\. Before: Wednesday,? 10 June 2026 (at )?13:00–14:30\./);
  });

  it('says a new place without a time line when only the place changed', () => {
    const m = moved({ start: '13:00', end: '14:30', place: 'Rom 7' });
    const change = meetingChangeOf(meeting(), m);
    expect(change.kinds).toEqual(['place']);
    const d = unescapeText(prop(buildIcs({ ...m, lastChange: change }, { now: NOW }), 'DESCRIPTION')[0] ?? '');
    expect(d).toContain('Stedet er endret.');
    expect(d).not.toContain('Tiden er endret');
    expect(prop(buildIcs({ ...m, lastChange: change }, { now: NOW }), 'LOCATION')).toEqual(['Rom 7']);
  });

  it('a moved meeting that is then cancelled: METHOD:CANCEL, STATUS:CANCELLED, same UID, SEQUENCE above the move, no "moved" line', () => {
    const m = moved();
    const c = cancelMeeting(m);
    const ics = buildIcs({ ...c, lastChange: meetingChangeOf(meeting(), m) }, { now: NOW });
    expect(prop(ics, 'METHOD')).toEqual(['CANCEL']);
    expect(prop(ics, 'STATUS')).toEqual(['CANCELLED']);
    expect(prop(ics, 'UID')).toEqual(['mtg-7f3a@bti-bot']);
    expect(prop(ics, 'SEQUENCE')).toEqual(['2']);
    const d = unescapeText(prop(ics, 'DESCRIPTION')[0] ?? '');
    expect(d.split('\n')[0]).toBe('Møtet er avlyst.');
    expect(d).not.toContain('Tiden er endret');
  });
});

describe('what counts as a change the invitees must hear about', () => {
  it('time and place (or the meeting link) count; the agenda does not', () => {
    const base = meeting();
    const other = (over: Record<string, unknown>) => {
      const r = validateMeeting({ meetingType: 'samarbeidsmote', caseRef: 'BTI-2026-0042', date: '2026-06-10', start: '13:00', end: '14:30', place: 'Møterom 2', agenda: 'Status\nMål', invitees: A, ...over }, NOW);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.meeting;
    };
    expect(meetingChanges(base, other({}))).toEqual([]);
    expect(meetingChanges(base, other({ agenda: 'Noe annet' }))).toEqual([]);
    expect(meetingChanges(base, other({ end: '15:00' }))).toEqual(['time']);
    expect(meetingChanges(base, other({ date: '2026-06-11' }))).toEqual(['time']);
    expect(meetingChanges(base, other({ place: 'Rom 3' }))).toEqual(['place']);
    expect(meetingChanges(base, other({ onlineLink: 'https://teams.microsoft.com/l/x' }))).toEqual(['place']);
    expect(meetingChanges(base, other({ start: '12:00', place: 'Rom 3' }))).toEqual(['time', 'place']);
  });

  it('an answer counts when it was given at or after the last change of time', () => {
    expect(isCurrentAnswer(undefined, undefined)).toBe(true);
    expect(isCurrentAnswer(0, 0)).toBe(true);
    expect(isCurrentAnswer(undefined, 1)).toBe(false);
    expect(isCurrentAnswer(1, 2)).toBe(false);
    expect(isCurrentAnswer(2, 2)).toBe(true);
    expect(isCurrentAnswer(3, 2)).toBe(true);
  });
});

/** The change record the bot stores with a moved meeting (see saveEdit). */
function meetingChangeOf(before: Meeting, after: Meeting) {
  return { kinds: meetingChanges(before, after), previousStartUtc: before.startUtc, previousEndUtc: before.endUtc };
}
