"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CaseRepository = exports.caseDocId = exports.DEPLOYMENT_COUNTER_PK = exports.caseDocSchema = exports.coordinatorSchema = exports.memberSchema = exports.CASE_REF_PATTERN = void 0;
exports.isCaseMember = isCaseMember;
exports.mayAdministerCase = mayAdministerCase;
const zod_1 = require("zod");
const documents_1 = require("./documents");
const reminders_1 = require("./reminders");
const log_1 = require("../log");
/**
 * A case is a pseudonymous reference (BTI-2026-0042) owned by one team or chat; it lists who may act on it.
 * It never holds the child's name, identity number or health details.
 */
exports.CASE_REF_PATTERN = /^BTI-\d{4}-\d{4}$/;
exports.memberSchema = zod_1.z.object({
    aadObjectId: zod_1.z.string().min(1).max(100),
    /** Teams display name of the professional (staff, not the child). */
    name: zod_1.z.string().max(200),
    /** Teams user id (29:…), needed to @mention. */
    teamsId: zod_1.z.string().max(300).optional(),
    /** Service id from the municipality profile, when known. */
    service: zod_1.z.string().max(100).optional(),
    role: zod_1.z.enum(['professional', 'leader', 'family']).default('professional'),
});
exports.coordinatorSchema = zod_1.z.object({
    aadObjectId: zod_1.z.string().optional(),
    name: zod_1.z.string().max(200).optional(),
    service: zod_1.z.string().max(100),
    since: zod_1.z.string(),
    decidedBy: zod_1.z.enum(['agreement', 'majority', 'rotation', 'leader', 'manual']),
    until: zod_1.z.string().optional(),
});
exports.caseDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('case'),
    ref: zod_1.z.string().regex(exports.CASE_REF_PATTERN),
    profileId: zod_1.z.string(),
    createdAt: zod_1.z.string(),
    createdBy: zod_1.z.string(),
    members: zod_1.z.array(exports.memberSchema).max(200),
    coordinator: exports.coordinatorSchema.optional(),
    coordinatorHistory: zod_1.z.array(exports.coordinatorSchema).default([]),
    status: zod_1.z.enum(['open', 'escalated', 'closed']).default('open'),
    escalatedTo: zod_1.z.string().max(200).optional(),
    /** Consent status only, never its content. */
    consent: zod_1.z.object({ given: zod_1.z.boolean(), date: zod_1.z.string().optional() }).optional(),
    closedAt: zod_1.z.string().optional(),
});
const counterSchema = documents_1.baseDocSchema.extend({ type: zod_1.z.literal('counter'), year: zod_1.z.number().int(), next: zod_1.z.number().int() });
/** The partition of the deployment-wide case counters: no team or chat id can take this value ('team:'/'conv:'). */
exports.DEPLOYMENT_COUNTER_PK = 'deployment';
const caseDocId = (ref) => `case:${ref}`;
exports.caseDocId = caseDocId;
const coordinatorKey = (doc) => (doc?.coordinator ? JSON.stringify([doc.coordinator.since, doc.coordinator.aadObjectId, doc.coordinator.service]) : undefined);
class CaseRepository {
    store;
    logger;
    constructor(store, logger) {
        this.store = store;
        this.logger = logger;
    }
    get container() {
        return this.store.container('cases');
    }
    /**
     * Makes the next free reference for this year, unique within the deployment (the municipality): staff carry
     * it into Samspill, so two cases in two chats must never share one. One counter document per year in a
     * partition of its own, incremented with ETag and retry, so concurrent creators in any conversation get
     * distinct numbers. `owner` is kept for the callers; the number no longer depends on it.
     */
    async nextRef(_owner, now) {
        const year = now.getUTCFullYear();
        const id = `counter:case:${year}`;
        let seed;
        const existing = await (0, documents_1.readDoc)(this.container, counterSchema, id, exports.DEPLOYMENT_COUNTER_PK);
        // Before this counter existed each team or chat counted on its own: start above every number any of them
        // has handed out this year, so an old case's reference is never given again.
        if (!existing)
            seed = await this.highestOwnerCounter(year);
        const outcome = await (0, documents_1.updateDoc)(this.container, counterSchema, id, exports.DEPLOYMENT_COUNTER_PK, (doc) => {
            const next = (doc?.next ?? seed ?? 0) + 1;
            return { kind: 'write', doc: { id, pk: exports.DEPLOYMENT_COUNTER_PK, type: 'counter', ops: [], year, next }, result: next };
        }, { known: { doc: existing } });
        return `BTI-${year}-${String(outcome.result).padStart(4, '0')}`;
    }
    /** The highest number the old per-owner counters gave out in `year` (0 when there were none). */
    async highestOwnerCounter(year) {
        const { resources } = await this.container.items
            .query({
            query: 'SELECT c.next FROM c WHERE c.type = @type AND c.year = @year AND c.pk != @pk',
            parameters: [
                { name: '@type', value: 'counter' },
                { name: '@year', value: year },
                { name: '@pk', value: exports.DEPLOYMENT_COUNTER_PK },
            ],
        })
            .fetchAll();
        return resources.reduce((max, r) => (typeof r.next === 'number' && r.next > max ? r.next : max), 0);
    }
    async create(owner, input, opId) {
        const id = (0, exports.caseDocId)(input.ref);
        const outcome = await (0, documents_1.updateDoc)(this.container, exports.caseDocSchema, id, owner, (current) => {
            if (current)
                return { kind: 'unchanged', result: current };
            const doc = { coordinatorHistory: [], status: 'open', ...input, id, pk: owner, type: 'case', ops: [] };
            return { kind: 'write', doc, result: doc };
        }, { opId });
        return outcome.doc ?? outcome.result;
    }
    get(owner, ref) {
        return (0, documents_1.readDoc)(this.container, exports.caseDocSchema, (0, exports.caseDocId)(ref), owner);
    }
    list(owner) {
        return (0, documents_1.queryPartition)(this.container, exports.caseDocSchema, owner, 'c.type = @t', [{ name: '@t', value: 'case' }], 'c.createdAt DESC');
    }
    async update(owner, ref, mutate, opId) {
        let before;
        const outcome = await (0, documents_1.updateDoc)(this.container, exports.caseDocSchema, (0, exports.caseDocId)(ref), owner, (current) => {
            before = coordinatorKey(current);
            return mutate(current);
        }, { opId });
        // Whoever records the coordinator, the case gets its first twice-a-year check (src/store/reminders.ts);
        // a re-delivered change schedules it again (same id), in case the first delivery stopped before it.
        const after = coordinatorKey(outcome.doc);
        if (outcome.doc && after && (outcome.duplicate || (outcome.written && after !== before))) {
            // The case is stored; a failed check schedule must not turn that into an error (a retried handover
            // would send its message twice). The next coordinator change or meeting schedules it again.
            try {
                await (0, reminders_1.scheduleCoordinatorNudge)(this.store, owner, outcome.doc);
            }
            catch (err) {
                this.logger?.warn('case.check_schedule_failed', { caseRef: ref, ...(0, log_1.errorFields)(err) });
            }
        }
        return outcome;
    }
    /** Ids of the case document and every document that belongs to it (same partition, `caseRef` field). */
    async caseDocumentIds(owner, ref) {
        const { resources } = await this.container.items
            .query({
            query: 'SELECT c.id FROM c WHERE c.pk = @pk AND (c.caseRef = @ref OR c.id = @caseId)',
            parameters: [
                { name: '@pk', value: owner },
                { name: '@ref', value: ref },
                { name: '@caseId', value: (0, exports.caseDocId)(ref) },
            ],
        })
            .fetchAll();
        return resources.map((r) => r.id);
    }
    async deleteCase(owner, ref) {
        let deleted = 0;
        for (const id of await this.caseDocumentIds(owner, ref))
            if (await (0, documents_1.deleteDoc)(this.container, id, owner))
                deleted++;
        return deleted;
    }
    /**
     * Marks the case closed and gives it and its documents a TTL, so Cosmos deletes them after the retention
     * period. Each document is patched on its own; the case document goes last, so a crash halfway leaves an
     * open case that can be closed again.
     */
    async close(owner, ref, ttlSeconds, now) {
        const ids = (await this.caseDocumentIds(owner, ref)).filter((id) => id !== (0, exports.caseDocId)(ref));
        for (const id of ids) {
            try {
                await this.container.item(id, owner).patch([{ op: 'set', path: '/ttl', value: ttlSeconds }]);
            }
            catch (err) {
                if ((0, documents_1.statusOf)(err) !== 404)
                    throw err;
            }
        }
        const outcome = await this.update(owner, ref, (current) => {
            if (!current)
                return { kind: 'unchanged', result: false };
            if (current.status === 'closed')
                return { kind: 'unchanged', result: true };
            return { kind: 'write', doc: { ...current, status: 'closed', closedAt: now.toISOString(), ttl: ttlSeconds }, result: true };
        });
        return outcome.result;
    }
}
exports.CaseRepository = CaseRepository;
function isCaseMember(doc, aadObjectId) {
    return !!aadObjectId && doc.members.some((m) => m.aadObjectId === aadObjectId);
}
/** Who may close or delete a case: the one who created it, the coordinator, or a leader in it. */
function mayAdministerCase(doc, aadObjectId) {
    if (!aadObjectId)
        return false;
    if (doc.createdBy === aadObjectId || doc.coordinator?.aadObjectId === aadObjectId)
        return true;
    return doc.members.some((m) => m.aadObjectId === aadObjectId && m.role === 'leader');
}
//# sourceMappingURL=cases.js.map