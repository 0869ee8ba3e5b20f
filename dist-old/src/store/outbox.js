"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stepsOf = exports.outboxFields = exports.outboxStateSchema = exports.outboxStepSchema = void 0;
exports.withSteps = withSteps;
exports.withoutStep = withoutStep;
exports.leasedToOther = leasedToOther;
exports.leased = leased;
exports.released = released;
exports.sweepable = sweepable;
exports.openOutboxes = openOutboxes;
const zod_1 = require("zod");
const documents_1 = require("./documents");
/**
 * The outbox of a document: the steps of a command that are still to do (store writes on other documents, a
 * post to Teams, reminders), written together with the command's first write. Whoever finishes a step removes
 * it with an ETag write; whoever finds steps left (the re-delivered activity, or the background sweep of any
 * instance) carries on from there. Storage only: which steps exist and what they do is the bot's business
 * (src/bot/outbox.ts).
 *
 * Stored documents from before the outbox have neither field: `pending` then reads as empty.
 */
exports.outboxStepSchema = zod_1.z.object({
    /** Unique among the document's steps, so adding the same step twice (a retried first write) keeps one. */
    key: zod_1.z.string().min(1).max(120),
    /** What to do; the bot registers one handler per step name and document type. */
    step: zod_1.z.string().min(1).max(60),
    /** The activity whose command left this step. */
    opId: zod_1.z.string().max(300).optional(),
    /** What the handler needs beyond the document (ids, a locale); each handler validates its own with zod. */
    data: zod_1.z.record(zod_1.z.unknown()).default({}),
});
exports.outboxStateSchema = zod_1.z.object({
    /** Always true while steps are left (the field goes with the last step), so the sweep can find it by equality. */
    open: zod_1.z.literal(true),
    since: zod_1.z.string(),
    /** Who is working on the steps (an instance, for one command) and until when, so two never do the same. */
    leaseBy: zod_1.z.string().max(300).optional(),
    leaseUntil: zod_1.z.string().optional(),
    /** Failed rounds so far and when the sweep may try again (growing back-off). */
    attempts: zod_1.z.number().int().min(0).default(0),
    nextAttemptAt: zod_1.z.string().optional(),
});
/**
 * Spread into a document schema: `pending` and `outbox`, both optional (absent means nothing left), so stored
 * documents and code that builds documents without them stay valid.
 */
exports.outboxFields = {
    pending: zod_1.z.array(exports.outboxStepSchema).max(20).optional(),
    outbox: exports.outboxStateSchema.optional(),
};
/** The steps left on a document (none when it has no outbox). */
const stepsOf = (doc) => doc?.pending ?? [];
exports.stepsOf = stepsOf;
/** The document with `steps` added (a key already there is kept as it is), leased to `lease` when given. */
function withSteps(doc, steps, now, lease) {
    const pending = [...(0, exports.stepsOf)(doc)];
    for (const s of steps)
        if (!pending.some((p) => p.key === s.key))
            pending.push(exports.outboxStepSchema.parse(s));
    if (pending.length === 0)
        return doc;
    const outbox = { ...(doc.outbox ?? { open: true, since: now, attempts: 0 }), open: true };
    if (lease) {
        outbox.leaseBy = lease.by;
        outbox.leaseUntil = lease.until;
    }
    return { ...doc, pending, outbox };
}
/** The document without step `key`; the outbox state goes with the last step. */
function withoutStep(doc, key) {
    const pending = (0, exports.stepsOf)(doc).filter((p) => p.key !== key);
    const next = { ...doc, pending };
    if (pending.length === 0) {
        delete next.outbox;
        delete next.pending;
    }
    return next;
}
/** Whether someone other than `by` holds a lease that has not run out. */
function leasedToOther(doc, by, now) {
    const o = doc.outbox;
    return !!o?.leaseBy && o.leaseBy !== by && (o.leaseUntil ?? '') > now.toISOString();
}
/** The document leased to `by` (no check: call after leasedToOther). */
function leased(doc, lease) {
    if (!doc.outbox)
        return doc;
    return { ...doc, outbox: { ...doc.outbox, leaseBy: lease.by, leaseUntil: lease.until } };
}
const MAX_BACKOFF_MS = 60 * 60_000;
/**
 * The lease given back. After a failed round the next try waits (15 s doubling, at most an hour); the steps are
 * kept however long it takes, never dropped.
 */
function released(doc, by, failed, now) {
    if (!doc.outbox)
        return doc;
    const outbox = { ...doc.outbox };
    if (outbox.leaseBy === by) {
        delete outbox.leaseBy;
        delete outbox.leaseUntil;
    }
    if (failed) {
        outbox.attempts += 1;
        outbox.nextAttemptAt = new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, 15_000 * 2 ** Math.min(outbox.attempts - 1, 12))).toISOString();
    }
    return { ...doc, outbox };
}
/** Whether the sweep may take this document now: steps left, no live lease, its back-off over. */
function sweepable(doc, now) {
    const iso = now.toISOString();
    return (0, exports.stepsOf)(doc).length > 0 && (doc.outbox?.leaseUntil ?? '') <= iso && (doc.outbox?.nextAttemptAt ?? '') <= iso;
}
const headSchema = zod_1.z.object({ id: zod_1.z.string(), pk: zod_1.z.string(), type: zod_1.z.string() });
/**
 * Documents in `container` with steps left, any partition (the only cross-partition read besides calendar
 * links): an equality filter on one small field, which stays cheap because finished documents drop it.
 */
async function openOutboxes(container, limit = 100) {
    const { resources } = await container.items
        .query({ query: 'SELECT c.id, c.pk, c.type FROM c WHERE c.outbox.open = true', parameters: [] }, { maxItemCount: limit })
        .fetchAll();
    return resources.slice(0, limit).map((r) => (0, documents_1.parseStored)(headSchema, r, r.id ?? '?'));
}
//# sourceMappingURL=outbox.js.map