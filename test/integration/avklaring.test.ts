import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosStore } from '../../src/store/cosmos';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { CaseRepository } from '../../src/store/cases';
import { AvklaringDoc, AvklaringProposal, AvklaringRepository, AvklaringVote, proposalIdFor } from '../../src/store/avklaring';
import { Mutation } from '../../src/store/documents';
import { makeCtx, AvklaringCtx } from '../../src/bot/avklaring/common';
import { valueHasIdNumber } from '../../src/bot/privacyGuard';
import { sampleNumber } from '../support/nationalIds';
import { decide } from '../../src/bot/avklaring/decision';
import { handoverAt, rotationSchedule, tally as tallyOf } from '../../src/domain/avklaring/meeting';
import { isAvklaringIntent } from '../../src/bot/avklaring/intents';
import { normalizeText } from '../../src/actions/input';
import { startTestStore } from '../support/store';

const owner = 'conv:19:avk-integration@thread.v2';
/** The rules' count over stored documents, as the handlers call it. */
const tally = (doc: AvklaringDoc, votes: AvklaringVote[], proposals: AvklaringProposal[]) => tallyOf({ participants: doc.participants, votes, proposals });
const people = Array.from({ length: 8 }, (_, i) => ({ aadObjectId: `aad-${i}`, name: `Fagperson ${i}` }));

function baseDoc(avklaringId: string, caseRef: string): AvklaringDoc {
  return {
    id: '',
    pk: owner,
    type: 'avklaring',
    ops: [],
    avklaringId,
    caseRef,
    profileId: 'tromso-2025',
    conversationId: '19:avk-integration@thread.v2',
    createdAt: '2026-11-23T09:00:00.000Z',
    createdBy: 'aad-0',
    answers: { services: [{ serviceId: 'ppt' }, { serviceId: 'bup' }] },
    recommendation: { planNeeded: true, planKind: 'tverrfaglig-plan', suggestedServiceId: 'ppt', rankedServiceIds: ['ppt', 'bup'] },
    status: 'open',
    version: 2,
    convenerId: 'aad-0',
    participants: people,
  };
}

describe('avklaring store and decision on the local Cosmos-API server', () => {
  let store: CosmosStore;
  let ctx: AvklaringCtx;
  let cases: CaseRepository;
  let repo: AvklaringRepository;
  beforeAll(async () => {
    ({ store } = await startTestStore());
    const cfg = loadConfig({});
    if (!cfg.ok) throw new Error(cfg.errors.join('; '));
    ctx = makeCtx({ config: cfg.config, store, logger: createLogger('silent'), now: () => new Date('2026-11-23T10:00:00Z') });
    cases = ctx.cases;
    repo = ctx.avklaringer;
  });
  afterAll(async () => {
    await store.close();
  });

  async function setup(avklaringId: string): Promise<{ doc: AvklaringDoc; caseRef: string }> {
    const caseRef = await cases.nextRef(owner, new Date('2026-11-23T10:00:00Z'));
    await cases.create(owner, { ref: caseRef, profileId: 'tromso-2025', createdAt: '2026-11-23T10:00:00Z', createdBy: 'aad-0', members: people.map((p) => ({ ...p, role: 'professional' as const })) });
    const made = await repo.update(owner, avklaringId, (): Mutation<AvklaringDoc, void> => ({ kind: 'write', doc: baseDoc(avklaringId, caseRef), result: undefined }));
    return { doc: made.doc!, caseRef };
  }

  it('keeps every participant position when all eight press at the same moment (one document each)', async () => {
    const { doc } = await setup('a1a1a1a1a1a1a1a1');
    const pid = proposalIdFor('aad-0', 'ppt');
    await Promise.all(
      people.map((p, i) =>
        repo.updateVote(owner, doc.avklaringId, p.aadObjectId, (): Mutation<AvklaringVote, void> => ({
          kind: 'write',
          doc: { id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId: doc.avklaringId, caseRef: doc.caseRef, actorId: p.aadObjectId, agreesWith: pid, cannotTake: i === 3, updatedAt: 'x' },
          result: undefined,
        }), { opId: `op-${i}` }),
      ),
    );
    const votes = await repo.votes(owner, doc.avklaringId);
    expect(votes.map((v) => v.actorId).sort()).toEqual(people.map((p) => p.aadObjectId).sort());
    expect(votes.filter((v) => v.cannotTake)).toHaveLength(1);
  });

  it('records the coordinator exactly once when many final votes decide at the same time', async () => {
    const { doc, caseRef } = await setup('b2b2b2b2b2b2b2b2');
    const proposal: AvklaringProposal = {
      id: '', pk: owner, type: 'avklaring-proposal', ops: [], avklaringId: doc.avklaringId, caseRef,
      proposalId: proposalIdFor('aad-1', 'bup'), serviceId: 'bup', person: people[1], proposedBy: 'aad-1', createdAt: 'x',
    };
    const results = await Promise.all(Array.from({ length: 12 }, () => decide(ctx, owner, doc, { proposal, decidedBy: 'agreement', agreedBy: ['aad-1'] })));
    expect(results.filter(Boolean)).toHaveLength(1);
    const kase = (await cases.get(owner, caseRef))!;
    expect(kase.coordinatorHistory).toHaveLength(1);
    expect(kase.coordinator).toMatchObject({ service: 'bup', aadObjectId: 'aad-1', decidedBy: 'agreement' });
    const stored = (await repo.get(owner, doc.avklaringId))!;
    expect(stored.status).toBe('decided');
    expect(stored.version).toBe(doc.version + 1);
    // A decision after the transition changes nothing.
    expect(await decide(ctx, owner, doc, { proposal: { ...proposal, serviceId: 'ppt' }, decidedBy: 'majority', agreedBy: [] })).toBe(false);
    expect((await cases.get(owner, caseRef))!.coordinatorHistory).toHaveLength(1);
  });

  it('deletes the avklaring, its votes and proposals with the case', async () => {
    const { doc, caseRef } = await setup('c3c3c3c3c3c3c3c3');
    const pid = proposalIdFor('aad-0', 'ppt');
    await repo.updateProposal(owner, doc.avklaringId, pid, (): Mutation<AvklaringProposal, void> => ({
      kind: 'write',
      doc: { id: '', pk: owner, type: 'avklaring-proposal', ops: [], avklaringId: doc.avklaringId, caseRef, proposalId: pid, serviceId: 'ppt', proposedBy: 'aad-0', createdAt: 'x' },
      result: undefined,
    }));
    await repo.updateVote(owner, doc.avklaringId, 'aad-0', (): Mutation<AvklaringVote, void> => ({
      kind: 'write',
      doc: { id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId: doc.avklaringId, caseRef, actorId: 'aad-0', agreesWith: pid, cannotTake: false, updatedAt: 'x' },
      result: undefined,
    }));
    expect(await cases.deleteCase(owner, caseRef)).toBe(4);
    expect(await repo.get(owner, doc.avklaringId)).toBeUndefined();
    expect(await repo.votes(owner, doc.avklaringId)).toHaveLength(0);
    expect(await repo.proposals(owner, doc.avklaringId)).toHaveLength(0);
  });
});

