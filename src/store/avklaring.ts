import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, readDoc, updateDoc, queryPartition, parseStored, replaceIfMatch, Mutation, UpdateOutcome } from './documents';
import { outboxFields, withSteps, type Lease, type NewOutboxStep } from './outbox';

/**
 * An avklaring ("who should coordinate?") for one case: the answers, the advice summary, the avklaringsmøte
 * and its outcome. It lives in container `cases`, partition = the case owner, with `caseRef` so a case
 * deletion takes it along. Each participant's position and each proposal is its own document, so concurrent
 * presses on the shared card never write the same document; each press then writes the parent once (its
 * `version`, or its ending), with the ETag of the state it read (src/bot/avklaring/positions.ts).
 */

const textSchema = z.object({ nb: z.string().max(500), en: z.string().max(500) });

const personSchema = z.object({
  aadObjectId: z.string().min(1).max(100),
  name: z.string().max(200),
  teamsId: z.string().max(300).optional(),
});
export type AvklaringPerson = z.infer<typeof personSchema>;

export const handoverSchema = z.object({
  index: z.number().int().min(0),
  serviceId: z.string().max(100),
  person: personSchema.optional(),
  from: z.string(),
  to: z.string(),
});
export type Handover = z.infer<typeof handoverSchema>;

export const avklaringDocSchema = baseDocSchema.extend({
  type: z.literal('avklaring'),
  avklaringId: z.string().min(1).max(64),
  caseRef: z.string(),
  profileId: z.string(),
  conversationId: z.string().max(500),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The validated engine input: structured answers only (ids, booleans, an age), never free text. */
  answers: z.record(z.unknown()),
  recommendation: z.object({
    planNeeded: z.boolean(),
    planKind: z.string(),
    suggestedServiceId: z.string().nullable(),
    rankedServiceIds: z.array(z.string()),
    /**
     * The unit that decides which service coordinates (Vestre Toten: KTK for individuell plan), or null when
     * the services decide themselves. Absent on documents from before it was kept: read it with adviceOf then.
     */
    decidedByUnit: textSchema.nullable().optional(),
  }),
  status: z.enum(['recommended', 'open', 'decided', 'rotation', 'escalated', 'referred']),
  /** Bumped whenever the shared card's content changes; cards carry it as `cardVersion`. */
  version: z.number().int().min(0),
  convenerId: z.string().optional(),
  participants: z.array(personSchema).max(60).default([]),
  sharedActivityId: z.string().optional(),
  startedAt: z.string().optional(),
  decision: z
    .object({
      proposalId: z.string(),
      serviceId: z.string(),
      person: personSchema.optional(),
      decidedBy: z.enum(['agreement', 'majority']),
      at: z.string(),
      agreedBy: z.array(z.string()),
    })
    .optional(),
  rotation: z.object({ periodMonths: z.number().int(), startDate: z.string(), handovers: z.array(handoverSchema).min(2).max(20) }).optional(),
  escalation: z.object({ leader: personSchema, at: z.string() }).optional(),
  /** No agreement where a unit decides (KTK): the question is sent there, with the proposals as they stood. */
  referral: z
    .object({
      at: z.string(),
      by: z.string(),
      total: z.number().int().min(0),
      proposals: z.array(z.object({ serviceId: z.string().max(100), person: personSchema.optional(), agreed: z.number().int().min(0) })).max(60),
    })
    .optional(),
  /** Steps of the last command still to do (the shared card's post, the coordinator on the case, …): src/store/outbox.ts. */
  ...outboxFields,
});
export type AvklaringDoc = z.infer<typeof avklaringDocSchema>;

export const avklaringVoteSchema = baseDocSchema.extend({
  type: z.literal('avklaring-vote'),
  avklaringId: z.string(),
  caseRef: z.string(),
  actorId: z.string(),
  /** The proposal this participant agrees with, if any. */
  agreesWith: z.string().optional(),
  cannotTake: z.boolean().default(false),
  updatedAt: z.string(),
});
export type AvklaringVote = z.infer<typeof avklaringVoteSchema>;

export const avklaringProposalSchema = baseDocSchema.extend({
  type: z.literal('avklaring-proposal'),
  avklaringId: z.string(),
  caseRef: z.string(),
  proposalId: z.string(),
  serviceId: z.string().max(100),
  person: personSchema.optional(),
  proposedBy: z.string(),
  createdAt: z.string(),
});
export type AvklaringProposal = z.infer<typeof avklaringProposalSchema>;

