"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CASE_NUDGE_KIND = exports.scopedReminderId = exports.ReminderRepository = exports.reminderPk = exports.MAX_REMINDER_ATTEMPTS = exports.reminderDocSchema = void 0;
exports.caseNudgeReminder = caseNudgeReminder;
exports.scheduleCoordinatorNudge = scheduleCoordinatorNudge;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const documents_1 = require("./documents");
const meetings_1 = require("../domain/meetings");
/**
 * Due reminders, shared by every bot instance on one database. A reminder is claimed with an ETag write
 * (a lease), so only one instance sends it; a lease that runs out (the instance died) lets another take it.
 * Partitioned by the UTC day it is due, so a poll reads a handful of partitions.
 *
 * Delivery is at least once, not exactly once: an instance that dies after Teams accepted the message but
 * before `markSent` is stored leaves a claimed reminder whose lease runs out, and another instance sends it
 * again. The worker keeps renewing the lease while a send is running, so a slow send alone does not cause that.
 */
exports.reminderDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('reminder'),
    kind: zod_1.z.string().max(60),
    dueAt: zod_1.z.string(),
    conversationId: zod_1.z.string().max(500),
    /** Ids only (case ref, meeting id): never message text or personal data. */
    payload: zod_1.z.record(zod_1.z.union([zod_1.z.string().max(300), zod_1.z.number(), zod_1.z.boolean()])),
    status: zod_1.z.enum(['pending', 'claimed', 'sent', 'cancelled', 'failed']),
    claimedBy: zod_1.z.string().optional(),
    leaseUntil: zod_1.z.string().optional(),
    attempts: zod_1.z.number().int().default(0),
    nextAttemptAt: zod_1.z.string().optional(),
    sentAt: zod_1.z.string().optional(),
    caseRef: zod_1.z.string().optional(),
});
exports.MAX_REMINDER_ATTEMPTS = 8;
/**
 * How far back `due` looks (one partition per day). A reminder more than a week overdue means the bot was
 * stopped that long; by then it is stale, so it is left to expire with its TTL rather than sent.
 */
const LOOKBACK_DAYS = 7;
/**
 * A reminder is kept about 30 days past its due time (sent or not), then Cosmos deletes it. Cosmos counts a
 * TTL from the last write, so every write sets it again: until due + 30 days while it waits, 30 days once it
 * is sent, cancelled or given up.
 */
