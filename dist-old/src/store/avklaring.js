"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AvklaringRepository = exports.proposalDocId = exports.voteDocId = exports.avklaringDocId = exports.avklaringProposalSchema = exports.avklaringVoteSchema = exports.avklaringDocSchema = exports.handoverSchema = void 0;
exports.proposalIdFor = proposalIdFor;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const documents_1 = require("./documents");
const outbox_1 = require("./outbox");
/**
 * An avklaring ("who should coordinate?") for one case: the answers, the advice summary, the avklaringsmøte
 * and its outcome. It lives in container `cases`, partition = the case owner, with `caseRef` so a case
 * deletion takes it along. Each participant's position and each proposal is its own document, so concurrent
 * presses on the shared card never write the same document (only the small `version` bump on the parent,
 * through ETag retries).
 */
const textSchema = zod_1.z.object({ nb: zod_1.z.string().max(500), en: zod_1.z.string().max(500) });
const personSchema = zod_1.z.object({
    aadObjectId: zod_1.z.string().min(1).max(100),
    name: zod_1.z.string().max(200),
    teamsId: zod_1.z.string().max(300).optional(),
});
exports.handoverSchema = zod_1.z.object({
    index: zod_1.z.number().int().min(0),
    serviceId: zod_1.z.string().max(100),
    person: personSchema.optional(),
    from: zod_1.z.string(),
    to: zod_1.z.string(),
});
exports.avklaringDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('avklaring'),
    avklaringId: zod_1.z.string().min(1).max(64),
    caseRef: zod_1.z.string(),
    profileId: zod_1.z.string(),
    conversationId: zod_1.z.string().max(500),
    createdAt: zod_1.z.string(),
    createdBy: zod_1.z.string(),
    /** The validated engine input: structured answers only (ids, booleans, an age), never free text. */
    answers: zod_1.z.record(zod_1.z.unknown()),
    recommendation: zod_1.z.object({
        planNeeded: zod_1.z.boolean(),
        planKind: zod_1.z.string(),
        suggestedServiceId: zod_1.z.string().nullable(),
        rankedServiceIds: zod_1.z.array(zod_1.z.string()),
        /**
         * The unit that decides which service coordinates (Vestre Toten: KTK for individuell plan), or null when
         * the services decide themselves. Absent on documents from before it was kept: read it with adviceOf then.
         */
        decidedByUnit: textSchema.nullable().optional(),
    }),
    status: zod_1.z.enum(['recommended', 'open', 'decided', 'rotation', 'escalated', 'referred']),
    /** Bumped whenever the shared card's content changes; cards carry it as `cardVersion`. */
    version: zod_1.z.number().int().min(0),
    convenerId: zod_1.z.string().optional(),
    participants: zod_1.z.array(personSchema).max(60).default([]),
    sharedActivityId: zod_1.z.string().optional(),
    startedAt: zod_1.z.string().optional(),
    decision: zod_1.z
        .object({
        proposalId: zod_1.z.string(),
        serviceId: zod_1.z.string(),
        person: personSchema.optional(),
        decidedBy: zod_1.z.enum(['agreement', 'majority']),
        at: zod_1.z.string(),
        agreedBy: zod_1.z.array(zod_1.z.string()),
    })
        .optional(),
    rotation: zod_1.z.object({ periodMonths: zod_1.z.number().int(), startDate: zod_1.z.string(), handovers: zod_1.z.array(exports.handoverSchema).min(2).max(20) }).optional(),
    escalation: zod_1.z.object({ leader: personSchema, at: zod_1.z.string() }).optional(),
    /** No agreement where a unit decides (KTK): the question is sent there, with the proposals as they stood. */
    referral: zod_1.z
        .object({
        at: zod_1.z.string(),
        by: zod_1.z.string(),
        total: zod_1.z.number().int().min(0),
        proposals: zod_1.z.array(zod_1.z.object({ serviceId: zod_1.z.string().max(100), person: personSchema.optional(), agreed: zod_1.z.number().int().min(0) })).max(60),
    })
        .optional(),
    /** Steps of the last command still to do (the shared card's post, the coordinator on the case, …): src/store/outbox.ts. */
    ...outbox_1.outboxFields,
});
exports.avklaringVoteSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('avklaring-vote'),
    avklaringId: zod_1.z.string(),
    caseRef: zod_1.z.string(),
    actorId: zod_1.z.string(),
    /** The proposal this participant agrees with, if any. */
    agreesWith: zod_1.z.string().optional(),
    cannotTake: zod_1.z.boolean().default(false),
    updatedAt: zod_1.z.string(),
});
exports.avklaringProposalSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('avklaring-proposal'),
    avklaringId: zod_1.z.string(),
    caseRef: zod_1.z.string(),
    proposalId: zod_1.z.string(),
    serviceId: zod_1.z.string().max(100),
    person: personSchema.optional(),
    proposedBy: zod_1.z.string(),
    createdAt: zod_1.z.string(),
});
const avklaringDocId = (avklaringId) => `avklaring:${avklaringId}`;
exports.avklaringDocId = avklaringDocId;
const voteDocId = (avklaringId, aadObjectId) => `avklaring-vote:${avklaringId}:${aadObjectId}`;
exports.voteDocId = voteDocId;
const proposalDocId = (avklaringId, proposalId) => `avklaring-proposal:${avklaringId}:${proposalId}`;
exports.proposalDocId = proposalDocId;
/** Same proposer + same service = same proposal, so a repeated "propose" press never makes a duplicate. */
function proposalIdFor(proposerId, serviceId) {
    return (0, node_crypto_1.createHash)('sha256').update(`${proposerId}\u0000${serviceId}`).digest('hex').slice(0, 16);
}
class AvklaringRepository {
    store;
    constructor(store) {
        this.store = store;
    }
    get container() {
        return this.store.container('cases');
    }
    get(owner, avklaringId) {
        return (0, documents_1.readDoc)(this.container, exports.avklaringDocSchema, (0, exports.avklaringDocId)(avklaringId), owner);
    }
    update(owner, avklaringId, mutate, opId, known) {
        return (0, documents_1.updateDoc)(this.container, exports.avklaringDocSchema, (0, exports.avklaringDocId)(avklaringId), owner, mutate, { opId, known: known && { doc: known } });
    }
    /**
     * Ends the avklaringsmøte (decided, rotation, escalated or referred) in one ETag write: of several concurrent attempts
     * only the one that finds it still open succeeds, so whatever follows (the coordinator on the case) happens once.
     * True when this call ended it. `outbox`: the steps that follow (src/bot/avklaring/outbox.ts), recorded in the
     * same write.
     */
    async end(owner, avklaringId, ending, opId, outbox) {
        const outcome = await this.update(owner, avklaringId, (current) => {
            if (!current || current.status !== 'open')
                return { kind: 'unchanged', result: false };
            const ended = { ...current, ...ending, version: current.version + 1 };
            // What follows the ending is written with it, so it is done even if this turn stops right here.
            return { kind: 'write', doc: outbox ? (0, outbox_1.withSteps)(ended, outbox.steps, outbox.now, outbox.lease) : ended, result: true };
        }, opId);
        return outcome.written && outcome.result;
    }
    /** `known`: the vote as a positions() read just returned it, or undefined when that read found none. */
    updateVote(owner, avklaringId, actorId, mutate, opts = {}) {
        return (0, documents_1.updateDoc)(this.container, exports.avklaringVoteSchema, (0, exports.voteDocId)(avklaringId, actorId), owner, mutate, opts);
    }
    updateProposal(owner, avklaringId, proposalId, mutate, opId) {
        return (0, documents_1.updateDoc)(this.container, exports.avklaringProposalSchema, (0, exports.proposalDocId)(avklaringId, proposalId), owner, mutate, { opId });
    }
    /** Votes and proposals of one avklaring in one single-partition query (what every card render needs). */
    async positions(owner, avklaringId) {
        const { resources } = await this.container.items
            .query({
            query: 'SELECT * FROM c WHERE c.pk = @pk AND c.avklaringId = @a AND (c.type = @v OR c.type = @p)',
            parameters: [
                { name: '@pk', value: owner },
                { name: '@a', value: avklaringId },
                { name: '@v', value: 'avklaring-vote' },
                { name: '@p', value: 'avklaring-proposal' },
            ],
        })
            .fetchAll();
        const votes = resources.filter((r) => r.type === 'avklaring-vote').map((r) => (0, documents_1.parseStored)(exports.avklaringVoteSchema, r, r.id ?? '?'));
        const proposals = resources
            .filter((r) => r.type === 'avklaring-proposal')
            .map((r) => (0, documents_1.parseStored)(exports.avklaringProposalSchema, r, r.id ?? '?'))
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.proposalId.localeCompare(b.proposalId));
        return { votes, proposals };
    }
    /** Every avklaring on one case (a case rarely has more than a few). */
    forCase(owner, caseRef) {
        return (0, documents_1.queryPartition)(this.container, exports.avklaringDocSchema, owner, 'c.type = @t AND c.caseRef = @c', [
            { name: '@t', value: 'avklaring' },
            { name: '@c', value: caseRef },
        ]);
    }
    votes(owner, avklaringId) {
        return (0, documents_1.queryPartition)(this.container, exports.avklaringVoteSchema, owner, 'c.type = @t AND c.avklaringId = @a', [
            { name: '@t', value: 'avklaring-vote' },
            { name: '@a', value: avklaringId },
        ]);
    }
    proposals(owner, avklaringId) {
        return (0, documents_1.queryPartition)(this.container, exports.avklaringProposalSchema, owner, 'c.type = @t AND c.avklaringId = @a', [
            { name: '@t', value: 'avklaring-proposal' },
            { name: '@a', value: avklaringId },
        ], 'c.createdAt ASC');
    }
}
exports.AvklaringRepository = AvklaringRepository;
//# sourceMappingURL=avklaring.js.map