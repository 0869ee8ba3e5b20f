"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reminderSettings = exports.REMINDER_KINDS = void 0;
exports.plannedReminders = plannedReminders;
exports.rescheduleReminders = rescheduleReminders;
exports.cancelReferatReminders = cancelReferatReminders;
exports.mentionMessage = mentionMessage;
exports.registerReminderSenders = registerReminderSenders;
const botbuilder_1 = require("botbuilder");
const log_1 = require("../../log");
const cards_1 = require("./cards");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const reminders_1 = require("../../store/reminders");
const app_1 = require("../app");
const rotation_1 = require("../referat/rotation");
const common_1 = require("./common");
/**
 * Proactive reminders of a meeting: before it (to the invitees), the referat nudge and follow-ups to the writer
 * after it (the last one to the coordinator), and the twice-a-year check of the case. Reminder ids are
 * deterministic, so saving a meeting again moves them instead of adding new ones. Every sender re-reads the
 * store and stays silent when the reason for the reminder is gone.
 */
exports.REMINDER_KINDS = {
    before: 'meeting.before-meeting',
    referatDue: 'meeting.referat-due',
    followUp: 'meeting.referat-followup',
    referatFinal: 'meeting.referat-final',
    /** The twice-a-year check of a case (planned by meetings, by the coordinator being decided, and by itself). */
    caseNudge: reminders_1.CASE_NUDGE_KIND,
    /** Older per-meeting checks still in a store; handled like caseNudge. */
    nudge: 'meeting.nudge',
};
const KIND_OF = {
    'before-meeting': exports.REMINDER_KINDS.before,
    'referat-due': exports.REMINDER_KINDS.referatDue,
    'referat-followup': exports.REMINDER_KINDS.followUp,
    'referat-final': exports.REMINDER_KINDS.referatFinal,
};
const REFERAT_KINDS = new Set([exports.REMINDER_KINDS.referatDue, exports.REMINDER_KINDS.followUp, exports.REMINDER_KINDS.referatFinal]);
const reminderSettings = (ctx) => ({
    beforeHours: ctx.deps.config.reminderBeforeHours,
    followUpDays: ctx.deps.config.referatFollowUpDays ?? meetings_1.DEFAULT_REFERAT_FOLLOWUP_DAYS,
});
exports.reminderSettings = reminderSettings;
/** Every reminder this meeting has. Without `now` it includes past ones (used to cancel the old set). */
function plannedReminders(meeting, settings, now) {
    const m = { id: meeting.meetingId, startUtc: meeting.startUtc, endUtc: meeting.endUtc, status: meeting.status };
    const base = [...(0, meetings_1.remindersFor)(m, { beforeHours: settings.beforeHours, now }), ...(0, meetings_1.referatFollowUps)(m, now ?? new Date(0), { days: settings.followUpDays })].map((r) => ({
        id: r.id,
        kind: KIND_OF[r.kind],
        dueAt: r.dueAt,
        ...(r.n !== undefined ? { n: r.n } : {}),
    }));
    if (meeting.status !== 'cancelled' && meetings_1.MEETING_TYPE_INFO[meeting.meetingType].coordinationMeeting) {
        // The case's check six months after this meeting; when it comes, it looks at the whole case again.
        const dueAt = (0, meetings_1.plusMonths)(new Date(meeting.startUtc), meetings_1.NUDGE_MONTHS).toISOString();
        if (!now || Date.parse(dueAt) > now.getTime())
            base.push({ id: (0, reminders_1.caseNudgeReminder)(meeting.pk, meeting.caseRef, dueAt, '').id, kind: exports.REMINDER_KINDS.caseNudge, dueAt });
    }
    return base;
}
const storedId = (owner, r) => (r.kind === exports.REMINDER_KINDS.caseNudge ? r.id : (0, reminders_1.scopedReminderId)(owner, r.id));
/** Moves the reminders from `previous` (if any) to `meeting`; a cancelled meeting ends up with none. */
async function rescheduleReminders(ctx, owner, meeting, previous) {
    const now = ctx.deps.now();
    const settings = (0, exports.reminderSettings)(ctx);
    const next = meeting.status === 'cancelled' ? [] : plannedReminders(meeting, settings, now);
    const keep = new Set(next.map((r) => `${storedId(owner, r)}|${r.dueAt}`));
    let droppedCheck = false;
    if (previous) {
        for (const r of plannedReminders({ ...previous, status: 'scheduled' }, settings)) {
            if (keep.has(`${storedId(owner, r)}|${r.dueAt}`))
                continue;
            await ctx.reminders.cancel(storedId(owner, r), r.dueAt);
            if (r.kind === exports.REMINDER_KINDS.caseNudge)
                droppedCheck = true;
        }
    }
    for (const r of next) {
        if (r.kind === exports.REMINDER_KINDS.caseNudge) {
            await ctx.reminders.schedule((0, reminders_1.caseNudgeReminder)(owner, meeting.caseRef, r.dueAt, meeting.conversationId));
            continue;
        }
        await ctx.reminders.schedule({
            id: storedId(owner, r),
            kind: r.kind,
            dueAt: r.dueAt,
            conversationId: meeting.conversationId,
            payload: { owner, meetingId: meeting.meetingId, ...(r.n !== undefined ? { n: r.n } : {}) },
            caseRef: meeting.caseRef,
        });
    }
    if (droppedCheck && !next.some((r) => r.kind === exports.REMINDER_KINDS.caseNudge)) {
        // The meeting was cancelled (or is no longer a coordination meeting): the check it planned is gone, but the
        // case still needs one, planned from the meetings that remain.
        await scheduleCaseCheck(ctx, owner, meeting.caseRef, meeting.conversationId, now);
    }
}
/**
 * Plans the case's next twice-a-year check from the case as it is now (see planNudgeCheck), and says whether
 * the coordinator is due a nudge, with the case and its meetings as read for the plan.
 */
