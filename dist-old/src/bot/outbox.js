"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutboxSweeper = exports.StepNeedsTurn = void 0;
exports.newLease = newLease;
exports.runOutbox = runOutbox;
const node_crypto_1 = require("node:crypto");
const log_1 = require("../log");
const conversations_1 = require("../store/conversations");
const documents_1 = require("../store/documents");
const outbox_1 = require("../store/outbox");
class StepNeedsTurn extends Error {
    constructor(step) {
        super(`step ${step} needs a turn to send in`);
        this.name = 'StepNeedsTurn';
    }
}
exports.StepNeedsTurn = StepNeedsTurn;
/** The outbox lives in the `cases` container with the documents that have one (meetings, avklaringer). */
const CONTAINER = 'cases';
/** A lease for one run of steps; the command's first write takes it, so the sweep leaves the steps to that turn. */
function newLease(deps) {
    return { by: (0, node_crypto_1.randomUUID)(), until: new Date(deps.now().getTime() + deps.config.outboxLeaseSeconds * 1000).toISOString() };
}
/**
 * Runs what is left on document `id` in partition `pk`. `done`: nothing left; `failed`: a step failed and is
 * kept (with back-off for the sweep); `busy`: another turn or instance holds the lease; `missing`: no document.
 */
async function runOutbox(kind, deps, pk, id, opts) {
    try {
        return await runLeased(kind, deps, pk, id, opts);
    }
    catch (err) {
        // The store failed around the steps (reading, leasing): they are all still there for the next try. The
        // caller knows the command's first write happened, so it can say so.
        (opts.log ?? deps.logger).warn('outbox.run_failed', { docType: kind.type, ...(0, log_1.errorFields)(err) });
        return { status: 'failed', doc: undefined };
    }
}
async function runLeased(kind, deps, pk, id, opts) {
    const container = deps.store.container(CONTAINER);
    const log = opts.log ?? deps.logger;
    const by = opts.lease.by;
    const update = (mutate) => (0, documents_1.updateDoc)(container, kind.schema, id, pk, mutate);
    let doc = await (0, documents_1.readDoc)(container, kind.schema, id, pk);
    if (!doc)
        return { status: 'missing', doc };
    if ((0, outbox_1.stepsOf)(doc).length === 0)
        return { status: 'done', doc };
    if (doc.outbox?.leaseBy !== by) {
        const now = deps.now();
        const lease = { by, until: new Date(now.getTime() + deps.config.outboxLeaseSeconds * 1000).toISOString() };
        const claim = await update((cur) => !cur || (0, outbox_1.stepsOf)(cur).length === 0 || (0, outbox_1.leasedToOther)(cur, by, now) ? { kind: 'unchanged', result: false } : { kind: 'write', doc: (0, outbox_1.leased)(cur, lease), result: true });
        doc = claim.doc;
        if (!doc)
            return { status: 'missing', doc };
        if (!claim.written)
            return { status: (0, outbox_1.stepsOf)(doc).length === 0 ? 'done' : 'busy', doc };
    }
    const renewal = keepLease(deps, by, update, log, kind.type);
    try {
        return await runSteps(kind, deps, doc, by, update, opts.context, log);
    }
    finally {
        renewal.stop();
    }
}
/**
 * Renews the lease while steps run (every third of its length), so a slow step (Teams retrying, a slow store)
 * is not taken over by another instance and done twice.
 */
