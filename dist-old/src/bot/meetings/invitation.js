"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cardFor = cardFor;
exports.pressedMeeting = pressedMeeting;
exports.answerWithCard = answerWithCard;
exports.updateSharedSettled = updateSharedSettled;
exports.handleRsvp = handleRsvp;
exports.handleView = handleView;
exports.handleEdit = handleEdit;
exports.handleCancel = handleCancel;
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const meetings_2 = require("../../store/meetings");
const app_1 = require("../app");
const log_1 = require("../../log");
const cardResponses_1 = require("../cardResponses");
const roster_1 = require("../roster");
const turn_1 = require("../turn");
const groupCommit_1 = require("../../groupCommit");
const rotation_1 = require("../referat/rotation");
const cards_1 = require("./cards");
const common_1 = require("./common");
const cardActions_1 = require("../cardActions");
const form_1 = require("./form");
const reminders_1 = require("./reminders");
const announce_1 = require("./announce");
/** Presses on the invitation card: RSVP, refresh, edit, cancel. */
function cardFor(ctx, locale, view) {
    return (0, cards_1.invitationCard)(locale, view, { publicUrl: ctx.deps.config.publicUrl, now: ctx.deps.now() });
}
/** Parses the press and finds the meeting; answers the press itself when it cannot go on. */
async function pressedMeeting(context, ctx) {
    const locale = (0, turn_1.turnLocale)(context, ctx.deps.config.defaultLocale);
    const parsed = common_1.meetingRefSchema.safeParse((0, cardActions_1.actionData)(context));
    if (!parsed.success) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
        return undefined;
    }
    const owner = (0, turn_1.ownerScope)(context);
    const meeting = await ctx.meetings.get(owner, parsed.data.meetingId);
    if (!meeting) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.notFound'));
        return undefined;
    }
    return { meeting, owner, locale, cardVersion: parsed.data.cardVersion };
}
/** Answers with the current card; only a manual press that changed something updates the shared message. */
async function answerWithCard(context, ctx, owner, meeting, locale, updateShared) {
    const view = await (0, common_1.loadView)(ctx, owner, meeting);
    await (0, cardResponses_1.respondWithCard)(context, cardFor(ctx, locale, view), { updateShared: updateShared && !(0, cardActions_1.isAutomatic)(context) });
}
const tallyKey = (view) => JSON.stringify([view.meeting.sequence, view.meeting.status, view.rsvps.map((r) => `${r.aadObjectId}:${r.answer}:${r.sequence ?? 0}`).sort(), view.rotation?.history.length ?? 0, view.rotation?.history.at(-1)]);
/**
 * Updates the shared message after a change, then looks again: when presses landed meanwhile, the card is
 * built and sent again, so the last update anyone makes shows every stored answer (bounded, so a storm cannot
 * loop forever). Changes to one invitation are settled in groups (src/groupCommit.ts): a crowd answering at
 * once shares one round of reads and updates instead of each press updating the message on its own. Call it
 * after the change is stored; the view it returns shows that change.
 */