describe('avklaring rules around the card', () => {
  const doc = baseDoc('d4d4d4d4d4d4d4d4', 'BTI-2026-0001');
  const prop = (serviceId: string, by: string): AvklaringProposal => ({
    id: '', pk: owner, type: 'avklaring-proposal', ops: [], avklaringId: doc.avklaringId, caseRef: doc.caseRef,
    proposalId: proposalIdFor(by, serviceId), serviceId, proposedBy: by, createdAt: 'x',
  });
  const vote = (actorId: string, agreesWith?: string): AvklaringVote => ({
    id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId: doc.avklaringId, caseRef: doc.caseRef, actorId, agreesWith, cannotTake: false, updatedAt: 'x',
  });

  it('finds unanimity only when every participant agrees, and a majority only without a tie', () => {
    const a = prop('ppt', 'aad-0');
    const b = prop('bup', 'aad-1');
    const allA = people.map((p) => vote(p.aadObjectId, a.proposalId));
    expect(tally(doc, allA, [a, b]).unanimous?.proposalId).toBe(a.proposalId);
    const sevenA = [...allA.slice(0, 7), vote('aad-7', b.proposalId)];
    expect(tally(doc, sevenA, [a, b]).unanimous).toBeUndefined();
    expect(tally(doc, sevenA, [a, b]).majority?.proposalId).toBe(a.proposalId);
    const tie = people.map((p, i) => vote(p.aadObjectId, i % 2 ? a.proposalId : b.proposalId));
    expect(tally(doc, tie, [a, b]).majority).toBeUndefined();
    // Votes from non-participants and for unknown proposals are not counted.
    const outsiders = [...allA.slice(0, 7), vote('intruder', a.proposalId), vote('aad-7', 'gone')];
    expect(tally(doc, outsiders, [a, b]).agreeing.get(a.proposalId)).toHaveLength(7);
    expect(tally(doc, outsiders, [a, b]).unanimous).toBeUndefined();
  });

  it('counts a majority only when more than half of the participants agree (1 of 3 no, 2 of 3 yes)', () => {
    const three = { ...doc, participants: people.slice(0, 3) };
    const a = prop('ppt', 'aad-0');
    const b = prop('bup', 'aad-1');
    // The proposer's own agreement alone is the "most agreed" proposal, but no majority.
    expect(tally(three, [vote('aad-0', a.proposalId)], [a, b])).toMatchObject({ majority: undefined, needed: 2, total: 3 });
    expect(tally(three, [vote('aad-0', a.proposalId), vote('aad-1', b.proposalId)], [a, b]).majority).toBeUndefined();
    expect(tally(three, [vote('aad-0', a.proposalId), vote('aad-2', a.proposalId), vote('aad-1', b.proposalId)], [a, b]).majority?.proposalId).toBe(a.proposalId);
    // Of eight, four is half and not enough; five is.
    const four = people.slice(0, 4).map((p) => vote(p.aadObjectId, a.proposalId));
    expect(tally(doc, four, [a, b]).majority).toBeUndefined();
    expect(tally(doc, [...four, vote('aad-4', a.proposalId)], [a, b]).majority?.proposalId).toBe(a.proposalId);
    // A participant's vote counts once, also if two vote documents were ever read for them.
    expect(tally(three, [vote('aad-0', a.proposalId), vote('aad-0', a.proposalId)], [a, b]).majority).toBeUndefined();
  });

  it('gives the same proposal id for the same proposer and service, and different ones otherwise', () => {
    expect(proposalIdFor('aad-0', 'ppt')).toBe(proposalIdFor('aad-0', 'ppt'));
    expect(proposalIdFor('aad-0', 'ppt')).not.toBe(proposalIdFor('aad-1', 'ppt'));
    expect(proposalIdFor('aad-0', 'ppt')).not.toBe(proposalIdFor('aad-0', 'bup'));
  });

  it('schedules handovers every period, clamping to month ends', () => {
    const s = rotationSchedule([{ serviceId: 'ppt' }, { serviceId: 'bup' }, { serviceId: 'nav' }], '2027-01-31', 1);
    expect(s.map((h) => [h.from, h.to])).toEqual([
      ['2027-01-31', '2027-02-28'],
      ['2027-02-28', '2027-03-31'],
      ['2027-03-31', '2027-04-30'],
    ]);
    expect(rotationSchedule([{ serviceId: 'ppt' }, { serviceId: 'bup' }], '2026-12-01', 12).map((h) => h.from)).toEqual(['2026-12-01', '2027-12-01']);
  });

  it('goes round the rotation order: after the last holder the first takes over again', () => {
    const handovers = rotationSchedule([{ serviceId: 'ppt' }, { serviceId: 'bup' }, { serviceId: 'nav' }], '2026-12-01', 6);
    const rotation = { periodMonths: 6, startDate: '2026-12-01', handovers };
    expect([0, 1, 2, 3, 4, 7].map((k) => handoverAt(rotation, k)).map((h) => [h.index, h.serviceId, h.from, h.to])).toEqual([
      [0, 'ppt', '2026-12-01', '2027-06-01'],
      [1, 'bup', '2027-06-01', '2027-12-01'],
      [2, 'nav', '2027-12-01', '2028-06-01'],
      [3, 'ppt', '2028-06-01', '2028-12-01'],
      [4, 'bup', '2028-12-01', '2029-06-01'],
      [7, 'bup', '2030-06-01', '2030-12-01'],
    ]);
  });

  it('spots an identity number anywhere in submitted data, also grouped or typed as a number', () => {
    const fnr = sampleNumber('fnr');
    const dnr = sampleNumber('d', 2);
    expect(valueHasIdNumber({ a: fnr })).toBe(true);
    expect(valueHasIdNumber({ a: { b: [`${dnr.slice(0, 6)} ${dnr.slice(6)}`] } })).toBe(true);
    // A number input drops the leading zero: 01019… arrives as a 10-digit number and is still caught.
    expect(valueHasIdNumber({ ageYears: Number(fnr) })).toBe(true);
    expect(String(Number(fnr))).toHaveLength(10);
    expect(valueHasIdNumber({ ageYears: '7', caseRef: 'BTI-2026-0042', services: 'ppt,bup', phone: '+47 912 34 567' })).toBe(false);
    // Eleven digits that fail the check digits are no identity number: the one detector decides, not the length.
    expect(valueHasIdNumber({ a: fnr.slice(0, 10) + ((Number(fnr[10]) + 1) % 10) })).toBe(false);
  });

  it('recognises the trigger phrases and leaves other sentences alone', () => {
    const positives = [
      'hvem bør koordinere?',
      'Hvem skal koordinere',
      'hvem bør være koordinator',
      'koordinator?',
      'avklaring',
      'Who should coordinate?',
      'who should be the coordinator',
      'hvem bør koordinere saken?',
      'who should coordinate this case?',
      'who coordinates?',
      'hvem bør ha koordinatoransvaret?',
      'hvem skal være stafettholder?',
      'start avklaring',
      'hvem skal ha koordineringsansvaret for barnet',
      'hvem bør koordinere i denne saken',
      'hvem bør koordinere bti-2026-0042',
      'start avklaring for bti-2026-0042',
      'who should take the coordinator role',
      'ny avklaring',
      'avklaringsmøte',
      'new clarification',
    ];
    for (const p of positives) {
      expect(isAvklaringIntent(normalizeText(p)), p).toBe(true);
    }
    const negatives = [
      'hjelp',
      'help',
      'koordinatoren er syk i dag',
      'nytt møte',
      'referat',
      'hvem skriver referat',
      'meldeplikt',
      'verktøy',
      'verktøy for koordinering',
      'status',
      'saker',
      'who is the coordinator of the football team',
      'hvem skal koordinere julebordet',
      'who coordinates the christmas party',
      'hvem er koordinator',
      'start',
      'avklaring av ferie',
      'kan du starte en avklaring av ferieplanen for meg',
    ];
    for (const p of negatives) {
      expect(isAvklaringIntent(normalizeText(p)), p).toBe(false);
    }
  });
});
