import { describe, it, expect } from 'vitest';
import fc from '../support/fastCheck';
import {
  addMember,
  assign,
  createRotation,
  markWritten,
  nextWriter,
  ranking,
  release,
  removeMember,
  withdraw,
  rotationStateSchema,
  skip,
  swap,
  volunteer,
  writtenCounts,
  SKIP_REASONS,
  type ProfessionalGuard,
  type RotationResult,
  type RotationState,
  type SkipReason,
} from '../../src/domain/meetings';

/**
 * Properties of the referat rotation. The fairness rule is "least recently had a turn goes next", with
 * absent members left out for that meeting only. Stated precisely, that gives:
 *
 *  F1  Nobody away: after every meeting, the numbers of referater written differ by at most one.
 *  F2  With random absences, raw totals cannot be equal (someone away half the year writes less). What
 *      holds is: if X could have been chosen at every meeting where Y could, then X has written at least
 *      (Y's count - 1). So two members who were available at the same meetings are within ±1 of each other.
 *      (Why: between two of Y's turns, Y was the one waiting longest among those present, so every other
 *      present member, X included, had a turn in between.)
 *  F3  Over any run of consecutive meetings where everybody was available, the counts within that run
 *      differ by at most one. (Counting only full meetings that are NOT consecutive does not work: with
 *      A,B,C, a meeting where C is away lets B take a turn that the full-meeting count never sees.)
 *  F4  Being away never costs a place: the queue with some members left out is the full queue with those
 *      members removed, and skipping a meeting leaves the queue as if the skipper had never been assigned.
 */

const PROS = ['p1', 'p2', 'p3', 'p4', 'p5'];
const FAMILY = ['mor', 'barn'];
const MEETINGS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
const ROLES: ProfessionalGuard = { p1: 'professional', p2: 'professional', p3: 'professional', p4: 'professional', p5: 'professional', mor: 'family', barn: 'child' };

type Cmd =
  | { k: 'assign' | 'volunteer' | 'release' | 'markWritten'; m: string; p: string }
  | { k: 'swap'; m: string; p: string; absent: string[] }
  | { k: 'skip'; m: string; p: string; reason: SkipReason }
  | { k: 'addMember' | 'removeMember'; p: string }
  | { k: 'withdraw'; m: string }
  | { k: 'auto'; m: string; absent: string[] };

const cmdArb = (people: string[]): fc.Arbitrary<Cmd> => {
  const m = fc.constantFrom(...MEETINGS);
  const p = fc.constantFrom(...people);
  const absent = fc.subarray(people);
  return fc.oneof(
    fc.record({ k: fc.constantFrom('assign' as const, 'volunteer' as const, 'release' as const, 'markWritten' as const), m, p }),
    fc.record({ k: fc.constant('swap' as const), m, p, absent }),
    fc.record({ k: fc.constant('skip' as const), m, p, reason: fc.constantFrom(...SKIP_REASONS) }),
    fc.record({ k: fc.constantFrom('addMember' as const, 'removeMember' as const), p }),
    fc.record({ k: fc.constant('withdraw' as const), m }),
    { arbitrary: fc.record({ k: fc.constant('auto' as const), m, absent }), weight: 3 },
  );
};

function apply(s: RotationState, c: Cmd, at: string, guard?: ProfessionalGuard): RotationResult {
  const ctx = { at, ...(guard ? { guard } : {}) };
  switch (c.k) {
    case 'assign':
      return assign(s, c.m, c.p, ctx);
    case 'volunteer':
      return volunteer(s, c.m, c.p, ctx);
    case 'release':
      return release(s, c.m, c.p, ctx);
    case 'markWritten':
      return markWritten(s, c.m, c.p, ctx);
    case 'swap':
      return swap(s, c.m, c.p, { ...ctx, absent: c.absent });
    case 'skip':
      return skip(s, c.m, c.p, c.reason, ctx);
    case 'addMember':
      return addMember(s, c.p, guard ? { guard } : {});
    case 'removeMember':
      return removeMember(s, c.p);
    case 'withdraw':
      return withdraw(s, c.m);
    case 'auto': {
      const w = nextWriter(s, { meetingId: c.m, absent: c.absent, ...(guard ? { guard } : {}) });
      return w.ok ? assign(s, c.m, w.writer, ctx) : { ok: false, error: w.error };
    }
  }
}

