"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MEETING_STEPS = void 0;
exports.newMeetingSteps = newMeetingSteps;
exports.meetingOutbox = meetingOutbox;
const botbuilder_1 = require("botbuilder");
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const cases_1 = require("../../store/cases");
const meetings_1 = require("../../store/meetings");
const outbox_1 = require("../outbox");
const rotation_1 = require("../referat/rotation");
const cards_1 = require("./cards");
const common_1 = require("./common");
const reminders_1 = require("./reminders");
/**
 * The steps of saving a new meeting, in the order they run: the case (made, or the invitees added to it), the
 * referat writer, the reminders, and last the invitation posted to the conversation. They are written with the
 * meeting itself (its first write), so a retry or another instance finishes what a failed turn left.
 */
exports.MEETING_STEPS = {
    caseCreate: 'case.create',
    caseMembers: 'case.members',
    referat: 'referat.settle',
    reminders: 'reminders.schedule',
    post: 'invitation.post',
};
const membersData = zod_1.z.object({ members: zod_1.z.array(cases_1.memberSchema).max(200) });
const postData = zod_1.z.object({ locale: zod_1.z.enum(['nb', 'en']) });
function newMeetingSteps(opts) {
    const steps = [];
    if (opts.createCase)
        steps.push({ key: 'case', step: exports.MEETING_STEPS.caseCreate, opId: opts.opId, data: { members: opts.createCase } });
    else if (opts.addMembers?.length)
        steps.push({ key: 'case', step: exports.MEETING_STEPS.caseMembers, opId: opts.opId, data: { members: opts.addMembers } });
    steps.push({ key: 'referat', step: exports.MEETING_STEPS.referat, opId: opts.opId }, { key: 'reminders', step: exports.MEETING_STEPS.reminders, opId: opts.opId }, { key: 'post', step: exports.MEETING_STEPS.post, opId: opts.opId, data: { locale: opts.locale } });
    return steps;
}
function meetingOutbox(ctx) {
    const { deps } = ctx;
    return {
        type: 'meeting',
        schema: meetings_1.meetingDocSchema,
        conversationId: (doc) => doc.conversationId,
        handlers: {
            [exports.MEETING_STEPS.caseCreate]: async (doc, step) => {
                const { members } = membersData.parse(step.data);
                // Same ref, so a second run finds the case it made and changes nothing.
                await ctx.cases.create(doc.pk, { ref: doc.caseRef, profileId: deps.config.profile, createdAt: doc.createdAt, createdBy: doc.coordinator.aadObjectId, members }, step.opId);
            },
            [exports.MEETING_STEPS.caseMembers]: async (doc, step) => {
                const { members } = membersData.parse(step.data);
                await ctx.cases.update(doc.pk, doc.caseRef, (cur) => {
                    if (!cur)
                        return { kind: 'unchanged', result: undefined };
                    const add = members.filter((m) => !cur.members.some((c) => c.aadObjectId === m.aadObjectId));
                    return add.length && cur.members.length + add.length <= 200 ? { kind: 'write', doc: { ...cur, members: [...cur.members, ...add] }, result: undefined } : { kind: 'unchanged', result: undefined };
                }, step.opId);
            },
            [exports.MEETING_STEPS.referat]: async (doc, step, env) => {
                const cd = await ctx.cases.get(doc.pk, doc.caseRef);
                if (!cd)
                    throw new Error('case of the meeting not found');
                await ctx.referat.update(doc.pk, cd.ref, (r) => (0, rotation_1.rotationMutation)(r, (s) => ({ ok: true, state: (0, rotation_1.settleWriter)((0, rotation_1.withMembers)(s, cd), doc, cd, [], env.now.toISOString()), changed: true })), step.opId);
            },
            [exports.MEETING_STEPS.reminders]: async (doc) => {
                await (0, reminders_1.rescheduleReminders)(ctx, doc.pk, doc, undefined);
            },
            [exports.MEETING_STEPS.post]: async (doc, step, env) => {
                // Posted before, and the id stored: nothing to send again.
                if (doc.activityId || doc.status === 'cancelled')
                    return;
                if (!env.context)
                    throw new outbox_1.StepNeedsTurn(step.step);
                const locale = (0, i18n_1.localeFrom)(postData.safeParse(step.data).data?.locale, deps.config.defaultLocale);
                const view = await (0, common_1.loadView)(ctx, doc.pk, doc);
                const response = await env.context.sendActivity({ attachments: [botbuilder_1.CardFactory.adaptiveCard((0, cards_1.invitationCard)(locale, view, { publicUrl: deps.config.publicUrl, now: deps.now() }))] });
                // Stored in the same write that removes the step, right after the post.
                const posted = response?.id;
                return posted ? (cur) => (cur.activityId ? cur : { ...cur, activityId: posted }) : undefined;
            },
        },
    };
}
//# sourceMappingURL=outbox.js.map