async function scheduleCaseCheck(ctx, owner, caseRef, conversationId, now) {
    const caseDoc = await ctx.cases.get(owner, caseRef);
    if (!caseDoc || caseDoc.status === 'closed')
        return undefined;
    const meetings = await ctx.meetings.list(owner, caseRef);
    const plan = (0, meetings_1.planNudgeCheck)(meetings, now, { caseCreatedAt: caseDoc.createdAt, coordinatorSince: caseDoc.coordinator?.since });
    if (!plan)
        return undefined;
    // Messages go where the case was last active.
    await ctx.reminders.schedule((0, reminders_1.caseNudgeReminder)(owner, caseRef, plan.nextAt, meetings[0]?.conversationId ?? conversationId));
    return { nudge: plan.nudge, caseDoc, meetings };
}
/** Follow-ups stop once the referat is written. */
async function cancelReferatReminders(ctx, owner, meeting) {
    for (const r of plannedReminders(meeting, (0, exports.reminderSettings)(ctx))) {
        if (REFERAT_KINDS.has(r.kind))
            await ctx.reminders.cancel(storedId(owner, r), r.dueAt);
    }
}
/** A text message that @mentions people who have a Teams id; the others are named in plain text. */
async function sendWithMentions(context, text, groups) {
    await context.sendActivity(mentionMessage(text, groups));
}
/**
 * The message itself: each `{token}` in `text` becomes its people's names, an @mention (with its entity) for
 * those with a Teams id, the plain name for the others, so the text reads well wherever a mention cannot render.
 */
