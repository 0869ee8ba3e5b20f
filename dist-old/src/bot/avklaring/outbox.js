"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.steps = exports.AVKLARING_STEPS = void 0;
exports.avklaringOutbox = avklaringOutbox;
exports.finishAvklaring = finishAvklaring;
exports.answerAfterEnding = answerAfterEnding;
const botbuilder_1 = require("botbuilder");
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const avklaring_1 = require("../../store/avklaring");
const cases_1 = require("../../store/cases");
const outbox_1 = require("../../store/outbox");
const reminders_1 = require("../../store/reminders");
const app_1 = require("../app");
const cardResponses_1 = require("../cardResponses");
const outbox_2 = require("../outbox");
const decision_1 = require("./decision");
const meetingCard_1 = require("./meetingCard");
const rotation_1 = require("./rotation");
/**
 * The steps that follow an avklaring command's first write: starting the meeting (participants into the case,
 * the shared card posted) and ending it (the coordinator on the case, its twice-a-year check, the next rotation
 * handover, the case escalated and the leader told). Recorded in the same write as the start or the ending.
 */
exports.AVKLARING_STEPS = {
    caseMembers: 'case.members',
    post: 'card.post',
    coordinator: 'case.coordinator',
    nudge: 'case.nudge',
    handover: 'handover.schedule',
    escalate: 'case.escalate',
    escalationMessage: 'message.escalation',
};
const personSchema = zod_1.z.object({ aadObjectId: zod_1.z.string().min(1).max(100), name: zod_1.z.string().max(200), teamsId: zod_1.z.string().max(300).optional() });
const localeData = zod_1.z.object({ locale: zod_1.z.enum(['nb', 'en']).optional() });
exports.steps = {
    caseMembers: (members, opId) => ({ key: 'case-members', step: exports.AVKLARING_STEPS.caseMembers, opId, data: { members } }),
    post: (locale, opId) => ({ key: 'post', step: exports.AVKLARING_STEPS.post, opId, data: { locale } }),
    /** `caseOp`: the operation id on the case, the same for every run of this step. */
    coordinator: (coordinator, caseOp) => ({ key: `coordinator:${caseOp}`, step: exports.AVKLARING_STEPS.coordinator, data: { coordinator, caseOp } }),
    nudge: () => ({ key: 'nudge', step: exports.AVKLARING_STEPS.nudge }),
    handover: (index) => ({ key: `handover:${index}`, step: exports.AVKLARING_STEPS.handover, data: { index } }),
    escalate: (leader) => ({ key: 'escalate', step: exports.AVKLARING_STEPS.escalate, data: { leader } }),
    escalationMessage: (leader, locale) => ({ key: 'escalation-message', step: exports.AVKLARING_STEPS.escalationMessage, data: { leader, locale } }),
};
const localeOf = (ctx, data) => (0, i18n_1.localeFrom)(localeData.safeParse(data).data?.locale, ctx.deps.config.defaultLocale);
function avklaringOutbox(ctx) {
    return {
        type: 'avklaring',
        schema: avklaring_1.avklaringDocSchema,
        conversationId: (doc) => doc.conversationId,
        handlers: {
            [exports.AVKLARING_STEPS.caseMembers]: async (doc, step) => {
                const { members } = zod_1.z.object({ members: zod_1.z.array(cases_1.memberSchema).max(60) }).parse(step.data);
                await ctx.cases.update(doc.pk, doc.caseRef, (current) => {
                    if (!current)
                        return { kind: 'unchanged', result: undefined };
                    const missing = members.filter((p) => !current.members.some((m) => m.aadObjectId === p.aadObjectId)).map((p) => ({ ...p, role: 'professional' }));
                    if (missing.length === 0 || current.members.length + missing.length > 200)
                        return { kind: 'unchanged', result: undefined };
                    return { kind: 'write', doc: { ...current, members: [...current.members, ...missing] }, result: undefined };
                }, `${step.opId ?? doc.avklaringId}:participants`);
            },
            [exports.AVKLARING_STEPS.post]: async (doc, step, env) => {
                if (doc.sharedActivityId)
                    return;
                if (!env.context)
                    throw new outbox_2.StepNeedsTurn(step.step);
                const card = await (0, meetingCard_1.currentCard)(ctx, localeOf(ctx, step.data), doc.pk, doc);
                const response = await env.context.sendActivity({ attachments: [botbuilder_1.CardFactory.adaptiveCard(card)] });
                const posted = response?.id;
                // Stored in the same write that removes the step, right after the post.
                return posted ? (cur) => (cur.sharedActivityId ? cur : { ...cur, sharedActivityId: posted }) : undefined;
            },
            [exports.AVKLARING_STEPS.coordinator]: async (doc, step) => {
                const { coordinator, caseOp } = zod_1.z.object({ coordinator: cases_1.coordinatorSchema, caseOp: zod_1.z.string().min(1).max(300) }).parse(step.data);
                await (0, decision_1.recordCoordinator)(ctx, doc.pk, doc.caseRef, coordinator, caseOp);
            },
            [exports.AVKLARING_STEPS.nudge]: async (doc) => {
                // The case repository plans it too when the coordinator changes, but does not fail for it; this step does.
                const caseDoc = await ctx.cases.get(doc.pk, doc.caseRef);
                if (caseDoc?.coordinator)
                    await (0, reminders_1.scheduleCoordinatorNudge)(ctx.deps.store, doc.pk, caseDoc);
            },
            [exports.AVKLARING_STEPS.handover]: async (doc, step) => {
                const { index } = zod_1.z.object({ index: zod_1.z.number().int().min(0).max(10_000) }).parse(step.data);
                if (doc.rotation)
                    await (0, rotation_1.scheduleHandover)(ctx, doc.pk, doc, (0, rotation_1.handoverAt)(doc.rotation, index));
            },
            [exports.AVKLARING_STEPS.escalate]: async (doc, step) => {
                const { leader } = zod_1.z.object({ leader: personSchema }).parse(step.data);
                await ctx.cases.update(doc.pk, doc.caseRef, (current) => {
                    if (!current)
                        return { kind: 'unchanged', result: undefined };
                    // The leader becomes a member of the case (role leader), so they may act on it from now on.
                    const known = current.members.some((m) => m.aadObjectId === leader.aadObjectId);
                    const members = known
                        ? current.members.map((m) => (m.aadObjectId === leader.aadObjectId ? { ...m, role: 'leader' } : m))
                        : [...current.members, { ...leader, role: 'leader' }];
                    return { kind: 'write', doc: { ...current, status: 'escalated', escalatedTo: leader.aadObjectId, members }, result: undefined };
                }, `avklaring-escalated:${doc.avklaringId}`);
            },
            [exports.AVKLARING_STEPS.escalationMessage]: async (doc, step, env) => {
                if (!env.context)
                    throw new outbox_2.StepNeedsTurn(step.step);
                const { leader } = zod_1.z.object({ leader: personSchema }).parse(step.data);
                const who = (0, rotation_1.mentionOf)(leader);
                await env.context.sendActivity({ type: 'message', text: (0, i18n_1.t)(localeOf(ctx, step.data), 'avklaring.escalation.message', { leader: who.text, caseRef: doc.caseRef }), entities: who.entities });
            },
        },
    };
}
/** Runs the avklaring's steps left to do; without a turn only the store steps can run (the sweep sends the rest). */
function finishAvklaring(ctx, owner, avklaringId, opts = {}) {
    const log = opts.context ? (0, app_1.turnLogger)(opts.context, ctx.deps.logger) : ctx.deps.logger;
    return (0, outbox_2.runOutbox)(avklaringOutbox(ctx), ctx.deps, owner, (0, avklaring_1.avklaringDocId)(avklaringId), { lease: opts.lease ?? (0, outbox_2.newLease)(ctx.deps), context: opts.context, log });
}
/**
 * After an ending (decision, rotation, escalation) or its re-delivery: finishes the steps and answers. All done:
 * the current card (and the shared message when this press ended it). Something left: the shared message still
 * shows how it ended, and the presser is told that the rest follows by itself.
 */
async function answerAfterEnding(ctx, context, locale, owner, avklaringId, respondCurrent, opts) {
    const result = await finishAvklaring(ctx, owner, avklaringId, { lease: opts.lease, context });
    if (result.status === 'done' || result.status === 'missing' || (result.doc && (0, outbox_1.stepsOf)(result.doc).length === 0))
        return respondCurrent(opts.updateShared);
    (0, app_1.turnLogger)(context, ctx.deps.logger).warn('avklaring.unfinished', { status: result.status, left: (0, outbox_1.stepsOf)(result.doc).length });
    if (opts.updateShared && result.doc) {
        try {
            await (0, cardResponses_1.updateSharedCard)(context, await (0, meetingCard_1.currentCard)(ctx, locale, owner, result.doc, context));
        }
        catch {
            // The card refreshes itself when opened; the presser hears below what is still to come.
        }
    }
    return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.unfinished'));
}
//# sourceMappingURL=outbox.js.map