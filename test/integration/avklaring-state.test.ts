import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosStore } from '../../src/store/cosmos';
import { EmbeddedCosmos } from '../../src/store/embedded';
import { AvklaringDoc, AvklaringRepository, proposalIdFor } from '../../src/store/avklaring';
import { Mutation } from '../../src/store/documents';
import { startTestStore } from '../support/store';

/** One query for what a press needs: the avklaring, its votes and proposals, each with its ETag. */
describe('AvklaringRepository.state', () => {
  let store: CosmosStore;
  let embedded: EmbeddedCosmos;
  let repo: AvklaringRepository;
  const owner = 'conv:19:state@thread.v2';
  const id = 'ab'.repeat(12);
  const now = '2026-12-02T10:00:00.000Z';

  beforeAll(async () => {
    ({ store, embedded } = await startTestStore());
    repo = new AvklaringRepository(store);
    const base = { pk: owner, ops: [], caseRef: 'BTI-2026-0001', profileId: 'tromso-2025', conversationId: '19:state@thread.v2', createdAt: now, createdBy: 'aad-1' };
    for (const [aid, status] of [[id, 'open'], ['cd'.repeat(12), 'open']] as const) {
      await repo.update(owner, aid, (): Mutation<AvklaringDoc, void> => ({
        kind: 'write',
        doc: { ...base, id: '', type: 'avklaring', avklaringId: aid, answers: { services: [{ serviceId: 'skole-barnehage' }] }, recommendation: { planNeeded: true, planKind: 'tverrfaglig-plan', suggestedServiceId: 'skole-barnehage', rankedServiceIds: ['skole-barnehage'] }, status, version: 1, participants: [{ aadObjectId: 'aad-1', name: 'A' }, { aadObjectId: 'aad-2', name: 'B' }], convenerId: 'aad-1' },
        result: undefined,
      }));
    }
    const pid = proposalIdFor('aad-1', 'skole-barnehage');
    await repo.updateProposal(owner, id, pid, () => ({ kind: 'write', doc: { id: '', pk: owner, type: 'avklaring-proposal', ops: [], avklaringId: id, caseRef: 'BTI-2026-0001', proposalId: pid, serviceId: 'skole-barnehage', proposedBy: 'aad-1', createdAt: now }, result: undefined }));
    await repo.updateVote(owner, id, 'aad-2', () => ({ kind: 'write', doc: { id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId: id, caseRef: 'BTI-2026-0001', actorId: 'aad-2', agreesWith: pid, cannotTake: false, updatedAt: now }, result: undefined }));
    // Another avklaring's vote in the same partition must not show up.
    await repo.updateVote(owner, 'cd'.repeat(12), 'aad-2', () => ({ kind: 'write', doc: { id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId: 'cd'.repeat(12), caseRef: 'BTI-2026-0001', actorId: 'aad-2', cannotTake: true, updatedAt: now }, result: undefined }));
  });
  afterAll(async () => {
    await store.close();
  });

  it('returns the same as get + positions, in one query', async () => {
    await embedded.roundTrips(true);
    const state = await repo.state(owner, id);
    const trips = await embedded.roundTrips(true);
    expect(trips.reads + trips.queries + trips.writes).toBe(1);
    const [doc, positions] = [await repo.get(owner, id), await repo.positions(owner, id)];
    expect(state.doc).toEqual(doc);
    expect(state.votes).toEqual(positions.votes);
    expect(state.proposals).toEqual(positions.proposals);
    expect(state.votes).toHaveLength(1);
    expect(state.doc?._etag).toBeTruthy();
  });

  it('its ETags let the next write go without a read', async () => {
    const state = await repo.state(owner, id);
    await embedded.roundTrips(true);
    const outcome = await repo.update(owner, id, (cur): Mutation<AvklaringDoc, void> => ({ kind: 'write', doc: { ...cur!, version: cur!.version + 1 }, result: undefined }), undefined, state.doc);
    const trips = await embedded.roundTrips(true);
    expect(outcome.written).toBe(true);
    expect(trips).toMatchObject({ reads: 0, writes: 1 });
  });

  it('an avklaring that is not there gives no document and no positions', async () => {
    expect(await repo.state(owner, 'ef'.repeat(12))).toEqual({ doc: undefined, votes: [], proposals: [] });
  });
});
