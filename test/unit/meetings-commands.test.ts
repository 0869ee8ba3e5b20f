import { describe, expect, it } from 'vitest';
import fc, { fcRun } from '../support/fastCheck';
import {
  cancel,
  caseCheckAfter,
  createRotation,
  currentWriter,
  edit,
  rsvp,
  rsvpEffects,
  settleAfterRsvp,
  settleAfterSave,
  takeReferat,
  writtenCounts,
  RSVP_ANSWERS,
  USER_SKIP_REASONS,
  type EditableMeeting,
  type PressedMeeting,
  type ReferatPress,
  type RotationMember,
  type RotationState,
  type RsvpState,
} from '../../src/domain/meetings';
import { referatRefusalText } from '../../src/bot/meetings/texts';

/**
 * The meeting's commands in process: RSVP, the referat writer's settlement, edit and cancel. No store, no HTTP.
 *
 * The seed is random per run and printed (test/support/fastCheck.ts); re-run a failure with FC_SEED=<seed> npx vitest run <this file>.
 */

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const COORD = id(1);
const ANA = id(2);
const BO = id(3);
const MOTHER = id(4);
const OUTSIDER = id(9);
const NOW = new Date('2026-05-04T10:00:00Z');

const members: RotationMember[] = [
  { aadObjectId: COORD, role: 'professional' },
  { aadObjectId: ANA, role: 'professional' },
  { aadObjectId: BO, role: 'leader' },
  { aadObjectId: MOTHER, role: 'family' },
];

function meeting(over: Partial<PressedMeeting> = {}): PressedMeeting {
  return { meetingId: 'a1b2c3d4e5f60718', invitees: [ANA, BO, MOTHER], coordinator: { aadObjectId: COORD }, status: 'scheduled', sequence: 0, startUtc: '2026-05-04T08:00:00Z', ...over };
}

function press(over: Partial<ReferatPress> = {}): ReferatPress {
  return { actor: ANA, verb: 'volunteer', members, absent: [], now: NOW, ...over };
}

describe('rsvp', () => {
  it('takes an answer from an invitee and the coordinator, and says what to settle', () => {
    const r = rsvp(meeting(), { actor: ANA }, 'no', undefined);
    expect(r).toEqual({ ok: true, state: { answer: 'no', sequence: 0 }, changed: true, effects: [{ kind: 'settle-referat', release: true, onlyIfNone: false }] });
    const c = rsvp(meeting(), { actor: COORD }, 'yes', undefined);
    expect(c.ok && c.effects).toEqual([{ kind: 'settle-referat', release: false, onlyIfNone: true }]);
  });

  it('refuses anyone else, a cancelled meeting and an older card, in that order', () => {
    expect(rsvp(meeting(), { actor: OUTSIDER }, 'yes', undefined)).toEqual({ ok: false, code: 'not-invited' });
    expect(rsvp(meeting(), { actor: undefined }, 'yes', undefined)).toEqual({ ok: false, code: 'not-invited' });
    expect(rsvp(meeting({ status: 'cancelled' }), { actor: ANA }, 'yes', undefined)).toEqual({ ok: false, code: 'cancelled' });
    expect(rsvp(meeting({ status: 'cancelled' }), { actor: OUTSIDER }, 'yes', undefined)).toEqual({ ok: false, code: 'not-invited' });
    expect(rsvp(meeting({ sequence: 2 }), { actor: ANA, cardVersion: 1 }, 'yes', undefined)).toEqual({ ok: false, code: 'stale' });
  });

  it('changes nothing when the same answer comes again for the same version, and asks again after a new time', () => {
    const same = rsvp(meeting({ sequence: 1 }), { actor: ANA }, 'yes', { answer: 'yes', sequence: 1 });
    expect(same).toMatchObject({ ok: true, changed: false, effects: [] });
    expect(rsvp(meeting({ sequence: 2 }), { actor: ANA }, 'yes', { answer: 'yes', sequence: 1 })).toMatchObject({ ok: true, changed: true });
    expect(rsvpEffects('maybe', false)).toEqual([]);
  });

  it('property: an RSVP by someone not invited never changes anything', () => {
    const answer = fc.constantFrom(...RSVP_ANSWERS);
    const current = fc.option(fc.record({ answer, sequence: fc.nat(5) }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 10, max: 60 }), { maxLength: 8 }),
        fc.integer({ min: 61, max: 99 }),
        fc.constantFrom('scheduled', 'cancelled' as const),
        fc.nat(4),
        answer,
        current,
        (invited, stranger, status, sequence, a, cur: RsvpState | undefined) => {
          const m = meeting({ invitees: invited.map(id), status: status as PressedMeeting['status'], sequence });
          const before = JSON.stringify(cur);
          const r = rsvp(m, { actor: id(stranger) }, a, cur);
          expect(r).toEqual({ ok: false, code: 'not-invited' });
          expect(JSON.stringify(cur)).toBe(before);
        },
      ),
      fcRun(200),
    );
  });
});

