"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.announceChange = announceChange;
exports.changeText = changeText;
const botbuilder_1 = require("botbuilder");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const app_1 = require("../app");
const common_1 = require("./common");
const reminders_1 = require("./reminders");
/**
 * The short message in the invitation's thread after a change of time or place, or a cancellation. Updating
 * the card tells nobody in Teams: this message mentions the invitees, says what changed and links the .ics
 * again (same UID, higher SEQUENCE; METHOD:CANCEL once cancelled) so calendars can be brought up to date.
 *
 * One step on its own, called after the meeting is stored, so it can run again from a retry or an outbox.
 */
async function announceChange(context, ctx, meeting, locale) {
    const text = changeText(meeting, locale, ctx.deps.config.publicUrl);
    if (!text)
        return;
    const invitees = meeting.invitees.map((id) => meeting.people.find((p) => p.aadObjectId === id) ?? { name: '—' });
    await postInThread(context, meeting, (0, reminders_1.mentionMessage)(text, { '{names}': invitees }));
    (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.change_announced', { meetingId: meeting.meetingId, sequence: meeting.sequence, status: meeting.status });
}
/** The message with `{names}` where the invitees go; undefined when there is nothing to tell. */
function changeText(meeting, locale, publicUrl) {
    const vars = {
        names: '{names}',
        type: (0, common_1.typeName)(meeting.meetingType, locale),
        ref: meeting.caseRef,
        time: (0, meetings_1.formatOsloRange)(meeting.startUtc, meeting.endUtc, locale),
        url: (0, common_1.icsUrl)(publicUrl, meeting),
    };
    if (meeting.status === 'cancelled')
        return `${(0, i18n_1.t)(locale, 'meetings.announce.cancelled', vars)}\n\n${(0, i18n_1.t)(locale, 'meetings.announce.cancelledIcs', vars)}`;
    const change = meeting.lastChange;
    if (!change || change.sequence !== meeting.sequence)
        return undefined;
    const place = [meeting.place, meeting.onlineLink].filter((x) => !!x).join(' – ') || (0, i18n_1.t)(locale, 'meetings.announce.noPlace');
    const oldTime = (0, meetings_1.formatOsloRange)(change.previousStartUtc, change.previousEndUtc, locale);
    const moved = change.kinds.includes('time');
    const key = moved ? (change.kinds.includes('place') ? 'meetings.announce.timeAndPlace' : 'meetings.announce.time') : 'meetings.announce.place';
    const lines = [(0, i18n_1.t)(locale, key, { ...vars, oldTime, place })];
    if (moved)
        lines.push((0, i18n_1.t)(locale, 'meetings.announce.answerAgain'));
    lines.push((0, i18n_1.t)(locale, 'meetings.announce.ics', vars));
    return lines.join('\n\n');
}
/**
 * Posts in the conversation the invitation lives in. A press comes from that same conversation (in a channel,
 * its thread: the conversation id carries the thread's message id), so this is a reply in the thread; should
 * the ids differ, the stored one wins.
 */
async function postInThread(context, meeting, message) {
    if (!meeting.conversationId || meeting.conversationId === context.activity.conversation?.id) {
        await context.sendActivity(message);
        return;
    }
    const reference = botbuilder_1.TurnContext.getConversationReference(context.activity);
    const activity = botbuilder_1.TurnContext.applyConversationReference({ ...message }, { ...reference, conversation: { ...reference.conversation, id: meeting.conversationId } });
    delete activity.replyToId;
    await context.adapter.sendActivities(context, [activity]);
}
//# sourceMappingURL=announce.js.map