async function updateSharedSettled(context, ctx, owner, meeting, locale) {
    let group = settleGroups.get(ctx);
    if (!group) {
        group = new groupCommit_1.GroupCommit((_key, jobs) => settle(ctx, jobs));
        settleGroups.set(ctx, group);
    }
    // The group does the store work for everyone waiting here; see positions.ts for why the slot is given up.
    (0, turn_1.releaseTurnSlot)(context);
    return group.submit(`${owner}\u0000${meeting.meetingId}`, { context, owner, meeting, locale });
}
const settleGroups = new WeakMap();
async function settle(ctx, jobs) {
    // The latest copy any press read; a change to the meeting itself (edit, cancel) shows up in the re-check below.
    const { owner, meeting } = jobs[jobs.length - 1];
    let view = await (0, common_1.loadView)(ctx, owner, meeting);
    const putter = [...jobs].reverse().find((j) => !(0, cardActions_1.isAutomatic)(j.context) && j.context.activity.replyToId);
    if (putter) {
        for (let round = 0; round < 5; round++) {
            try {
                await (0, cardResponses_1.updateSharedCard)(putter.context, cardFor(ctx, putter.locale, view));
            }
            catch (err) {
                // Every answer is stored and each presser gets the current card back; the shared message catches up on
                // the next press or when someone opens it (the card refreshes itself). Not worth an error to the group.
                (0, app_1.turnLogger)(putter.context, ctx.deps.logger).warn('meeting.shared_update_failed', (0, log_1.errorFields)(err));
                break;
            }
            const again = await (0, common_1.loadView)(ctx, owner, (await ctx.meetings.get(owner, meeting.meetingId)) ?? view.meeting);
            if (tallyKey(again) === tallyKey(view))
                break;
            view = again;
        }
    }
    return jobs.map(() => view);
}
const rsvpSchema = zod_1.z.object({ answer: zod_1.z.enum(meetings_2.RSVP_ANSWERS) });
const rsvpGroups = new WeakMap();
/**
 * One person's presses on one invitation that arrive together are written in one go, in arrival order: every
 * press's id is recorded (also a repeat), and without grouping a burst of repeats would queue on the answer's
 * ETag one by one.
 */