const iso = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();

/** Runs commands, returning every state reached (errors leave the state as it was). */
function run(start: RotationState, cmds: Cmd[], guard?: ProfessionalGuard): RotationState[] {
  const states = [start];
  let s = start;
  cmds.forEach((c, i) => {
    const r = apply(s, c, iso(i), guard);
    if (r.ok) s = r.state;
    states.push(s);
  });
  return states;
}

const stateArb = fc
  .tuple(fc.subarray(PROS, { minLength: 1 }), fc.array(cmdArb(PROS), { maxLength: 40 }))
  .map(([members, cmds]) => run(createRotation(members), cmds).at(-1) as RotationState);

describe('referat rotation: idempotency', () => {
  it('applying any command a second time changes nothing, even with a different time', () => {
    fc.assert(
      fc.property(fc.subarray(PROS, { minLength: 1 }), fc.array(cmdArb([...PROS, 'zz']), { maxLength: 50 }), (members, cmds) => {
        let s = createRotation(members);
        cmds.forEach((c, i) => {
          const first = apply(s, c, iso(i));
          const base = first.ok ? first.state : s;
          const second = apply(base, c, iso(i + 1000));
          if (first.ok) {
            expect(second).toEqual({ ok: true, state: first.state, changed: false });
            expect(second.ok && second.state).toBe(first.state);
            s = first.state;
          } else {
            // A refused command is refused again for the same reason, and nothing moved.
            expect(second.ok ? 'ok' : second.error.code).toBe(first.error.code);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('referat rotation: invariants under any sequence of commands', () => {
  it('keeps a valid state: one writer per meeting, members unique', () => {
    fc.assert(
      fc.property(stateArb, (s) => rotationStateSchema.safeParse(s).success),
      { numRuns: 300 },
    );
  });

  it('never lets anyone skip twice in a row for the same reason', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        for (const p of PROS) {
          const resolved = s.history.filter((e) => e.writer === p && e.status !== 'assigned');
          for (let i = 1; i < resolved.length; i++) {
            const [a, b] = [resolved[i - 1], resolved[i]];
            if (a?.status === 'skipped' && b?.status === 'skipped' && a.reason === b.reason) return false;
          }
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('never gives a parent or the child a turn, even when they are on the member list', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...PROS, ...FAMILY], { minLength: 1 }),
        fc.array(cmdArb([...PROS, ...FAMILY]), { maxLength: 50 }),
        fc.subarray([...PROS, ...FAMILY]),
        (order, cmds, absent) => {
          // A damaged state that holds family ids: the guard is the last line of defence.
          const damaged: RotationState = { version: 1, order, history: [] };
          for (const s of run(damaged, cmds, ROLES)) {
            if (s.history.some((e) => FAMILY.includes(e.writer) && e.status !== 'skipped')) return false;
            const w = nextWriter(s, { absent, guard: ROLES });
            if (w.ok && FAMILY.includes(w.writer)) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever it is given', () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom(...PROS, '', 'm1'));
    fc.assert(
      fc.property(junk, junk, junk, junk, (state, a, b, c) => {
        const st = state as RotationState;
        const at = { at: c as string };
        const results = [
          assign(st, a as string, b as string, at),
          volunteer(st, a as string, b as string, at),
          swap(st, a as string, b as string, at),
          skip(st, a as string, b as string, c as SkipReason, { at: iso(0) }),
          release(st, a as string, b as string, at),
          markWritten(st, a as string, b as string, at),
          addMember(st, a as string),
          removeMember(st, a as string),
          withdraw(st, a as string),
        ];
        return results.every((r) => typeof r.ok === 'boolean') && typeof nextWriter(st, { meetingId: a as string }).ok === 'boolean';
      }),
      { numRuns: 300 },
    );
  });
});

/** Holds meetings in order: choose, assign, write. Returns who wrote each (undefined if nobody could). */
function simulate(members: string[], absences: string[][]): (string | undefined)[] {
  let s = createRotation(members);
  return absences.map((absent, i) => {
    const m = `meeting-${i}`;
    const w = nextWriter(s, { meetingId: m, absent });
    if (!w.ok) return undefined;
    const a = assign(s, m, w.writer, { at: iso(i) });
    if (!a.ok) throw new Error(a.error.code);
    const r = markWritten(a.state, m, w.writer, { at: iso(i) });
    if (!r.ok) throw new Error(r.error.code);
    s = r.state;
    return w.writer;
  });
}

const count = (writers: (string | undefined)[], who: string) => writers.filter((w) => w === who).length;

describe('referat rotation: fairness', () => {
  it('F1: with nobody away, everyone is within one referat of everyone else after every meeting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }), (n, k) => {
        const members = Array.from({ length: n }, (_, i) => `p${i}`);
        const writers = simulate(members, Array.from({ length: k }, () => []));
        for (let t = 1; t <= k; t++) {
          const counts = members.map((p) => count(writers.slice(0, t), p));
          if (Math.max(...counts) - Math.min(...counts) > 1) return false;
        }
        return true;
      }),
    );
  });

  // Members p0 and p1 are always away together (same availability), p2 is never away; the rest vary freely.
  const absenceRun = fc.integer({ min: 3, max: 6 }).chain((n) =>
    fc.tuple(
      fc.constant(Array.from({ length: n }, (_, i) => `p${i}`)),
      fc.array(
        fc.tuple(fc.boolean(), fc.subarray(Array.from({ length: n - 3 }, (_, i) => `p${i + 3}`))).map(([twinsAway, others]) =>
          twinsAway ? ['p0', 'p1', ...others] : others,
        ),
        { minLength: 1, maxLength: 60 },
      ),
    ),
  );

  it('F2: whoever was available whenever Y was has written at least Y’s count minus one', () => {
    fc.assert(
      fc.property(absenceRun, ([members, absences]) => {
        const writers = simulate(members, absences);
        const available = (p: string) => absences.map((a) => !a.includes(p));
        for (const x of members) {
          for (const y of members) {
            const ax = available(x);
            const covers = available(y).every((v, i) => !v || ax[i]);
            if (covers && count(writers, x) < count(writers, y) - 1) return false;
          }
        }
        // The two the generator keeps together are within one of each other.
        return Math.abs(count(writers, 'p0') - count(writers, 'p1')) <= 1;
      }),
      { numRuns: 300 },
    );
  });

  it('F3: in any stretch of consecutive meetings with everyone there, counts differ by at most one', () => {
    fc.assert(
      fc.property(absenceRun, ([members, absences]) => {
        const writers = simulate(members, absences);
        for (let i = 0; i < absences.length; i++) {
          for (let j = i; j < absences.length && (absences[j] ?? []).length === 0; j++) {
            const window = writers.slice(i, j + 1);
            const counts = members.map((p) => count(window, p));
            if (Math.max(...counts) - Math.min(...counts) > 1) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('F4: leaving people out does not reorder anyone else, and skipping keeps your place', () => {
    fc.assert(
      fc.property(stateArb, fc.subarray(PROS), fc.constantFrom(...MEETINGS), fc.constantFrom(...PROS), fc.constantFrom(...SKIP_REASONS), (s, absent, m, p, reason) => {
        const full = ranking(s);
        expect(ranking(s, { absent })).toEqual(full.filter((id) => !absent.includes(id)));
        const w = nextWriter(s, { absent });
        const expected = full.find((id) => !absent.includes(id));
        expect(w.ok ? w.writer : undefined).toBe(expected);
        const skipped = skip(s, m, p, reason, { at: iso(9999) });
        if (skipped.ok && skipped.changed) {
          const released = release(s, m, p, { at: iso(9999) });
          expect(released.ok).toBe(true);
          if (released.ok) expect(ranking(skipped.state)).toEqual(ranking(released.state));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('counts written referater per member', () => {
    const writers = simulate(['a', 'b', 'c'], [[], ['a'], [], []]);
    let s = createRotation(['a', 'b', 'c']);
    writers.forEach((w, i) => {
      if (!w) return;
      const r = markWritten(s, `meeting-${i}`, w, { at: iso(i) });
      if (r.ok) s = r.state;
    });
    expect(writtenCounts(s)).toEqual({ a: count(writers, 'a'), b: count(writers, 'b'), c: count(writers, 'c') });
    expect(writers).toEqual(['a', 'b', 'c', 'a']);
  });
});
