import { describe, it, expect } from 'vitest';
import { leased, leasedToOther, released, stepsOf, sweepable, withoutStep, withSteps, type WithOutbox } from '../../src/store/outbox';
import { meetingDocSchema } from '../../src/store/meetings';
import { avklaringDocSchema } from '../../src/store/avklaring';

/** The outbox bookkeeping on a document (src/store/outbox.ts): pure functions, no store. */
const base: WithOutbox = { id: 'meeting:x', pk: 'conv:a', type: 'meeting' };
const t0 = new Date('2026-11-10T08:00:00Z');
const iso = (ms: number) => new Date(t0.getTime() + ms).toISOString();

describe('outbox bookkeeping', () => {
  it('adds steps once by key, in order, and drops the outbox with the last step', () => {
    let doc = withSteps(base, [{ key: 'a', step: 's.a' }, { key: 'b', step: 's.b', data: { n: 1 } }], t0.toISOString());
    doc = withSteps(doc, [{ key: 'a', step: 's.other' }], t0.toISOString());
    expect(stepsOf(doc).map((s) => `${s.key}:${s.step}`)).toEqual(['a:s.a', 'b:s.b']);
    expect(doc.outbox).toMatchObject({ open: true, since: t0.toISOString(), attempts: 0 });
    doc = withoutStep(doc, 'a');
    expect(stepsOf(doc).map((s) => s.key)).toEqual(['b']);
    expect(doc.outbox?.open).toBe(true);
    doc = withoutStep(doc, 'b');
    expect(stepsOf(doc)).toEqual([]);
    expect(doc.outbox).toBeUndefined();
    expect('pending' in doc).toBe(false);
  });

  it('a lease keeps others out until it runs out; the holder is never kept out', () => {
    const doc = withSteps(base, [{ key: 'a', step: 's.a' }], t0.toISOString(), { by: 'turn-1', until: iso(120_000) });
    expect(leasedToOther(doc, 'turn-1', t0)).toBe(false);
    expect(leasedToOther(doc, 'sweep-2', t0)).toBe(true);
    expect(sweepable(doc, t0)).toBe(false);
    expect(leasedToOther(doc, 'sweep-2', new Date(iso(120_001)))).toBe(false);
    expect(sweepable(doc, new Date(iso(120_001)))).toBe(true);
    expect(leased(doc, { by: 'sweep-2', until: iso(300_000) }).outbox).toMatchObject({ leaseBy: 'sweep-2', leaseUntil: iso(300_000) });
  });

  it('a failed round gives the lease back with a growing back-off, capped at an hour, and keeps the steps', () => {
    let doc = withSteps(base, [{ key: 'a', step: 's.a' }], t0.toISOString(), { by: 'turn-1', until: iso(120_000) });
    doc = released(doc, 'turn-1', true, t0);
    expect(doc.outbox?.leaseBy).toBeUndefined();
    expect(doc.outbox?.nextAttemptAt).toBe(iso(15_000));
    expect(sweepable(doc, t0)).toBe(false);
    expect(sweepable(doc, new Date(iso(15_000)))).toBe(true);
    doc = released(doc, 'turn-1', true, t0);
    expect(doc.outbox?.nextAttemptAt).toBe(iso(30_000));
    for (let i = 0; i < 20; i++) doc = released(doc, 'x', true, t0);
    expect(doc.outbox?.nextAttemptAt).toBe(iso(3_600_000));
    expect(stepsOf(doc)).toHaveLength(1);
    // Someone else's lease is not given back by a release that is not theirs.
    const held = withSteps(base, [{ key: 'a', step: 's.a' }], t0.toISOString(), { by: 'turn-1', until: iso(120_000) });
    expect(released(held, 'turn-2', false, t0).outbox?.leaseBy).toBe('turn-1');
  });

  it('stored meetings and avklaringer without the fields still parse, and a bad step is refused', () => {
    const meeting = {
      id: 'meeting:aaaaaaaaaaaaaaaa', pk: 'conv:a', type: 'meeting', ops: [], caseRef: 'BTI-2026-0001', meetingId: 'aaaaaaaaaaaaaaaa', meetingType: 'samarbeidsmote',
      date: '2026-11-20', start: '09:00', end: '10:00', startUtc: '2026-11-20T08:00:00Z', endUtc: '2026-11-20T09:00:00Z', agenda: [], invitees: [], childInvited: false,
      interpreterNeeded: false, sequence: 0, status: 'scheduled', people: [], coordinator: { aadObjectId: 'x', name: 'X' }, icsToken: 'abcdefghijklmnopqrstuvwxyz',
      conversationId: 'c', createdAt: t0.toISOString(), updatedAt: t0.toISOString(),
    };
    expect(stepsOf(meetingDocSchema.parse(meeting))).toEqual([]);
    expect(meetingDocSchema.safeParse({ ...meeting, pending: [{ key: '', step: 'x' }] }).success).toBe(false);
    expect(meetingDocSchema.safeParse({ ...meeting, outbox: { open: false, since: 'x' } }).success).toBe(false);
    expect(stepsOf(meetingDocSchema.parse({ ...meeting, pending: [{ key: 'post', step: 'invitation.post' }] }))).toEqual([{ key: 'post', step: 'invitation.post', data: {} }]);
    const avklaring = {
      id: 'avklaring:abcdef12', pk: 'conv:a', type: 'avklaring', ops: [], avklaringId: 'abcdef12', caseRef: 'BTI-2026-0001', profileId: 'tromso-2025', conversationId: 'c',
      createdAt: t0.toISOString(), createdBy: 'x', answers: {}, recommendation: { planNeeded: false, planKind: 'none', suggestedServiceId: null, rankedServiceIds: [] },
      status: 'open', version: 1,
    };
    expect(stepsOf(avklaringDocSchema.parse(avklaring))).toEqual([]);
  });
});