function pressRsvp(ctx, job) {
    let group = rsvpGroups.get(ctx);
    if (!group) {
        group = new groupCommit_1.GroupCommit(async (_key, jobs) => {
            const { owner, meeting, actor } = jobs[0];
            return (await ctx.meetings.setRsvps(owner, meeting, actor, jobs.map((j) => j.press))).result.statuses;
        });
        rsvpGroups.set(ctx, group);
    }
    return group.submit(`${job.owner}\u0000${job.meeting.meetingId}\u0000${job.actor}`, job);
}
async function handleRsvp(context, ctx) {
    const found = await pressedMeeting(context, ctx);
    if (!found)
        return;
    const { meeting, owner, locale } = found;
    const actor = (0, turn_1.actorId)(context);
    const log = (0, app_1.turnLogger)(context, ctx.deps.logger);
    if (!actor || !(0, cards_1.responders)({ meeting }).includes(actor)) {
        log.info('meeting.rsvp_refused', { meetingId: meeting.meetingId });
        return (0, cardResponses_1.respondWithMessage)(context, `${(0, i18n_1.t)(locale, 'error.notMember')} ${(0, i18n_1.t)(locale, 'meetings.rsvp.notInvited')}`);
    }
    if (meeting.status === 'cancelled')
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.rsvp.cancelled'));
    const answer = rsvpSchema.safeParse((0, cardActions_1.actionData)(context));
    if (!answer.success)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
    if (found.cardVersion !== undefined && found.cardVersion < meeting.sequence)
        return answerWithCard(context, ctx, owner, meeting, locale, false);
    if ((0, cardActions_1.isAutomatic)(context))
        return answerWithCard(context, ctx, owner, meeting, locale, false);
    const now = ctx.deps.now().toISOString();
    const opId = context.activity.id;
    const status = await pressRsvp(ctx, { owner, meeting, actor, press: { answer: answer.data.answer, at: now, opId } });
    // A repeated answer is recorded too (its activity id only, see setRsvps) but changes nothing anyone sees.
    const changed = status === 'applied';
    log.info('meeting.rsvp', { meetingId: meeting.meetingId, written: changed, duplicate: status === 'duplicate' });
    // "Kommer ikke" from the writer hands the referat on to the next in line among those coming. Any other change
    // of answer settles the writer too when the meeting has none (e.g. everyone had said "kommer ikke" and one
    // now comes); with a writer in place it costs one read and changes nothing.
    const leaving = answer.data.answer === 'no';
    if (changed && (leaving || !(0, rotation_1.currentWriter)(await ctx.referat.get(owner, meeting.caseRef), meeting.meetingId).writer)) {
        const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
        if (caseDoc) {
            const absent = (0, common_1.absentIds)(meeting, await ctx.meetings.rsvps(owner, meeting.meetingId));
            await ctx.referat.update(owner, meeting.caseRef, (doc) => (0, rotation_1.rotationMutation)(doc, (s) => {
                const r = leaving ? (0, meetings_1.release)((0, rotation_1.withMembers)(s, caseDoc), meeting.meetingId, actor, { at: now }) : { ok: true, state: (0, rotation_1.withMembers)(s, caseDoc) };
                if (!r.ok)
                    return r;
                return { ok: true, state: (0, rotation_1.settleWriter)(r.state, meeting, caseDoc, absent, now), changed: true };
            }), opId);
        }
    }
    const view = changed ? await updateSharedSettled(context, ctx, owner, meeting, locale) : await (0, common_1.loadView)(ctx, owner, meeting);
    await (0, cardResponses_1.respondWithCard)(context, cardFor(ctx, locale, view), { updateShared: false });
}
/** Automatic refresh and "back": show the current card, never write, never update the shared message. */
async function handleView(context, ctx) {
    const found = await pressedMeeting(context, ctx);
    if (!found)
        return;
    return answerWithCard(context, ctx, found.owner, found.meeting, found.locale, false);
}
async function handleEdit(context, ctx) {
    const found = await pressedMeeting(context, ctx);
    if (!found)
        return;
    const { meeting, owner, locale } = found;
    if ((0, turn_1.actorId)(context) !== meeting.coordinator.aadObjectId)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.onlyCoordinator', { name: meeting.coordinator.name }));
    if (meeting.status === 'cancelled' || (found.cardVersion !== undefined && found.cardVersion < meeting.sequence))
        return answerWithCard(context, ctx, owner, meeting, locale, false);
    const members = await (0, roster_1.conversationMembers)(context).catch(() => []);
    return (0, cardResponses_1.respondWithCard)(context, (0, form_1.editFormCard)(locale, meeting, members, ctx.deps.now()), { updateShared: false });
}
async function handleCancel(context, ctx) {
    const found = await pressedMeeting(context, ctx);
    if (!found)
        return;
    const { meeting, owner, locale } = found;
    if ((0, turn_1.actorId)(context) !== meeting.coordinator.aadObjectId)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.onlyCoordinator', { name: meeting.coordinator.name }));
    if (found.cardVersion !== undefined && found.cardVersion < meeting.sequence)
        return answerWithCard(context, ctx, owner, meeting, locale, false);
    const now = ctx.deps.now().toISOString();
    const outcome = await ctx.meetings.update(owner, meeting.meetingId, (cur) => {
        if (!cur || cur.status === 'cancelled')
            return { kind: 'unchanged', result: undefined };
        const next = (0, meetings_1.cancelMeeting)({ ...cur, id: cur.meetingId });
        return { kind: 'write', doc: { ...cur, status: next.status, sequence: next.sequence, updatedAt: now }, result: undefined };
    }, context.activity.id);
    const saved = outcome.doc ?? meeting;
    if (saved.status === 'cancelled' && (outcome.written || outcome.duplicate)) {
        // A meeting that does not take place is nobody's turn: the pending writer keeps their place in the queue.
        // Also on a re-delivery, in case the first delivery stopped before this (withdrawing twice changes nothing).
        await ctx.referat.update(owner, saved.caseRef, (doc) => (0, rotation_1.rotationMutation)(doc, (s) => (0, meetings_1.withdraw)(s, saved.meetingId)), context.activity.id);
    }
    if (outcome.written) {
        await (0, reminders_1.rescheduleReminders)(ctx, owner, saved, meeting);
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.cancelled', { meetingId: saved.meetingId });
    }
    await answerWithCard(context, ctx, owner, saved, locale, outcome.written);
    // Its own step: the AVLYST card notifies nobody, so the invitees are told in the thread, with the .ics
    // that takes the meeting out of their calendars. Also on a re-delivery of the same press, in case the first
    // delivery stopped before this: a message twice is better than none.
    if (outcome.written || (outcome.duplicate && saved.status === 'cancelled'))
        await (0, announce_1.announceChange)(context, ctx, saved, locale);
}
//# sourceMappingURL=invitation.js.map