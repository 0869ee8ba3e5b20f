import { describe, expect, it } from 'vitest';
import fc, { fcRun } from '../support/fastCheck';
import {
  addMonths,
  agree,
  cannot,
  cannotTake,
  confirmMajority,
  escalate,
  handoverAt,
  noAgreement,
  propose,
  proposalIdFor,
  refer,
  rotate,
  rotationSchedule,
  tally,
  type Meeting,
  type Person,
  type Position,
  type Proposal,
  type Result,
} from '../../src/domain/avklaring/meeting';

/**
 * The avklaringsmøte's rules in process: who may act, the count, when it is decided, and the rotation's dates.
 * The seed of the property tests is random per run and printed (test/support/fastCheck.ts); re-run a failure with
 * FC_SEED=<seed> npx vitest run test/unit/avklaring-meeting.test.ts.
 */

const person = (id: string): Person => ({ aadObjectId: id, name: `Person ${id}` });
const A = 'aad-a';
const B = 'aad-b';
const C = 'aad-c';
const OUTSIDER = 'aad-x';

function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    status: 'open',
    version: 3,
    participants: [person(A), person(B), person(C)],
    convenerId: A,
    serviceIds: ['helsestasjon', 'barnehage', 'ppt'],
    unitDecides: false,
    votes: [],
    proposals: [],
    ...over,
  };
}

