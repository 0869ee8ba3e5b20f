import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosStore } from '../../src/store/cosmos';
import { MeetingRepository, MeetingDoc } from '../../src/store/meetings';
import { ReferatRepository } from '../../src/store/referat';
import { CaseRepository } from '../../src/store/cases';
import { assign, markWritten, volunteer } from '../../src/domain/meetings';
import { rotationMutation } from '../../src/bot/referat/rotation';
import { startTestStore } from '../support/store';

const OWNER = 'team:integration';
const uid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function meeting(meetingId: string, token: string): Omit<MeetingDoc, 'id' | 'pk' | 'type' | 'ops'> {
  return {
    caseRef: 'BTI-2026-0007', meetingId, meetingType: 'samarbeidsmote', date: '2026-11-20', start: '09:00', end: '10:00',
    startUtc: '2026-11-20T08:00:00.000Z', endUtc: '2026-11-20T09:00:00.000Z', place: 'Rom 1', agenda: [],
    invitees: Array.from({ length: 30 }, (_, i) => uid(i + 2)), childInvited: false, interpreterNeeded: false, sequence: 0, status: 'scheduled',
    people: [], coordinator: { aadObjectId: uid(1), name: 'K' }, icsToken: token, conversationId: '19:x', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
  };
}

describe('meeting, RSVP and referat documents on a real local Cosmos-API server', () => {
  let store: CosmosStore;
  let repo: MeetingRepository;
  beforeAll(async () => {
    ({ store } = await startTestStore());
    repo = new MeetingRepository(store);
  });
  afterAll(async () => {
    await store.close();
  });

  it('creates a meeting once, even when created twice at the same time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => repo.create(OWNER, meeting('a'.repeat(32), 'tok_AAAAAAAAAAAAAAAAAAAAAAAA'), 'op-1')));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await repo.list(OWNER)).toHaveLength(1);
  });

  it('30 people answering at once each get their own document; changing an answer keeps one document', async () => {
    const m = { meetingId: 'a'.repeat(32), caseRef: 'BTI-2026-0007', sequence: 0 };
    await Promise.all(Array.from({ length: 30 }, (_, i) => repo.setRsvp(OWNER, m, uid(i + 2), i % 2 ? 'yes' : 'no', '2026-11-02T00:00:00Z', `op-${i}`)));
    await repo.setRsvp(OWNER, m, uid(2), 'maybe', '2026-11-02T00:00:00Z', 'op-change');
    const all = await repo.rsvps(OWNER, m.meetingId);
    expect(all).toHaveLength(30);
    expect(all.find((r) => r.aadObjectId === uid(2))?.answer).toBe('maybe');
  });

  it('finds a meeting by its calendar token across partitions, and not after the case is deleted', async () => {
    await repo.create('team:other', { ...meeting('b'.repeat(32), 'tok_BBBBBBBBBBBBBBBBBBBBBBBB'), caseRef: 'BTI-2026-0008' });
    expect((await repo.findByIcsToken('tok_BBBBBBBBBBBBBBBBBBBBBBBB'))?.pk).toBe('team:other');
    expect(await repo.findByIcsToken('tok_CCCCCCCCCCCCCCCCCCCCCCCC')).toBeUndefined();
    await new CaseRepository(store).deleteCase('team:other', 'BTI-2026-0008');
    expect(await repo.findByIcsToken('tok_BBBBBBBBBBBBBBBBBBBBBBBB')).toBeUndefined();
  });

  it('rotation changes are applied once per operation id, and concurrent volunteers leave one writer', async () => {
    const referat = new ReferatRepository(store);
    const at = '2026-11-02T00:00:00Z';
    await referat.update(OWNER, 'BTI-2026-0007', (d) => rotationMutation(d, () => ({ ok: true, state: { ...d, order: [uid(2), uid(3), uid(4)] }, changed: true })), 'seed');
    await referat.update(OWNER, 'BTI-2026-0007', (d) => rotationMutation(d, (s) => assign(s, 'm1', uid(2), { at })), 'op-a');
    await Promise.all([uid(3), uid(4)].map((who, i) => referat.update(OWNER, 'BTI-2026-0007', (d) => rotationMutation(d, (s) => volunteer(s, 'm1', who, { at })), `vol-${i}`)));
    const doc = (await referat.get(OWNER, 'BTI-2026-0007'))!;
    expect(doc.history.filter((e) => e.meetingId === 'm1' && e.status === 'assigned')).toHaveLength(1);
    const writer = doc.history.find((e) => e.meetingId === 'm1')!.writer;
    const done = () => referat.update(OWNER, 'BTI-2026-0007', (d) => rotationMutation(d, (s) => markWritten(s, 'm1', writer, { at })), 'written-1');
    const first = await done();
    const again = await done();
    expect(first.written).toBe(true);
    expect(again.duplicate).toBe(true);
    expect((await referat.get(OWNER, 'BTI-2026-0007'))!.history.filter((e) => e.status === 'written')).toHaveLength(1);
  });

  it('getMany gives, in a query per 50 cases, the rotations get() gives one by one, and only this owner\'s', async () => {
    const referat = new ReferatRepository(store);
    const owner = 'team:many';
    // 120 cases: more than two queries' worth; every third without a rotation, one with the same ref elsewhere.
    const refs = Array.from({ length: 120 }, (_, i) => `BTI-2026-${String(100 + i).padStart(4, '0')}`);
    for (const [i, ref] of refs.entries()) {
      if (i % 3 === 2) continue;
      await referat.update(owner, ref, (d) => rotationMutation(d, () => ({ ok: true, state: { ...d, order: [uid(i + 1)] }, changed: true })), `seed-${i}`);
    }
    await referat.update('team:other', refs[2]!, (d) => rotationMutation(d, () => ({ ok: true, state: { ...d, order: [uid(999)] }, changed: true })), 'other');
    const many = await referat.getMany(owner, refs);
    expect(many.size).toBe(80);
    for (const ref of refs) expect(many.get(ref)).toEqual(await referat.get(owner, ref));
    expect(await referat.getMany(owner, [])).toEqual(new Map());
  });
});