function keepLease(deps, by, update, log, docType) {
    const leaseMs = deps.config.outboxLeaseSeconds * 1000;
    let busy = false;
    const timer = setInterval(() => {
        if (busy)
            return;
        busy = true;
        update((cur) => cur?.outbox?.leaseBy === by ? { kind: 'write', doc: (0, outbox_1.leased)(cur, { by, until: new Date(deps.now().getTime() + leaseMs).toISOString() }), result: undefined } : { kind: 'unchanged', result: undefined })
            .catch((err) => log.warn('outbox.lease_renew_failed', { docType, ...(0, log_1.errorFields)(err) }))
            .finally(() => {
            busy = false;
        });
    }, Math.max(250, Math.floor(leaseMs / 3)));
    timer.unref();
    return { stop: () => clearInterval(timer) };
}
async function runSteps(kind, deps, start, by, update, context, log) {
    let doc = start;
    for (let guard = 0; (0, outbox_1.stepsOf)(doc).length > 0 && guard < 40; guard++) {
        const step = (0, outbox_1.stepsOf)(doc)[0];
        try {
            const handler = kind.handlers[step.step];
            if (!handler)
                throw new Error(`no handler for step ${kind.type}/${step.step}`);
            const change = await handler(doc, step, { context, now: deps.now(), log });
            const out = await update((cur) => cur && (0, outbox_1.stepsOf)(cur).some((p) => p.key === step.key) ? { kind: 'write', doc: (0, outbox_1.withoutStep)(change ? change(cur) : cur, step.key), result: undefined } : { kind: 'unchanged', result: undefined });
            if (!out.doc)
                return { status: 'missing', doc: undefined };
            doc = out.doc;
            log.info('outbox.step_done', { docType: kind.type, step: step.step });
        }
        catch (err) {
            log.warn('outbox.step_failed', { docType: kind.type, step: step.step, ...(0, log_1.errorFields)(err) });
            const back = await update((cur) => cur?.outbox ? { kind: 'write', doc: (0, outbox_1.released)(cur, by, true, deps.now()), result: undefined } : { kind: 'unchanged', result: undefined }).catch(() => undefined);
            return { status: 'failed', doc: back?.doc ?? doc };
        }
    }
    return { status: (0, outbox_1.stepsOf)(doc).length === 0 ? 'done' : 'failed', doc };
}
/**
 * Finishes what a dead process (or a failed turn nobody retried) left: every poll of the reminder worker looks
 * for documents with steps left and no live lease, takes the lease, and runs the steps in a proactive turn on
 * the stored conversation reference.
 */
class OutboxSweeper {
    opts;
    // Kinds of different document types live side by side; each is only ever run with its own documents.
    kinds = new Map();
    conversations;
    constructor(opts) {
        this.opts = opts;
        this.conversations = new conversations_1.ConversationRepository(opts.deps.store);
    }
    register(kind) {
        this.kinds.set(kind.type, kind);
    }
    /** One pass; returns how many documents it finished. */
    async sweep() {
        const { deps, logger: log } = this.opts;
        let finished = 0;
        const heads = await (0, outbox_1.openOutboxes)(deps.store.container(CONTAINER));
        for (const head of heads) {
            const kind = this.kinds.get(head.type);
            if (!kind)
                continue;
            try {
                const doc = await (0, documents_1.readDoc)(deps.store.container(CONTAINER), kind.schema, head.id, head.pk);
                if (!doc || !(0, outbox_1.sweepable)(doc, deps.now()))
                    continue;
                const lease = newLease(deps);
                const conv = await this.conversations.get(kind.conversationId(doc));
                let result;
                let failure;
                if (conv) {
                    await this.opts.adapter.continueConversationAsync(this.opts.botAppId, conv.reference, async (context) => {
                        try {
                            result = await runOutbox(kind, deps, head.pk, head.id, { lease, context, log });
                        }
                        catch (err) {
                            failure = err ?? new Error('outbox run failed');
                        }
                    });
                }
                else {
                    // No address (the bot was removed from the chat): store steps still run, sends fail and wait.
                    result = await runOutbox(kind, deps, head.pk, head.id, { lease, log });
                }
                if (failure)
                    throw failure;
                if (result?.status === 'done')
                    finished++;
                log.info('outbox.swept', { docType: head.type, status: result?.status ?? 'none' });
            }
            catch (err) {
                log.warn('outbox.sweep_failed', { docType: head.type, ...(0, log_1.errorFields)(err) });
            }
        }
        return finished;
    }
}
exports.OutboxSweeper = OutboxSweeper;
//# sourceMappingURL=outbox.js.map