/** The avklaring with its votes and proposals as one read saw them (each with its `_etag`). */
export interface AvklaringState {
  doc: AvklaringDoc | undefined;
  votes: AvklaringVote[];
  proposals: AvklaringProposal[];
}

/** How an avklaringsmøte ends: the new status and the record that goes with it. */
export type AvklaringEnding =
  | { status: 'decided'; decision: NonNullable<AvklaringDoc['decision']> }
  | { status: 'rotation'; rotation: NonNullable<AvklaringDoc['rotation']> }
  | { status: 'escalated'; escalation: NonNullable<AvklaringDoc['escalation']> }
  | { status: 'referred'; referral: NonNullable<AvklaringDoc['referral']> };

export const avklaringDocId = (avklaringId: string) => `avklaring:${avklaringId}`;
export const voteDocId = (avklaringId: string, aadObjectId: string) => `avklaring-vote:${avklaringId}:${aadObjectId}`;
export const proposalDocId = (avklaringId: string, proposalId: string) => `avklaring-proposal:${avklaringId}:${proposalId}`;

/** The proposal id is the rule's (src/domain/avklaring/meeting.ts): one proposal per proposer and service. */
export { proposalIdFor } from '../domain/avklaring/meeting';

export class AvklaringRepository {
  constructor(private readonly store: CosmosStore) {}

  private get container() {
    return this.store.container('cases');
  }

  get(owner: string, avklaringId: string): Promise<AvklaringDoc | undefined> {
    return readDoc(this.container, avklaringDocSchema, avklaringDocId(avklaringId), owner);
  }

  update<R>(
    owner: string,
    avklaringId: string,
    mutate: (current: AvklaringDoc | undefined) => Mutation<AvklaringDoc, R>,
    opId?: string,
    known?: AvklaringDoc,
  ): Promise<UpdateOutcome<AvklaringDoc, R>> {
    return updateDoc(this.container, avklaringDocSchema, avklaringDocId(avklaringId), owner, mutate, { opId, known: known && { doc: known } });
  }

  /**
   * Ends the avklaringsmøte (decided, rotation, escalated or referred) in one ETag write: of several concurrent attempts
   * only the one that finds it still open succeeds, so whatever follows (the coordinator on the case) happens once.
   * True when this call ended it. `outbox`: the steps that follow (src/bot/avklaring/outbox.ts), recorded in the
   * same write.
   */
  async end(owner: string, avklaringId: string, ending: AvklaringEnding, opId?: string, outbox?: { steps: NewOutboxStep[]; now: string; lease: Lease }): Promise<boolean> {
    const outcome = await this.update(
      owner,
      avklaringId,
      (current): Mutation<AvklaringDoc, boolean> => {
        if (!current || current.status !== 'open') return { kind: 'unchanged', result: false };
        return { kind: 'write', doc: endedDoc(current, ending, outbox), result: true };
      },
      opId,
    );
    return outcome.written && outcome.result;
  }

  /**
   * Writes `doc` only if the stored avklaring still has `etag` (the one it was read with): the saved document,
   * or undefined when another write came first or it is gone. One round trip, no retry: the caller reads the
   * state again (state()) and decides anew.
   */
  replaceIfMatch(doc: AvklaringDoc, etag: string): Promise<AvklaringDoc | undefined> {
    return replaceIfMatch(this.container, avklaringDocSchema, doc, etag);
  }

  /** `known`: the vote as a positions() read just returned it, or undefined when that read found none. */
  updateVote<R>(owner: string, avklaringId: string, actorId: string, mutate: (current: AvklaringVote | undefined) => Mutation<AvklaringVote, R>, opts: { opId?: string; known?: { doc: AvklaringVote | undefined } } = {}) {
    return updateDoc(this.container, avklaringVoteSchema, voteDocId(avklaringId, actorId), owner, mutate, opts);
  }

  updateProposal<R>(owner: string, avklaringId: string, proposalId: string, mutate: (current: AvklaringProposal | undefined) => Mutation<AvklaringProposal, R>, opId?: string) {
    return updateDoc(this.container, avklaringProposalSchema, proposalDocId(avklaringId, proposalId), owner, mutate, { opId });
  }

