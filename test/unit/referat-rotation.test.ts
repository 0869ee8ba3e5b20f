import { describe, it, expect } from 'vitest';
import {
  addMember,
  assign,
  createRotation,
  markWritten,
  nextWriter,
  ranking,
  referatStatus,
  release,
  removeMember,
  skip,
  swap,
  volunteer,
  withdraw,
  writtenCounts,
  USER_SKIP_REASONS,
  SKIP_REASON_INFO,
  type RotationResult,
  type RotationState,
  type SkipReason,
} from '../../src/domain/meetings';
import { referatRefusalText, skipReasonText } from '../../src/bot/meetings/texts';

let clock = Date.parse('2026-01-05T10:00:00Z');
const ctx = () => ({ at: new Date((clock += 60_000)).toISOString() });

function ok(r: RotationResult): RotationState {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`);
  return r.state;
}
function errCode(r: RotationResult): string {
  return r.ok ? 'ok' : r.error.code;
}
function next(s: RotationState, opts: Parameters<typeof nextWriter>[1] = {}): string {
  const r = nextWriter(s, opts);
  if (!r.ok) throw new Error(r.error.code);
  return r.writer;
}
/** One meeting: choose the writer, assign, and the referat gets written. */
function hold(s: RotationState, meetingId: string, absent: string[] = []): { s: RotationState; writer: string } {
  const writer = next(s, { meetingId, absent });
  const s1 = ok(assign(s, meetingId, writer, ctx()));
  return { s: ok(markWritten(s1, meetingId, writer, ctx())), writer };
}

describe('the queue', () => {
  it('goes round in the stable order when nobody is away', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    const writers: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const r = hold(s, `m${i}`);
      s = r.s;
      writers.push(r.writer);
    }
    expect(writers).toEqual(['ana', 'bo', 'cy', 'ana', 'bo', 'cy', 'ana']);
    expect(writtenCounts(s)).toEqual({ ana: 3, bo: 2, cy: 2 });
  });

  it('passes over someone who is away without losing their place', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = hold(s, 'm1', ['ana']).s; // bo writes
    expect(ranking(s)).toEqual(['ana', 'cy', 'bo']);
    expect(next(s, { meetingId: 'm2' })).toBe('ana');
  });

  it('keeps the writer of a meeting that already has one (a re-delivered "choose" gives the same answer)', () => {
    let s = createRotation(['ana', 'bo']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    expect(nextWriter(s, { meetingId: 'm1' })).toEqual({ ok: true, writer: 'ana', why: 'already-assigned' });
    expect(nextWriter(s, { meetingId: 'm2' })).toEqual({ ok: true, writer: 'bo', why: 'in-turn' });
    s = ok(markWritten(s, 'm1', 'ana', ctx()));
    expect(nextWriter(s, { meetingId: 'm1' })).toMatchObject({ writer: 'ana', why: 'already-written' });
  });

  it('says so when nobody can write', () => {
    const s = createRotation(['ana']);
    expect(nextWriter(s, { absent: ['ana'] })).toMatchObject({ ok: false, error: { code: 'no-candidate' } });
    expect(nextWriter(createRotation([]))).toMatchObject({ ok: false, error: { code: 'no-candidate' } });
  });

  it('never chooses a parent or the child, even from a damaged member list', () => {
    const roles = { ana: 'professional', mor: 'family', barn: 'child' } as const;
    expect(createRotation(['mor', 'ana', 'barn'], { guard: roles }).order).toEqual(['ana']);
    // A list that somehow holds family ids: the guard still keeps them out.
    const damaged: RotationState = { version: 1, order: ['mor', 'barn', 'ana'], history: [] };
    expect(next(damaged, { guard: roles })).toBe('ana');
    expect(nextWriter(damaged, { guard: roles, absent: ['ana'] })).toMatchObject({ ok: false, error: { code: 'no-candidate' } });
    expect(errCode(assign(damaged, 'm1', 'mor', { ...ctx(), guard: roles }))).toBe('not-professional');
    expect(errCode(volunteer(damaged, 'm1', 'barn', { ...ctx(), guard: roles }))).toBe('not-professional');
    expect(errCode(markWritten(damaged, 'm1', 'barn', { ...ctx(), guard: roles }))).toBe('not-professional');
    expect(errCode(addMember(createRotation([]), 'mor', { guard: roles }))).toBe('not-professional');
    // Unknown to the role map, or a predicate that throws: not a professional.
    expect(nextWriter(damaged, { guard: {} })).toMatchObject({ ok: false });
    expect(nextWriter(damaged, { guard: () => { throw new Error('x'); } })).toMatchObject({ ok: false });
    expect(next(damaged, { guard: (id) => id === 'ana' })).toBe('ana');
  });
});

describe('withdraw (the meeting is cancelled)', () => {
  it('gives the pending writer their place back: A assigned m1, m1 cancelled, A is still first', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    // Without withdrawing, the pending assignment counts as ana's turn.
    expect(ranking(s)).toEqual(['bo', 'cy', 'ana']);
    s = ok(withdraw(s, 'm1'));
    expect(ranking(s)).toEqual(['ana', 'bo', 'cy']);
    expect(referatStatus(s, 'm1')).toEqual({ status: 'unassigned', skippedBy: [] });
    expect(next(s, { meetingId: 'm2' })).toBe('ana');
  });

  it('changes nothing the second time, without a writer, or once the referat is written', () => {
    let s = createRotation(['ana', 'bo']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    const once = ok(withdraw(s, 'm1'));
    const twice = withdraw(once, 'm1');
    expect(twice.ok && twice.changed).toBe(false);
    expect(withdraw(createRotation(['ana']), 'm9')).toMatchObject({ ok: true, changed: false });
    s = ok(markWritten(s, 'm1', 'ana', ctx()));
    expect(withdraw(s, 'm1')).toMatchObject({ ok: true, changed: false });
    expect(ranking(s)).toEqual(['bo', 'ana']);
    expect(errCode(withdraw(s, ''))).toBe('invalid-id');
    expect(errCode(withdraw({ version: 2 } as unknown as RotationState, 'm1'))).toBe('invalid-state');
  });

  it('keeps a swap record: the one who swapped and the one who took over both keep their places', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    s = ok(swap(s, 'm1', 'ana', ctx()));
    expect(referatStatus(s, 'm1')).toMatchObject({ status: 'assigned', writer: 'bo' });
    s = ok(withdraw(s, 'm1'));
    expect(ranking(s)).toEqual(['ana', 'bo', 'cy']);
  });
});

describe('skip', () => {
  it('lets the assigned member pass with a reason and keep their place', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    s = ok(skip(s, 'm1', 'ana', 'sykdom', ctx()));
    expect(referatStatus(s, 'm1')).toEqual({ status: 'unassigned', skippedBy: ['ana'] });
    expect(next(s, { meetingId: 'm1' })).toBe('bo');
    expect(errCode(assign(s, 'm1', 'ana', ctx()))).toBe('skipped-this-meeting');
    s = ok(assign(s, 'm1', 'bo', ctx()));
    s = ok(markWritten(s, 'm1', 'bo', ctx()));
    expect(next(s, { meetingId: 'm2' })).toBe('ana');
  });

  it('refuses the same reason twice in a row, allows another reason, and allows it again after writing', () => {
    let s = createRotation(['ana', 'bo']);
    s = ok(skip(s, 'm1', 'ana', 'sykdom', ctx()));
    s = ok(assign(s, 'm2', 'ana', ctx()));
    const again = skip(s, 'm2', 'ana', 'sykdom', ctx());
    expect(errCode(again)).toBe('same-reason-twice');
    expect(again.ok ? '' : referatRefusalText('nb', again.error.code)).toMatch(/samme grunn/);
    s = ok(skip(s, 'm2', 'ana', 'annet', ctx()));
    s = ok(markWritten(s, 'm3', 'ana', ctx()));
    expect(skip(s, 'm4', 'ana', 'sykdom', ctx()).ok).toBe(true);
  });

  it('does not let a pending assignment break the row', () => {
    let s = createRotation(['ana', 'bo']);
    s = ok(skip(s, 'm1', 'ana', 'annet', ctx()));
    s = ok(assign(s, 'm2', 'ana', ctx()));
    s = ok(volunteer(s, 'm2', 'bo', ctx())); // ana's m2 assignment is withdrawn
    s = ok(assign(s, 'm3', 'ana', ctx()));
    expect(errCode(skip(s, 'm3', 'ana', 'annet', ctx()))).toBe('same-reason-twice');
  });

  it('accepts "wrote last time" only from the one who had the last turn', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = hold(s, 'm1').s; // ana
    expect(errCode(skip(s, 'm2', 'bo', 'skrev-sist', ctx()))).toBe('reason-not-valid');
    expect(skip(s, 'm2', 'ana', 'skrev-sist', ctx()).ok).toBe(true);
  });

  it('only takes reasons from the list; "bytte" is reserved for swap', () => {
    const s = createRotation(['ana']);
    expect(errCode(skip(s, 'm1', 'ana', 'bytte', ctx()))).toBe('invalid-reason');
    expect(errCode(skip(s, 'm1', 'ana', 'keen' as SkipReason, ctx()))).toBe('invalid-reason');
    expect(USER_SKIP_REASONS).toEqual(['fravaer', 'sykdom', 'skrev-sist', 'annet']);
    for (const r of USER_SKIP_REASONS) {
      expect(SKIP_REASON_INFO[r].userSelectable).toBe(true);
      expect(skipReasonText('nb', r)).not.toBe(skipReasonText('en', r));
    }
  });

  it('cannot skip a referat already written, or change the reason of a skip', () => {
    let s = createRotation(['ana', 'bo']);
    s = hold(s, 'm1').s;
    expect(errCode(skip(s, 'm1', 'ana', 'annet', ctx()))).toBe('already-written');
    s = ok(skip(s, 'm2', 'bo', 'sykdom', ctx()));
    expect(errCode(skip(s, 'm2', 'bo', 'annet', ctx()))).toBe('already-skipped');
  });
});

describe('swap, volunteer, release, markWritten', () => {
  it('swaps with the next in line, who writes now; the swapper is first next time', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    const swapped = ok(swap(s, 'm1', 'ana', ctx()));
    expect(referatStatus(swapped, 'm1')).toMatchObject({ status: 'assigned', writer: 'bo' });
    // Re-delivered: nothing changes, and it does not swap back.
    const again = swap(swapped, 'm1', 'ana', ctx());
    expect(again).toEqual({ ok: true, state: swapped, changed: false });
    s = ok(markWritten(swapped, 'm1', 'bo', ctx()));
    expect(next(s, { meetingId: 'm2' })).toBe('ana');
    s = ok(assign(s, 'm2', 'ana', ctx()));
    expect(errCode(swap(s, 'm2', 'ana', ctx()))).toBe('same-reason-twice');
    expect(errCode(swap(s, 'm2', 'cy', ctx()))).toBe('not-assigned');
  });

  it('swaps past absent members and fails cleanly when nobody is left', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    expect(referatStatus(ok(swap(s, 'm1', 'ana', { ...ctx(), absent: ['bo'] })), 'm1')).toMatchObject({ writer: 'cy' });
    expect(errCode(swap(s, 'm1', 'ana', { ...ctx(), absent: ['bo', 'cy'] }))).toBe('no-candidate');
  });

  it('lets a volunteer take a pending assignment; the one relieved keeps their place', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    s = ok(volunteer(s, 'm1', 'cy', ctx()));
    expect(referatStatus(s, 'm1')).toMatchObject({ status: 'assigned', writer: 'cy' });
    s = ok(markWritten(s, 'm1', 'cy', ctx()));
    expect(errCode(volunteer(s, 'm1', 'bo', ctx()))).toBe('already-written');
    expect(ranking(s)).toEqual(['ana', 'bo', 'cy']);
  });

  it('releases someone who will not come; no skip is recorded', () => {
    let s = createRotation(['ana', 'bo']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    s = ok(release(s, 'm1', 'ana', ctx()));
    expect(referatStatus(s, 'm1')).toEqual({ status: 'unassigned', skippedBy: [] });
    expect(next(s, { meetingId: 'm1', absent: ['ana'] })).toBe('bo');
  });

  it('records who actually wrote when it was someone else', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    s = ok(markWritten(s, 'm1', 'bo', ctx()));
    expect(referatStatus(s, 'm1')).toMatchObject({ status: 'written', writer: 'bo' });
    expect(errCode(markWritten(s, 'm1', 'cy', ctx()))).toBe('already-written');
    expect(errCode(assign(s, 'm1', 'cy', ctx()))).toBe('already-written');
    expect(next(s, { meetingId: 'm2' })).toBe('ana');
  });

  it('refuses to assign a meeting that already has a writer', () => {
    const s = ok(assign(createRotation(['ana', 'bo']), 'm1', 'ana', ctx()));
    expect(assign(s, 'm1', 'bo', ctx())).toMatchObject({ ok: false, error: { code: 'already-assigned', memberId: 'ana' } });
  });

  it('keeps a late referat in its original turn', () => {
    let s = createRotation(['ana', 'bo', 'cy']);
    s = ok(assign(s, 'm1', 'ana', ctx()));
    s = ok(assign(s, 'm2', 'bo', ctx()));
    s = ok(markWritten(s, 'm1', 'ana', ctx()));
    expect(ranking(s)).toEqual(['cy', 'ana', 'bo']);
  });
});

describe('members', () => {
  it('puts a new member first (never wrote) and remembers a returning one', () => {
    let s = createRotation(['ana', 'bo']);
    s = hold(s, 'm1').s; // ana
    s = ok(addMember(s, 'dag'));
    expect(ranking(s)).toEqual(['bo', 'dag', 'ana']);
    s = ok(removeMember(s, 'ana'));
    s = ok(addMember(s, 'ana'));
    expect(ranking(s)).toEqual(['bo', 'dag', 'ana']);
  });

  it('withdraws pending assignments of someone who leaves, keeps what they wrote', () => {
    let s = createRotation(['ana', 'bo']);
    s = hold(s, 'm1').s;
    s = ok(assign(s, 'm2', 'ana', ctx()));
    s = ok(removeMember(s, 'ana'));
    expect(referatStatus(s, 'm1')).toMatchObject({ status: 'written', writer: 'ana' });
    expect(referatStatus(s, 'm2').status).toBe('unassigned');
    expect(errCode(assign(s, 'm2', 'ana', ctx()))).toBe('not-member');
  });
});

describe('robustness', () => {
  it('returns typed errors for bad state and bad input instead of throwing', () => {
    for (const bad of [null, undefined, {}, { version: 1, order: 'x', history: [] }, { version: 2, order: [], history: [] }]) {
      const state = bad as unknown as RotationState;
      expect(errCode(assign(state, 'm1', 'ana', ctx()))).toBe('invalid-state');
      expect(nextWriter(state)).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
      expect(errCode(addMember(state, 'ana'))).toBe('invalid-state');
    }
    const twoWriters = {
      version: 1,
      order: ['ana', 'bo'],
      history: [
        { meetingId: 'm1', writer: 'ana', at: '2026-01-01T00:00:00Z', status: 'assigned' },
        { meetingId: 'm1', writer: 'bo', at: '2026-01-01T00:00:00Z', status: 'written' },
      ],
    } as RotationState;
    expect(errCode(markWritten(twoWriters, 'm1', 'ana', ctx()))).toBe('invalid-state');
    const s = createRotation(['ana']);
    expect(errCode(assign(s, '', 'ana', ctx()))).toBe('invalid-id');
    expect(errCode(assign(s, 'm1', 'ana', { at: 'yesterday' }))).toBe('invalid-at');
    expect(errCode(assign(s, 'm1', 'zed', ctx()))).toBe('not-member');
  });

  it('survives a JSON round trip through the database and keeps document fields', () => {
    const stored = { ...createRotation(['ana', 'bo']), id: 'rotation:BTI-2026-0042', pk: 'BTI-2026-0042' };
    const s = ok(assign(JSON.parse(JSON.stringify(stored)) as RotationState, 'm1', 'ana', ctx()));
    expect(s).toMatchObject({ id: 'rotation:BTI-2026-0042', pk: 'BTI-2026-0042' });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('hands back the very same state object when a command changes nothing', () => {
    const s = ok(assign(createRotation(['ana']), 'm1', 'ana', ctx()));
    const r = assign(s, 'm1', 'ana', ctx());
    expect(r.ok && r.state).toBe(s);
    expect(r.ok && r.changed).toBe(false);
  });
});
