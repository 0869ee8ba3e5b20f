"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handleReferatAction = handleReferatAction;
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const cases_1 = require("../../store/cases");
const app_1 = require("../app");
const cardResponses_1 = require("../cardResponses");
const turn_1 = require("../turn");
const common_1 = require("../meetings/common");
const cardActions_1 = require("../cardActions");
const invitation_1 = require("../meetings/invitation");
const reminders_1 = require("../meetings/reminders");
const rotation_1 = require("./rotation");
const skipSchema = zod_1.z.object({ reason: zod_1.z.enum(meetings_1.USER_SKIP_REASONS) });
async function handleReferatAction(context, ctx, verb) {
    const found = await (0, invitation_1.pressedMeeting)(context, ctx);
    if (!found)
        return;
    const { meeting, owner, locale } = found;
    const actor = (0, turn_1.actorId)(context);
    const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
    // Membership first: nobody outside the case changes the rotation.
    if (!actor || !caseDoc || !(0, cases_1.isCaseMember)(caseDoc, actor))
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
    if (caseDoc.members.find((m) => m.aadObjectId === actor)?.role === 'family')
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.referat.notProfessional'));
    if (meeting.status === 'cancelled' || (found.cardVersion !== undefined && found.cardVersion < meeting.sequence)) {
        return (0, invitation_1.answerWithCard)(context, ctx, owner, meeting, locale, false);
    }
    // The referent is someone at the meeting: a case member who was not invited cannot take it on.
    if (verb === 'volunteer' && !meeting.invitees.includes(actor) && meeting.coordinator.aadObjectId !== actor) {
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.referat.notInvited'));
    }
    const now = ctx.deps.now();
    if (verb === 'written' && Date.parse(meeting.startUtc) > now.getTime())
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.referat.notYet'));
    let reason;
    if (verb === 'skip') {
        const parsed = skipSchema.safeParse((0, cardActions_1.actionData)(context));
        if (!parsed.success)
            return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.card.skipReason'));
        reason = parsed.data.reason;
    }
    const at = now.toISOString();
    const guard = (0, rotation_1.roleGuard)(caseDoc);
    const absent = (0, common_1.absentIds)(meeting, await ctx.meetings.rsvps(owner, meeting.meetingId));
    const invited = new Set(meeting.invitees);
    const step = (s0) => {
        const s = (0, rotation_1.withMembers)(s0, caseDoc);
        const excluded = s.order.filter((id) => !invited.has(id));
        switch (verb) {
            case 'volunteer':
                return (0, meetings_1.volunteer)(s, meeting.meetingId, actor, { at, guard });
            case 'swap':
                return (0, meetings_1.swap)(s, meeting.meetingId, actor, { at, absent, excluded });
            case 'written':
                return (0, meetings_1.markWritten)(s, meeting.meetingId, actor, { at, guard });
            case 'skip': {
                const r = (0, meetings_1.skip)(s, meeting.meetingId, actor, reason, { at, guard });
                return r.ok ? { ok: true, state: (0, rotation_1.settleWriter)(r.state, meeting, caseDoc, absent, at), changed: true } : r;
            }
        }
    };
    const outcome = await ctx.referat.update(owner, meeting.caseRef, (doc) => (0, rotation_1.rotationMutation)(doc, step), context.activity.id);
    const log = (0, app_1.turnLogger)(context, ctx.deps.logger);
    if (!outcome.result.ok) {
        log.info('referat.refused', { verb, code: outcome.result.error.code });
        return (0, cardResponses_1.respondWithMessage)(context, locale === 'en' ? outcome.result.error.messageEn : outcome.result.error.messageNb);
    }
    log.info('referat.action', { verb, meetingId: meeting.meetingId, written: outcome.written, duplicate: outcome.duplicate });
    if (verb === 'written' && outcome.written)
        await (0, reminders_1.cancelReferatReminders)(ctx, owner, meeting);
    const view = outcome.written ? await (0, invitation_1.updateSharedSettled)(context, ctx, owner, meeting, locale) : undefined;
    if (view)
        return (0, cardResponses_1.respondWithCard)(context, (0, invitation_1.cardFor)(ctx, locale, view), { updateShared: false });
    return (0, invitation_1.answerWithCard)(context, ctx, owner, meeting, locale, false);
}
//# sourceMappingURL=actions.js.map