function mentionMessage(text, groups) {
    const entities = [];
    const filled = new Map();
    for (const [token, people] of Object.entries(groups)) {
        const parts = people.map((p) => {
            if (!p.teamsId)
                return p.name;
            const at = `<at>${p.name}</at>`;
            entities.push({ type: 'mention', text: at, mentioned: { id: p.teamsId, name: p.name } });
            return at;
        });
        filled.set(token, parts.join(', '));
    }
    // One pass, so a name that happens to look like a token is never replaced itself.
    const activity = botbuilder_1.MessageFactory.text(text.replace(/\{\w+\}/g, (token) => filled.get(token) ?? token));
    activity.entities = entities;
    return activity;
}
/** A person of the meeting or the case, with their Teams id when known; never an id as a name. */
function personOf(meeting, caseDoc, aadObjectId) {
    const p = meeting?.people.find((x) => x.aadObjectId === aadObjectId) ?? caseDoc?.members.find((x) => x.aadObjectId === aadObjectId);
    if (p)
        return { name: p.name, ...(p.teamsId ? { teamsId: p.teamsId } : {}) };
    if (meeting?.coordinator.aadObjectId === aadObjectId)
        return meeting.coordinator;
    return { name: '—' };
}
const DAY_MS = 86_400_000;
/**
 * The shared invitation was drawn before the meeting, without "Referatet er skrevet". When the referat falls
 * due it is drawn again, so everyone has the button (a refresh only reaches the people Teams refreshes for).
 * A failure here costs only that: the reminder itself still goes out.
 */