const KEEP_AFTER_SECONDS = 30 * 86_400;
function defaultTtl(dueAt) {
    const untilDue = Math.max(0, Math.ceil((Date.parse(dueAt) - Date.now()) / 1000));
    return untilDue + KEEP_AFTER_SECONDS;
}
const reminderPk = (dueAt) => `due:${dueAt.slice(0, 10)}`;
exports.reminderPk = reminderPk;
class ReminderRepository {
    store;
    constructor(store) {
        this.store = store;
    }
    get container() {
        return this.store.container('reminders');
    }
    /** Creates or moves a reminder (same id); a reminder already sent stays sent unless its time changed. */
    async schedule(r, ttlSeconds) {
        const pk = (0, exports.reminderPk)(r.dueAt);
        await (0, documents_1.updateDoc)(this.container, exports.reminderDocSchema, r.id, pk, (current) => {
            if (current && current.dueAt === r.dueAt && current.status !== 'cancelled')
                return { kind: 'unchanged', result: undefined };
            return {
                kind: 'write',
                doc: { ...r, pk, type: 'reminder', ops: [], status: 'pending', attempts: 0, ttl: ttlSeconds ?? defaultTtl(r.dueAt) },
                result: undefined,
            };
        });
    }
    /** Cancels a reminder wherever it is due; moving a meeting calls this for the old time first. */
    async cancel(id, dueAt) {
        const pk = (0, exports.reminderPk)(dueAt);
        await (0, documents_1.updateDoc)(this.container, exports.reminderDocSchema, id, pk, (current) => {
            if (!current || current.status === 'sent' || current.status === 'cancelled')
                return { kind: 'unchanged', result: undefined };
            return { kind: 'write', doc: { ...current, status: 'cancelled', ttl: KEEP_AFTER_SECONDS }, result: undefined };
        });
    }
    /** Reminders due by `now` that nobody holds a live lease on. */
    async due(now) {
        const out = [];
        const nowIso = now.toISOString();
        for (let d = 0; d <= LOOKBACK_DAYS; d++) {
            const day = new Date(now.getTime() - d * 86_400_000).toISOString();
            const docs = await (0, documents_1.queryPartition)(this.container, exports.reminderDocSchema, (0, exports.reminderPk)(day), "(c.status = 'pending' OR c.status = 'claimed') AND c.dueAt <= @now", [{ name: '@now', value: nowIso }]);
            out.push(...docs.filter((doc) => (doc.status === 'pending' || (doc.leaseUntil ?? '') < nowIso) && (doc.nextAttemptAt ?? '') <= nowIso));
        }
        return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    }
    /** Takes the lease with IfMatch on the version we read: of several instances, exactly one wins. */
    async claim(doc, instanceId, now, leaseMs) {
        if (!doc._etag)
            return undefined;
        const next = { ...doc, status: 'claimed', claimedBy: instanceId, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), ttl: defaultTtl(doc.dueAt) };
        delete next._etag;
        try {
            const { resource } = await this.container.item(doc.id, doc.pk).replace(next, { accessCondition: { type: 'IfMatch', condition: doc._etag } });
            return exports.reminderDocSchema.parse(resource);
        }
        catch (err) {
            if ((0, documents_1.statusOf)(err) === 412 || (0, documents_1.statusOf)(err) === 404)
                return undefined;
            throw err;
        }
    }
    async markSent(doc, now) {
        await (0, documents_1.updateDoc)(this.container, exports.reminderDocSchema, doc.id, doc.pk, (current) => {
            if (!current || current.status === 'sent')
                return { kind: 'unchanged', result: undefined };
            return { kind: 'write', doc: { ...current, status: 'sent', sentAt: now.toISOString(), leaseUntil: undefined, ttl: KEEP_AFTER_SECONDS }, result: undefined };
        });
    }
    /**
     * Extends this instance's lease while its send is still running. False when the lease is no longer ours (it
     * ran out and another instance claimed the reminder) or the reminder is already settled.
     */
    async renew(doc, instanceId, now, leaseMs) {
        const outcome = await (0, documents_1.updateDoc)(this.container, exports.reminderDocSchema, doc.id, doc.pk, (current) => {
            if (!current || current.status !== 'claimed' || current.claimedBy !== instanceId)
                return { kind: 'unchanged', result: false };
            return { kind: 'write', doc: { ...current, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), ttl: defaultTtl(current.dueAt) }, result: true };
        });
        return outcome.result;
    }
    /** Gives the lease back after a failed send, with back-off; after too many tries the reminder is marked failed. */
    async release(doc, now) {
        const outcome = await (0, documents_1.updateDoc)(this.container, exports.reminderDocSchema, doc.id, doc.pk, (current) => {
            if (!current || current.status === 'sent')
                return { kind: 'unchanged', result: current?.status ?? 'sent' };
            // Our lease ran out and another instance holds the reminder now: its lease is not ours to give back.
            if (current.claimedBy !== doc.claimedBy)
                return { kind: 'unchanged', result: current.status };
            const attempts = current.attempts + 1;
            const status = attempts >= exports.MAX_REMINDER_ATTEMPTS ? 'failed' : 'pending';
            const backoffMs = Math.min(30 * 60_000, 15_000 * 2 ** (attempts - 1));
            return {
                kind: 'write',
                doc: { ...current, status, attempts, leaseUntil: undefined, claimedBy: undefined, nextAttemptAt: new Date(now.getTime() + backoffMs).toISOString(), ttl: status === 'failed' ? KEEP_AFTER_SECONDS : defaultTtl(current.dueAt) },
                result: status,
            };
        });
        return outcome.result;
    }
}
exports.ReminderRepository = ReminderRepository;
/** Ids in the reminder store are global: prefix with a hash of the owner so two chats never share one. */
const scopedReminderId = (owner, id) => `m-${(0, node_crypto_1.createHash)('sha256').update(owner).digest('hex').slice(0, 12)}:${id}`;
exports.scopedReminderId = scopedReminderId;
/** The twice-a-year check of one case (src/bot/meetings/reminders.ts sends it). */
exports.CASE_NUDGE_KIND = 'meeting.case-nudge';
/**
 * The check of `caseRef` due at `dueAt`. The id holds the due time, so every path that plans a check for the
 * same instant (a meeting, the coordinator being decided, an earlier check) writes the same reminder.
 */
function caseNudgeReminder(owner, caseRef, dueAt, conversationId) {
    return {
        id: (0, exports.scopedReminderId)(owner, `case:${caseRef}:nudge:${dueAt.replace(/[-:.]/g, '')}`),
        kind: exports.CASE_NUDGE_KIND,
        dueAt,
        conversationId,
        payload: { owner, caseRef },
        caseRef,
    };
}
/**
 * Where a case's proactive messages go: the conversation of its latest meeting or avklaring, else the chat
 * that owns it. Undefined for a team-owned case that has neither (no channel is known).
 */
async function caseConversation(store, owner, caseRef) {
    const { resources } = await store
        .container('cases')
        .items.query({
        query: "SELECT c.conversationId, c.createdAt FROM c WHERE c.pk = @pk AND c.caseRef = @ref AND (c.type = 'meeting' OR c.type = 'avklaring')",
        parameters: [
            { name: '@pk', value: owner },
            { name: '@ref', value: caseRef },
        ],
    }, { partitionKey: owner })
        .fetchAll();
    const latest = resources
        .filter((r) => typeof r.conversationId === 'string' && r.conversationId !== '')
        .sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')))[0];
    if (latest)
        return latest.conversationId;
    return owner.startsWith('conv:') ? owner.slice('conv:'.length) : undefined;
}
/**
 * Called by the case repository when a case gets a (new) coordinator: the first twice-a-year check six months
 * after the decision, so a case that never holds a meeting is still nudged. Idempotent (same id, same time).
 */
async function scheduleCoordinatorNudge(store, owner, caseDoc) {
    const since = Date.parse(caseDoc.coordinator?.since ?? '');
    if (!Number.isFinite(since) || caseDoc.status === 'closed')
        return;
    const conversationId = await caseConversation(store, owner, caseDoc.ref);
    if (!conversationId)
        return;
    const dueAt = (0, meetings_1.plusMonths)(new Date(since), meetings_1.NUDGE_MONTHS).toISOString();
    await new ReminderRepository(store).schedule(caseNudgeReminder(owner, caseDoc.ref, dueAt, conversationId));
}
//# sourceMappingURL=reminders.js.map