function ok(r: Result): Extract<Result, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${r.code}`);
  return r;
}

const proposalBy = (actor: string, serviceId: string): Proposal => ({ proposalId: proposalIdFor(actor, serviceId), serviceId });

describe('avklaring meeting: positions and decisions', () => {
  it('a proposal counts as its proposer agreeing, and the others agreeing decide it by agreement', () => {
    const p = ok(propose(meeting(), B, { serviceId: 'barnehage' }));
    expect(p.effects.map((e) => e.kind)).toEqual(['proposal', 'position']);
    expect(tally(p.state).agreeing.get(proposalIdFor(B, 'barnehage'))).toEqual([B]);
    const id = proposalIdFor(B, 'barnehage');
    const second = ok(agree(p.state, A, id));
    expect(second.state.status).toBe('open');
    const last = ok(agree(second.state, C, id));
    expect(last.state.status).toBe('decided');
    const decided = last.effects.find((e) => e.kind === 'decided');
    expect(decided).toMatchObject({ kind: 'decided', coordinator: true, decision: { decidedBy: 'agreement', proposal: { serviceId: 'barnehage' } } });
    expect(decided && decided.kind === 'decided' && [...decided.decision.agreedBy].sort()).toEqual([A, B, C].sort());
  });

  it('where a unit decides, agreement is a proposal to it and gives the case no coordinator', () => {
    const id = proposalIdFor(A, 'ppt');
    const m = meeting({ unitDecides: true, proposals: [proposalBy(A, 'ppt')], votes: [{ actorId: A, agreesWith: id, cannotTake: false }, { actorId: B, agreesWith: id, cannotTake: false }] });
    const r = ok(agree(m, C, id));
    expect(r.effects.at(-1)).toMatchObject({ kind: 'decided', coordinator: false });
  });

  it('refuses non-participants, unknown proposals and presses after the end, each with its own code', () => {
    const m = meeting({ proposals: [proposalBy(A, 'ppt')] });
    expect(agree(m, OUTSIDER, proposalIdFor(A, 'ppt'))).toEqual({ ok: false, code: 'not-participant' });
    expect(agree(m, undefined, proposalIdFor(A, 'ppt'))).toEqual({ ok: false, code: 'not-participant' });
    expect(agree(m, B, 'f'.repeat(16))).toEqual({ ok: false, code: 'unknown-proposal' });
    expect(cannot({ ...m, status: 'decided' }, B)).toEqual({ ok: false, code: 'not-open' });
    expect(propose(m, B, { serviceId: 'skole' })).toEqual({ ok: false, code: 'bad-proposal' });
    expect(propose(m, B, { serviceId: 'ppt', personId: OUTSIDER })).toEqual({ ok: false, code: 'bad-proposal' });
  });

  it('a repeated position or proposal changes nothing (no effects)', () => {
    const first = ok(propose(meeting(), B, { serviceId: 'ppt', personId: C }));
    expect(ok(propose(first.state, B, { serviceId: 'ppt', personId: C })).effects).toEqual([]);
    const moved = ok(propose(first.state, B, { serviceId: 'ppt' }));
    expect(moved.effects.map((e) => e.kind)).toEqual(['proposal']);
    const said = ok(cannot(meeting(), C));
    expect(ok(cannot(said.state, C)).effects).toEqual([]);
    expect(cannotTake(said.state).map((p) => p.aadObjectId)).toEqual([C]);
  });

  it('the convener confirms a majority only on the current card and only with more than half behind it', () => {
    const id = proposalIdFor(A, 'ppt');
    const one: Meeting = meeting({ proposals: [proposalBy(A, 'ppt')], votes: [{ actorId: A, agreesWith: id, cannotTake: false }] });
    expect(confirmMajority(one, A, 3)).toEqual({ ok: false, code: 'no-majority', params: { needed: 2, total: 3 } });
    const two: Meeting = { ...one, votes: [...one.votes, { actorId: B, agreesWith: id, cannotTake: false }] };
    expect(confirmMajority(two, B, 3)).toEqual({ ok: false, code: 'only-convener' });
    expect(confirmMajority(two, A, 2)).toEqual({ ok: false, code: 'stale-card' });
    const r = ok(confirmMajority(two, A, 3));
    expect(r.state.status).toBe('decided');
    expect(r.effects[0]).toMatchObject({ kind: 'decided', decision: { decidedBy: 'majority', agreedBy: [A, B] } });
  });

  it('no agreement: the convener only; rotation and escalation not where a unit decides, referral only there', () => {
    expect(noAgreement(meeting(), B)).toEqual({ ok: false, code: 'only-convener' });
    expect(ok(noAgreement(meeting(), A)).effects).toEqual([]);
    const unit = meeting({ unitDecides: true });
    const order = [{ serviceId: 'ppt' }, { serviceId: 'barnehage' }];
    expect(rotate(unit, A, { order, startDate: '2026-01-31', periodMonths: 6 })).toEqual({ ok: false, code: 'unit-decides' });
    expect(escalate(unit, A, B, [person(B)])).toEqual({ ok: false, code: 'unit-decides' });
    expect(refer(meeting(), A)).toEqual({ ok: false, code: 'no-unit' });
    const referred = ok(refer({ ...unit, proposals: [proposalBy(B, 'ppt')], votes: [{ actorId: B, agreesWith: proposalIdFor(B, 'ppt'), cannotTake: false }] }, A));
    expect(referred.effects[0]).toEqual({ kind: 'referred', referral: { total: 3, proposals: [{ serviceId: 'ppt', agreed: 1 }] } });
  });

  it('rotation: at least two different services from the answers, persons only among the participants', () => {
    const base = { startDate: '2026-01-31', periodMonths: 6 };
    expect(rotate(meeting(), A, { ...base, order: [{ serviceId: 'ppt' }] })).toMatchObject({ ok: false, code: 'bad-rotation' });
    expect(rotate(meeting(), A, { ...base, order: [{ serviceId: 'ppt' }, { serviceId: 'ppt' }] })).toMatchObject({ code: 'bad-rotation' });
    expect(rotate(meeting(), A, { ...base, order: [{ serviceId: 'ppt' }, { serviceId: 'skole' }] })).toMatchObject({ code: 'bad-rotation' });
    expect(rotate(meeting(), A, { ...base, order: [{ serviceId: 'ppt', personId: OUTSIDER }, { serviceId: 'barnehage' }] })).toMatchObject({ code: 'bad-rotation' });
    expect(rotate(meeting(), A, { startDate: '2026-02-30', periodMonths: 6, order: [{ serviceId: 'ppt' }, { serviceId: 'barnehage' }] })).toMatchObject({ code: 'bad-rotation' });
    const r = ok(rotate(meeting(), A, { ...base, order: [{ serviceId: 'ppt', personId: B }, { serviceId: 'barnehage' }] }));
    expect(r.effects[0]).toMatchObject({
      kind: 'rotation',
      rotation: { handovers: [{ index: 0, serviceId: 'ppt', person: { aadObjectId: B }, from: '2026-01-31', to: '2026-07-31' }, { index: 1, from: '2026-07-31', to: '2027-01-31' }] },
    });
  });

  it('escalation names a leader only from the candidates', () => {
    expect(escalate(meeting(), A, OUTSIDER, [person(B)])).toEqual({ ok: false, code: 'bad-leader' });
    expect(escalate(meeting(), A, undefined, [person(B)])).toEqual({ ok: false, code: 'bad-leader' });
    expect(ok(escalate(meeting(), A, 'lead', [person('lead')])).effects).toEqual([{ kind: 'escalated', leader: person('lead') }]);
  });

  it('month ends: 31 January plus one month is the last day of February', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });
});

// --- Properties ---

const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const services = ['s0', 's1', 's2', 's3'];

/** A meeting with 1–7 participants, some proposals, and votes from participants and outsiders alike. */
const meetingArb = fc
  .record({
    n: fc.integer({ min: 1, max: ids.length }),
    proposals: fc.uniqueArray(fc.record({ by: fc.constantFrom(...ids), service: fc.constantFrom(...services) }), { maxLength: 6, selector: (p) => `${p.by}/${p.service}` }),
    votes: fc.array(fc.record({ actor: fc.constantFrom(...ids, 'out1', 'out2'), pick: fc.nat(8), cannot: fc.boolean() }), { maxLength: 14 }),
  })
  .map(({ n, proposals, votes }): Meeting => {
    const ps = proposals.map((p) => proposalBy(p.by, p.service));
    const vs: Position[] = votes.map((v) => ({ actorId: v.actor, cannotTake: v.cannot, ...(ps.length && v.pick < ps.length + 2 ? { agreesWith: ps[v.pick % ps.length]!.proposalId } : {}) }));
    return meeting({ participants: ids.slice(0, n).map(person), convenerId: 'p0', serviceIds: services, proposals: ps, votes: vs });
  });

describe('avklaring meeting: properties', () => {
  it('a majority is never two proposals, and it always has more than half of the participants behind it', () => {
    fc.assert(
      fc.property(meetingArb, (m) => {
        const t = tally(m);
        const over = [...t.agreeing].filter(([, who]) => who.length >= t.needed);
        expect(over.length).toBeLessThanOrEqual(1);
        if (t.majority) {
          expect(over.map(([id]) => id)).toEqual([t.majority.proposalId]);
          expect(2 * t.agreeing.get(t.majority.proposalId)!.length).toBeGreaterThan(t.total);
        } else expect(over).toEqual([]);
        if (t.unanimous) expect(t.majority).toBe(t.unanimous);
      }),
      fcRun(300),
    );
  });

  it("a non-participant's vote never counts, and no one counts twice", () => {
    fc.assert(
      fc.property(meetingArb, fc.constantFrom('out1', 'out2'), (m, outsider) => {
        const without = tally({ ...m, votes: m.votes.filter((v) => v.actorId !== outsider) });
        const withIt = tally(m);
        expect([...withIt.agreeing]).toEqual([...without.agreeing]);
        const all = [...withIt.agreeing.values()].flat();
        expect(new Set(all).size).toBe(all.length);
        for (const id of all) expect(m.participants.some((p) => p.aadObjectId === id)).toBe(true);
        if (m.proposals[0]) expect(agree(m, outsider, m.proposals[0].proposalId)).toEqual({ ok: false, code: 'not-participant' });
      }),
      fcRun(300),
    );
  });

  it('every participant agreeing with one proposal in any order decides it exactly once, on the last agreement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: ids.length }), fc.constantFrom(...services), (n, service) => {
        const people = ids.slice(0, n);
        let m = meeting({ participants: people.map(person), convenerId: people[0], serviceIds: services });
        let decidedAt = -1;
        const first = ok(propose(m, people[0], { serviceId: service }));
        m = first.state;
        if (first.effects.some((e) => e.kind === 'decided')) decidedAt = 0;
        people.slice(1).forEach((p, i) => {
          const r = ok(agree(m, p, proposalIdFor(people[0]!, service)));
          if (r.effects.some((e) => e.kind === 'decided')) decidedAt = i + 1;
          m = r.state;
        });
        expect(decidedAt).toBe(n - 1);
        expect(m.status).toBe('decided');
      }),
      fcRun(100),
    );
  });

  it('handover dates cover the whole period with no gap and no overlap, from the chosen start', () => {
    const dateArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 40 }), (start, period, holders, rounds) => {
        const order = Array.from({ length: holders }, (_, i) => ({ serviceId: `s${i}` }));
        const first = rotationSchedule(order, start, period);
        expect(first[0]!.from).toBe(start);
        let prev = handoverAt({ periodMonths: period, startDate: start, handovers: order }, 0);
        for (let k = 1; k < rounds; k++) {
          const h = handoverAt({ periodMonths: period, startDate: start, handovers: order }, k);
          expect(h.from).toBe(prev.to);
          expect(h.from > prev.from).toBe(true);
          expect(h.serviceId).toBe(`s${k % holders}`);
          prev = h;
        }
        for (const h of first) expect(h.to > h.from).toBe(true);
      }),
      fcRun(300),
    );
  });
});