describe('takeReferat', () => {
  const start = createRotation([]);

  it('lets an invited professional volunteer and marks the referat written after the start', () => {
    const v = takeReferat(start, meeting(), press());
    expect(v.ok && currentWriter(v.state, meeting().meetingId)).toEqual({ writer: ANA, written: false });
    if (!v.ok) return;
    const w = takeReferat(v.state, meeting(), press({ verb: 'written' }));
    expect(w).toMatchObject({ ok: true, changed: true, effects: [{ kind: 'cancel-referat-reminders' }] });
    // Re-delivered: nothing changes, nothing to cancel again.
    if (w.ok) expect(takeReferat(w.state, meeting(), press({ verb: 'written' }))).toMatchObject({ ok: true, changed: false, effects: [] });
  });

  it('refuses, with codes that have texts: outsiders, family, a case member not invited, too early, a bad reason', () => {
    const cases: Array<[Partial<ReferatPress>, Partial<PressedMeeting>, string]> = [
      [{ actor: OUTSIDER }, {}, 'not-member'],
      [{ actor: ANA, members: undefined }, {}, 'not-member'],
      [{ actor: MOTHER }, {}, 'not-professional'],
      [{ actor: ANA }, { invitees: [BO] }, 'not-invited'],
      [{ verb: 'written' }, { startUtc: '2026-05-05T08:00:00Z' }, 'not-yet'],
      [{ verb: 'skip', reason: 'bytte' }, {}, 'invalid-reason'],
      [{ verb: 'skip', reason: 'keen' }, {}, 'invalid-reason'],
      [{}, { status: 'cancelled' }, 'stale'],
      [{ cardVersion: 0 }, { sequence: 1 }, 'stale'],
      [{ verb: 'swap' }, {}, 'not-assigned'],
    ];
    for (const [p, m, code] of cases) {
      const r = takeReferat(start, meeting(m), press(p));
      expect(r, code).toEqual({ ok: false, code });
      if (!r.ok && r.code !== 'stale') expect(referatRefusalText('nb', r.code).length).toBeGreaterThan(10);
    }
  });

  it('a skip hands the meeting to the next invited professional who is coming', () => {
    const given = settleAfterSave(start, meeting(), members, [], NOW.toISOString());
    expect(given.ok).toBe(true);
    if (!given.ok) return;
    const first = currentWriter(given.state, meeting().meetingId).writer;
    expect([ANA, BO]).toContain(first);
    const r = takeReferat(given.state, meeting(), press({ actor: first, verb: 'skip', reason: 'sykdom' }));
    expect(r.ok && currentWriter(r.state, meeting().meetingId).writer).toBe(first === ANA ? BO : ANA);
  });

  it('property: the writer rotates fairly and is never the child or a parent', () => {
    const people = fc.uniqueArray(fc.integer({ min: 10, max: 40 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(people, fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), fc.integer({ min: 2, max: 8 }), (pros, familyIdx, meetings) => {
        const family = [...new Set(familyIdx.map((i) => id(100 + i)))];
        const all: RotationMember[] = [...pros.map((n) => ({ aadObjectId: id(n), role: 'professional' as const })), ...family.map((f) => ({ aadObjectId: f, role: 'family' as const }))];
        let s: RotationState = createRotation([]);
        for (let k = 0; k < meetings; k++) {
          const m = { meetingId: `meeting${k.toString().padStart(10, '0')}`, invitees: all.map((x) => x.aadObjectId) };
          const r = settleAfterSave(s, m, all, [], NOW.toISOString());
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          s = r.state;
          const w = currentWriter(s, m.meetingId).writer;
          expect(w).toBeDefined();
          expect(family).not.toContain(w);
          const done = takeReferat(s, { ...meeting(), ...m }, press({ actor: w, verb: 'written', members: all }));
          expect(done.ok).toBe(true);
          if (done.ok) s = done.state;
          // Fair: with everyone there every time, the counts never differ by more than one.
          const counts = Object.values(writtenCounts(s));
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
      fcRun(40),
    );
  });

  it('property: a writer is always among the invited professionals who are coming, or there is none', () => {
    fc.assert(
      fc.property(fc.subarray([COORD, ANA, BO, MOTHER]), fc.subarray([COORD, ANA, BO, MOTHER]), (invitees, absent) => {
        const m = { meetingId: 'ffffffffffffffff', invitees };
        const r = settleAfterSave(createRotation([]), m, members, absent, NOW.toISOString());
        if (!r.ok) return;
        const w = currentWriter(r.state, m.meetingId).writer;
        const eligible = invitees.filter((x) => x !== MOTHER && !absent.includes(x));
        if (eligible.length === 0) expect(w).toBeUndefined();
        else expect(eligible).toContain(w);
      }),
      fcRun(200),
    );
  });

  it('"kommer ikke" from the writer hands the referat on; other answers only fill an empty place', () => {
    const m = meeting();
    const given = settleAfterSave(createRotation([]), m, members, [], NOW.toISOString());
    if (!given.ok) throw new Error('settle failed');
    const writer = currentWriter(given.state, m.meetingId).writer as string;
    const gone = settleAfterRsvp(given.state, m, members, { actor: writer, leaving: true, absent: [writer], at: NOW.toISOString() });
    expect(gone.ok && currentWriter(gone.state, m.meetingId).writer).not.toBe(writer);
    const stays = settleAfterRsvp(given.state, m, members, { actor: writer, leaving: false, absent: [], at: NOW.toISOString() });
    expect(stays.ok && currentWriter(stays.state, m.meetingId).writer).toBe(writer);
  });
});

describe('edit and cancel', () => {
  const stored: EditableMeeting = {
    ...meeting(),
    meetingType: 'samarbeidsmote',
    caseRef: 'BTI-2026-0001',
    date: '2026-05-04',
    start: '10:00',
    end: '11:00',
    endUtc: '2026-05-04T09:00:00Z',
    place: 'Rom 1',
    agenda: [],
    invitees: [ANA, BO],
    childInvited: false,
    interpreterNeeded: false,
    people: [
      { aadObjectId: COORD, name: 'Kari', role: 'professional' },
      { aadObjectId: ANA, name: 'Ana', role: 'professional' },
      { aadObjectId: BO, name: 'Bo', role: 'leader' },
    ],
  };
  const { meetingId: _m, coordinator: _c, status: _s, sequence: _q, people: _p, ...valid } = stored;

  it('only the coordinator edits or cancels, on the current card', () => {
    expect(edit(stored, valid, { actor: ANA, known: [] })).toEqual({ ok: false, code: 'only-coordinator' });
    expect(cancel(stored, { actor: BO })).toEqual({ ok: false, code: 'only-coordinator' });
    expect(cancel({ ...stored, sequence: 3 }, { actor: COORD, cardVersion: 2 })).toEqual({ ok: false, code: 'stale' });
  });

  it('the same details again change nothing; a new time is a new version that asks for new answers and is announced', () => {
    expect(edit(stored, valid, { actor: COORD, known: [] })).toMatchObject({ ok: true, changed: false, effects: [] });
    const moved = edit(stored, { ...valid, start: '12:00', end: '13:00', startUtc: '2026-05-04T10:00:00Z', endUtc: '2026-05-04T11:00:00Z' }, { actor: COORD, known: [] });
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.state).toMatchObject({ sequence: 1, answersFrom: 1, lastChange: { sequence: 1, kinds: ['time'], previousStartUtc: stored.startUtc } });
    expect(moved.effects.map((e) => e.kind)).toEqual(['settle-referat', 'reschedule-reminders', 'announce']);
  });

  it('a new invitee from the roster gets their name; nobody is named by an id', () => {
    const r = edit(stored, { ...valid, invitees: [ANA, BO, id(7)] }, { actor: COORD, known: [{ aadObjectId: id(7), name: 'Sju', role: 'professional' }] });
    expect(r.ok && r.state.people.map((p) => p.name)).toEqual(['Ana', 'Bo', 'Sju', 'Kari']);
    expect(r.ok && r.effects.map((e) => e.kind)).toEqual(['settle-referat', 'reschedule-reminders']);
  });

  it('cancels once; a second cancel changes nothing but lists the steps a re-delivery finishes', () => {
    const c = cancel(stored, { actor: COORD });
    expect(c).toMatchObject({ ok: true, changed: true, state: { status: 'cancelled', sequence: 1 } });
    if (!c.ok) return;
    const again = cancel(c.state, { actor: COORD });
    expect(again).toMatchObject({ ok: true, changed: false, state: c.state });
    expect(again.ok && again.effects.map((e) => e.kind)).toEqual(['withdraw-referat', 'announce']);
    expect(edit(c.state, valid, { actor: COORD, known: [] })).toEqual({ ok: false, code: 'stale' });
  });

  it('skip reasons offered on the card are exactly the ones a person may pick', () => {
    expect(USER_SKIP_REASONS).not.toContain('bytte');
  });
});

describe('the twice-a-year check a meeting plans', () => {
  it('comes six months after a coordination meeting that takes place, and never for other meetings', () => {
    expect(caseCheckAfter({ meetingType: 'samarbeidsmote', startUtc: '2026-05-04T08:00:00Z' })).toBe('2026-11-04T08:00:00.000Z');
    expect(caseCheckAfter({ meetingType: 'ansvarsgruppemote', startUtc: '2026-05-04T08:00:00Z', status: 'cancelled' })).toBeUndefined();
    expect(caseCheckAfter({ meetingType: 'arbeidsmote', startUtc: '2026-05-04T08:00:00Z' })).toBeUndefined();
    expect(caseCheckAfter({ meetingType: 'avklaringsmote', startUtc: '2026-05-04T08:00:00Z' })).toBeUndefined();
    // Already due: nothing to plan.
    expect(caseCheckAfter({ meetingType: 'samarbeidsmote', startUtc: '2026-05-04T08:00:00Z' }, new Date('2026-12-01T00:00:00Z'))).toBeUndefined();
  });
});