async function showReferatButton(context, ctx, owner, meeting, locale) {
    if (!meeting.activityId)
        return;
    try {
        const card = (0, cards_1.invitationCard)(locale, await (0, common_1.loadView)(ctx, owner, meeting), { publicUrl: ctx.deps.config.publicUrl, now: ctx.deps.now() });
        const activity = botbuilder_1.MessageFactory.attachment(botbuilder_1.CardFactory.adaptiveCard(card));
        activity.id = meeting.activityId;
        await context.updateActivity(activity);
    }
    catch (err) {
        (0, app_1.turnLogger)(context, ctx.deps.logger).warn('meeting.shared_update_failed', (0, log_1.errorFields)(err));
    }
}
function registerReminderSenders(bot, ctx) {
    const load = async (reminder) => {
        const owner = String(reminder.payload.owner ?? '');
        const meetingId = String(reminder.payload.meetingId ?? '');
        const meeting = owner && meetingId ? await ctx.meetings.get(owner, meetingId) : undefined;
        return { owner, meeting };
    };
    bot.reminders.register(exports.REMINDER_KINDS.before, async (context, reminder, locale) => {
        const { meeting } = await load(reminder);
        if (!meeting || meeting.status === 'cancelled')
            return;
        // Sent late (the bot was stopped, or Teams refused it until now): after the start it would only confuse.
        if (ctx.deps.now().getTime() >= Date.parse(meeting.startUtc)) {
            (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.reminder_too_late', { kind: reminder.kind, meetingId: meeting.meetingId });
            return;
        }
        const people = meeting.invitees.map((id) => meeting.people.find((p) => p.aadObjectId === id) ?? { name: '—' });
        const text = (0, i18n_1.t)(locale, 'meetings.reminder.before', {
            type: (0, common_1.typeName)(meeting.meetingType, locale),
            ref: meeting.caseRef,
            time: (0, meetings_1.formatOsloRange)(meeting.startUtc, meeting.endUtc, locale),
            place: [meeting.place, meeting.onlineLink].filter(Boolean).join(' – '),
        });
        await sendWithMentions(context, text, { '{names}': people });
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.reminder_sent', { kind: reminder.kind, meetingId: meeting.meetingId });
    });
    for (const kind of [exports.REMINDER_KINDS.referatDue, exports.REMINDER_KINDS.followUp]) {
        bot.reminders.register(kind, async (context, reminder, locale) => {
            const { owner, meeting } = await load(reminder);
            if (!meeting || meeting.status === 'cancelled')
                return;
            const rotation = await ctx.referat.get(owner, meeting.caseRef);
            const w = (0, rotation_1.currentWriter)(rotation, meeting.meetingId);
            if (kind === exports.REMINDER_KINDS.referatDue)
                await showReferatButton(context, ctx, owner, meeting, locale);
            if (!w.writer || w.written)
                return;
            const writer = meeting.people.find((p) => p.aadObjectId === w.writer) ?? { name: (0, common_1.personName)({ meeting, caseDoc: await ctx.cases.get(owner, meeting.caseRef) }, w.writer) };
            const text = (0, i18n_1.t)(locale, kind === exports.REMINDER_KINDS.referatDue ? 'meetings.reminder.referatDue' : 'meetings.reminder.referatFollowup', {
                name: '{names}',
                type: (0, common_1.typeName)(meeting.meetingType, locale),
                ref: meeting.caseRef,
                time: (0, meetings_1.formatOslo)(meeting.startUtc, locale),
            });
            await sendWithMentions(context, text, { '{names}': [writer] });
        });
    }
    // The end of the follow-ups: the coordinator hears that the referat is still not marked written, and that the
    // bot stops reminding about it. Also when nobody took the referat at all.
    bot.reminders.register(exports.REMINDER_KINDS.referatFinal, async (context, reminder, locale) => {
        const { owner, meeting } = await load(reminder);
        if (!meeting || meeting.status === 'cancelled')
            return;
        const rotation = await ctx.referat.get(owner, meeting.caseRef);
        const w = (0, rotation_1.currentWriter)(rotation, meeting.meetingId);
        if (w.written)
            return;
        const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
        const days = Math.max(1, Math.round((Date.parse(reminder.dueAt) - Date.parse(meeting.endUtc)) / DAY_MS));
        const vars = { coordinator: '{names}', writer: '{writer}', type: (0, common_1.typeName)(meeting.meetingType, locale), ref: meeting.caseRef, time: (0, meetings_1.formatOslo)(meeting.startUtc, locale), days };
        const coordinator = personOf(meeting, caseDoc, meeting.coordinator.aadObjectId);
        if (w.writer) {
            await sendWithMentions(context, (0, i18n_1.t)(locale, 'meetings.reminder.referatFinal', vars), { '{names}': [coordinator], '{writer}': [personOf(meeting, caseDoc, w.writer)] });
        }
        else {
            await sendWithMentions(context, (0, i18n_1.t)(locale, 'meetings.reminder.referatFinalNoWriter', vars), { '{names}': [coordinator] });
        }
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.referat_final_sent', { meetingId: meeting.meetingId, hasWriter: !!w.writer });
    });
    const caseCheck = async (context, reminder, locale) => {
        const owner = String(reminder.payload.owner ?? '');
        let caseRef = typeof reminder.payload.caseRef === 'string' ? reminder.payload.caseRef : reminder.caseRef;
        let meeting;
        if (!caseRef) {
            meeting = (await load(reminder)).meeting;
            caseRef = meeting?.caseRef;
        }
        if (!owner || !caseRef)
            return;
        // The next check is stored before anything is sent: a send that fails is retried and plans the same one.
        const outcome = await scheduleCaseCheck(ctx, owner, caseRef, reminder.conversationId, ctx.deps.now());
        if (!outcome?.nudge)
            return;
        const { caseDoc, meetings } = outcome;
        const lastCoordination = meetings.find((m) => m.status !== 'cancelled' && meetings_1.MEETING_TYPE_INFO[m.meetingType].coordinationMeeting);
        const latest = lastCoordination ?? meetings[0];
        // The coordinator; without one (not decided yet, or a service without a named person), whoever called the
        // last meeting, else whoever made the case.
        const coordId = caseDoc.coordinator?.aadObjectId ?? latest?.coordinator.aadObjectId ?? caseDoc.createdBy;
        const person = personOf(latest, caseDoc, coordId);
        const key = lastCoordination ? 'meetings.reminder.nudge' : 'meetings.reminder.nudgeNever';
        await sendWithMentions(context, (0, i18n_1.t)(locale, key, { name: '{names}', ref: caseRef }), { '{names}': [person] });
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.nudge_sent', { caseRef });
    };
    bot.reminders.register(exports.REMINDER_KINDS.caseNudge, caseCheck);
    bot.reminders.register(exports.REMINDER_KINDS.nudge, caseCheck);
}
//# sourceMappingURL=reminders.js.map