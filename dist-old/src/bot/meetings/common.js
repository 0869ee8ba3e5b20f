"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingRefSchema = exports.meetingIdSchema = void 0;
exports.makeCtx = makeCtx;
exports.typeName = typeName;
exports.loadView = loadView;
exports.personName = personName;
exports.currentRsvps = currentRsvps;
exports.absentIds = absentIds;
exports.icsUrl = icsUrl;
const zod_1 = require("zod");
const cardActions_1 = require("../cardActions");
const cases_1 = require("../../store/cases");
const meetings_1 = require("../../store/meetings");
const referat_1 = require("../../store/referat");
const reminders_1 = require("../../store/reminders");
const conversations_1 = require("../../store/conversations");
const meetings_2 = require("../../domain/meetings");
function makeCtx(deps) {
    return {
        deps,
        cases: new cases_1.CaseRepository(deps.store, deps.logger),
        meetings: new meetings_1.MeetingRepository(deps.store),
        referat: new referat_1.ReferatRepository(deps.store),
        reminders: new reminders_1.ReminderRepository(deps.store),
        conversations: new conversations_1.ConversationRepository(deps.store),
    };
}
exports.meetingIdSchema = zod_1.z.string().regex(/^[a-f0-9]{16,64}$/);
exports.meetingRefSchema = zod_1.z.object({ meetingId: exports.meetingIdSchema, cardVersion: cardActions_1.cardVersionSchema.optional() });
function typeName(type, locale) {
    return meetings_2.MEETING_TYPE_INFO[type].label[locale].replace(/\s*\(.*\)$/, '');
}
async function loadView(ctx, owner, meeting) {
    const [rsvps, rotation, caseDoc] = await Promise.all([
        ctx.meetings.rsvps(owner, meeting.meetingId),
        ctx.referat.get(owner, meeting.caseRef),
        ctx.cases.get(owner, meeting.caseRef),
    ]);
    return { meeting, rsvps, rotation, caseDoc };
}
/** Display name of a person, from the meeting's people, then the case; an id is never shown. */
function personName(view, aadObjectId) {
    return (view.meeting.people.find((p) => p.aadObjectId === aadObjectId)?.name ??
        view.caseDoc?.members.find((m) => m.aadObjectId === aadObjectId)?.name ??
        '—');
}
/** Answers given for the meeting's current time and place; older ones are shown apart and asked again. */
function currentRsvps(meeting, rsvps) {
    return rsvps.filter((r) => (0, meetings_2.isCurrentAnswer)(r.sequence, meeting.answersFrom));
}
/** Who said "kommer ikke" to the meeting as it is now: they are passed over for the referat. */
function absentIds(meeting, rsvps) {
    return currentRsvps(meeting, rsvps)
        .filter((r) => r.answer === 'no')
        .map((r) => r.aadObjectId);
}
/**
 * The calendar file of the meeting. The version in the query is ignored by the route; it makes the link of
 * each change a new address, so a browser or mail client does not hand out a cached older file.
 */
function icsUrl(publicUrl, meeting) {
    return `${publicUrl.replace(/\/+$/, '')}/ics/${meeting.icsToken}?v=${meeting.sequence}`;
}
//# sourceMappingURL=common.js.map