  /** Votes and proposals of one avklaring in one single-partition query (what every card render needs). */
  async positions(owner: string, avklaringId: string): Promise<{ votes: AvklaringVote[]; proposals: AvklaringProposal[] }> {
    const { resources } = await this.container.items
      .query<{ id?: string; type?: string }>({
        query: 'SELECT * FROM c WHERE c.pk = @pk AND c.avklaringId = @a AND (c.type = @v OR c.type = @p)',
        parameters: [
          { name: '@pk', value: owner },
          { name: '@a', value: avklaringId },
          { name: '@v', value: 'avklaring-vote' },
          { name: '@p', value: 'avklaring-proposal' },
        ],
      }, { partitionKey: owner })
      .fetchAll();
    const votes = resources.filter((r) => r.type === 'avklaring-vote').map((r) => parseStored(avklaringVoteSchema, r, r.id ?? '?'));
    const proposals = resources
      .filter((r) => r.type === 'avklaring-proposal')
      .map((r) => parseStored(avklaringProposalSchema, r, r.id ?? '?'))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.proposalId.localeCompare(b.proposalId));
    return { votes, proposals };
  }

  /**
   * The avklaring with its votes and proposals in one single-partition query: what a press needs to check
   * and render, in one round trip instead of a read and a query. Each document comes with its `_etag`, so a
   * write that follows can pass it as `known` and needs no read of its own.
   */
  async state(owner: string, avklaringId: string): Promise<AvklaringState> {
    const { resources } = await this.container.items
      .query<{ id?: string; type?: string }>(
        {
          query: 'SELECT * FROM c WHERE c.pk = @pk AND c.avklaringId = @a AND (c.type = @d OR c.type = @v OR c.type = @p)',
          parameters: [
            { name: '@pk', value: owner },
            { name: '@a', value: avklaringId },
            { name: '@d', value: 'avklaring' },
            { name: '@v', value: 'avklaring-vote' },
            { name: '@p', value: 'avklaring-proposal' },
          ],
        },
        { partitionKey: owner },
      )
      .fetchAll();
    const raw = resources.find((r) => r.type === 'avklaring' && r.id === avklaringDocId(avklaringId));
    const doc = raw ? parseStored(avklaringDocSchema, raw, raw.id ?? '?') : undefined;
    const votes = resources.filter((r) => r.type === 'avklaring-vote').map((r) => parseStored(avklaringVoteSchema, r, r.id ?? '?'));
    const proposals = resources
      .filter((r) => r.type === 'avklaring-proposal')
      .map((r) => parseStored(avklaringProposalSchema, r, r.id ?? '?'))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.proposalId.localeCompare(b.proposalId));
    return { doc, votes, proposals };
  }

  /** Every avklaring on one case (a case rarely has more than a few). */
  forCase(owner: string, caseRef: string): Promise<AvklaringDoc[]> {
    return queryPartition(this.container, avklaringDocSchema, owner, 'c.type = @t AND c.caseRef = @c', [
      { name: '@t', value: 'avklaring' },
      { name: '@c', value: caseRef },
    ]);
  }

  votes(owner: string, avklaringId: string): Promise<AvklaringVote[]> {
    return queryPartition(this.container, avklaringVoteSchema, owner, 'c.type = @t AND c.avklaringId = @a', [
      { name: '@t', value: 'avklaring-vote' },
      { name: '@a', value: avklaringId },
    ]);
  }

  proposals(owner: string, avklaringId: string): Promise<AvklaringProposal[]> {
    return queryPartition(
      this.container,
      avklaringProposalSchema,
      owner,
      'c.type = @t AND c.avklaringId = @a',
      [
        { name: '@t', value: 'avklaring-proposal' },
        { name: '@a', value: avklaringId },
      ],
      'c.createdAt ASC',
    );
  }
}

/**
 * The open avklaring as `ending` closes it, one version on, with the steps that follow (src/bot/avklaring/outbox.ts)
 * in the same write, so they are done even if the turn stops right after it.
 */
export function endedDoc(current: AvklaringDoc, ending: AvklaringEnding, outbox?: { steps: NewOutboxStep[]; now: string; lease: Lease }): AvklaringDoc {
  const ended: AvklaringDoc = { ...current, ...ending, version: current.version + 1 };
  return outbox ? withSteps(ended, outbox.steps, outbox.now, outbox.lease) : ended;
}
