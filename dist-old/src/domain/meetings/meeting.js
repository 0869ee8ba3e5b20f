"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toMeeting = toMeeting;
exports.updateMeeting = updateMeeting;
exports.cancelMeeting = cancelMeeting;
exports.meetingChanges = meetingChanges;
exports.isCurrentAnswer = isCurrentAnswer;
function toMeeting(valid, id) {
    return { ...valid, id, sequence: 0, status: 'scheduled' };
}
const SAME_KEYS = [
    'meetingType',
    'caseRef',
    'date',
    'start',
    'end',
    'startUtc',
    'endUtc',
    'place',
    'onlineLink',
    'agenda',
    'invitees',
    'childInvited',
    'interpreterNeeded',
    'interpreterLanguage',
];
function sameDetails(a, b) {
    return SAME_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
/** New details for the same meeting. Submitting the same form twice changes nothing (no new SEQUENCE). */
function updateMeeting(meeting, valid) {
    if (meeting.status === 'scheduled' && sameDetails(meeting, valid))
        return meeting;
    return { ...valid, id: meeting.id, sequence: meeting.sequence + 1, status: 'scheduled' };
}
/** Cancels once; cancelling again returns the meeting unchanged. */
function cancelMeeting(meeting) {
    return meeting.status === 'cancelled' ? meeting : { ...meeting, sequence: meeting.sequence + 1, status: 'cancelled' };
}
function meetingChanges(before, after) {
    const out = [];
    if (before.startUtc !== after.startUtc || before.endUtc !== after.endUtc)
        out.push('time');
    if ((before.place ?? '') !== (after.place ?? '') || (before.onlineLink ?? '') !== (after.onlineLink ?? ''))
        out.push('place');
    return out;
}
/**
 * An answer counts for the meeting as it is now only when it was given at or after the last change of time
 * or place (`answersFrom`, a meeting version). Answers and meetings stored before versions were recorded
 * count as version 0, so they stay valid until the next such change.
 */
function isCurrentAnswer(answeredAtVersion, answersFrom) {
    return (answeredAtVersion ?? 0) >= (answersFrom ?? 0);
}
//# sourceMappingURL=meeting.js.map