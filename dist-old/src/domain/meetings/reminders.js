"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NUDGE_REPEAT_DAYS = exports.NUDGE_MONTHS = exports.referatFollowUpDaysSchema = exports.MAX_FOLLOWUP_DAY = exports.MAX_FOLLOWUPS = exports.DEFAULT_REFERAT_FOLLOWUP_DAYS = exports.DEFAULT_REFERAT_DUE_AFTER_HOURS = exports.DEFAULT_BEFORE_HOURS = void 0;
exports.validFollowUpDays = validFollowUpDays;
exports.reminderId = reminderId;
exports.remindersFor = remindersFor;
exports.referatFollowUps = referatFollowUps;
exports.allReminderIds = allReminderIds;
exports.minusMonths = minusMonths;
exports.needsMeetingNudge = needsMeetingNudge;
exports.plusMonths = plusMonths;
exports.firstNudgeAt = firstNudgeAt;
exports.planNudgeCheck = planNudgeCheck;
const zod_1 = require("zod");
const types_1 = require("./types");
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
exports.DEFAULT_BEFORE_HOURS = 24;
exports.DEFAULT_REFERAT_DUE_AFTER_HOURS = 2;
/**
 * Days after the meeting on which the writer is reminded again while the referat is not marked written:
 * the first few close together, then weekly. The last day is the end of the line: that message goes to the
 * coordinator instead, and nothing follows it. Configurable with REFERAT_FOLLOWUP_DAYS.
 */
exports.DEFAULT_REFERAT_FOLLOWUP_DAYS = [1, 3, 7, 14, 21, 28];
exports.MAX_FOLLOWUPS = 10;
exports.MAX_FOLLOWUP_DAY = 90;
/** 1–10 whole days, each 1–90 and later than the one before. */
function validFollowUpDays(days) {
    return (Array.isArray(days) &&
        days.length >= 1 &&
        days.length <= exports.MAX_FOLLOWUPS &&
        days.every((d, i) => Number.isInteger(d) && d >= 1 && d <= exports.MAX_FOLLOWUP_DAY && (i === 0 || d > days[i - 1])));
}
/** The REFERAT_FOLLOWUP_DAYS setting: "1,3,7,14,21,28". */
exports.referatFollowUpDaysSchema = zod_1.z.string().transform((text, ctx) => {
    const days = text.split(',').map((p) => (/^\s*\d{1,3}\s*$/.test(p) ? Number(p) : Number.NaN));
    if (validFollowUpDays(days))
        return days;
    ctx.addIssue({
        code: zod_1.z.ZodIssueCode.custom,
        message: `must be 1–${exports.MAX_FOLLOWUPS} whole numbers of days after the meeting (each 1–${exports.MAX_FOLLOWUP_DAY}), increasing, separated by commas, e.g. ${exports.DEFAULT_REFERAT_FOLLOWUP_DAYS.join(',')}`,
    });
    return zod_1.z.NEVER;
});
/** A usable positive number of hours, else the default (options come from config and cards). */
function hours(v, fallback, max = 24 * 60) {
    return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= max ? v : fallback;
}
function instants(m) {
    const start = Date.parse(m.startUtc);
    const end = Date.parse(m.endUtc);
    return Number.isFinite(start) && Number.isFinite(end) ? { start, end } : undefined;
}
const iso = (ms) => new Date(ms).toISOString();
function reminderId(meetingId, kind, n) {
    return n === undefined ? `${meetingId}:${kind}` : `${meetingId}:${kind}:${n}`;
}
/**
 * The reminder before the meeting (to everyone invited) and the "time to write the referat" nudge to the
 * writer shortly after it ends. A cancelled meeting has none. With `now`, reminders already due are left out
 * (a meeting planned for tomorrow morning gets no "24 hours before" message in the past).
 */
function remindersFor(meeting, opts = {}) {
    const t = instants(meeting);
    if (!t || meeting.status === 'cancelled')
        return [];
    const out = [
        {
            id: reminderId(meeting.id, 'before-meeting'),
            kind: 'before-meeting',
            meetingId: meeting.id,
            dueAt: iso(t.start - hours(opts.beforeHours, exports.DEFAULT_BEFORE_HOURS) * HOUR_MS),
        },
        {
            id: reminderId(meeting.id, 'referat-due'),
            kind: 'referat-due',
            meetingId: meeting.id,
            dueAt: iso(t.end + hours(opts.referatDueAfterHours, exports.DEFAULT_REFERAT_DUE_AFTER_HOURS) * HOUR_MS),
        },
    ];
    const now = opts.now?.getTime();
    return now === undefined ? out : out.filter((r) => Date.parse(r.dueAt) > now);
}
/**
 * Follow-ups while the referat is not written, on each of `days` after the end of the meeting: to the writer,
 * except the last, which tells the coordinator that it is still not written and that the reminders stop there.
 * Returns the ones still to come after `now`; none once written or cancelled.
 */
function referatFollowUps(meeting, now, opts = {}) {
    const t = instants(meeting);
    if (!t || meeting.status === 'cancelled' || opts.written)
        return [];
    const days = validFollowUpDays(opts.days) ? opts.days : exports.DEFAULT_REFERAT_FOLLOWUP_DAYS;
    const out = [];
    days.forEach((d, i) => {
        const n = i + 1;
        const due = t.end + d * DAY_MS;
        if (due <= now.getTime())
            return;
        const final = n === days.length;
        out.push({
            id: final ? reminderId(meeting.id, 'referat-final') : reminderId(meeting.id, 'referat-followup', n),
            kind: final ? 'referat-final' : 'referat-followup',
            meetingId: meeting.id,
            dueAt: iso(due),
            n,
        });
    });
    return out;
}
/** Every id a meeting's reminders can have, for cancelling them all when the meeting is cancelled. */
function allReminderIds(meetingId, maxFollowUps = exports.MAX_FOLLOWUPS) {
    const n = Math.max(0, Math.min(exports.MAX_FOLLOWUPS, Math.floor(maxFollowUps)));
    return [
        reminderId(meetingId, 'before-meeting'),
        reminderId(meetingId, 'referat-due'),
        ...Array.from({ length: n }, (_, i) => reminderId(meetingId, 'referat-followup', i + 1)),
        reminderId(meetingId, 'referat-final'),
    ];
}
/** `date` minus whole calendar months in UTC, clamped to the end of a shorter month (31 Aug -> 28/29 Feb). */
function minusMonths(date, months) {
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() - months;
    const target = new Date(Date.UTC(y, m, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
    const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), daysInTarget));
    return target;
}
exports.NUDGE_MONTHS = 6;
/**
 * The twice-a-year rule: true when the case has had no samarbeidsmøte or ansvarsgruppemøte (held or
 * planned, not cancelled) starting within the last six months, and none is planned ahead either.
 * A case younger than six months (`caseCreatedAt`) is not nudged yet.
 */
function needsMeetingNudge(meetings, now, opts = {}) {
    const months = typeof opts.months === 'number' && Number.isInteger(opts.months) && opts.months > 0 ? opts.months : exports.NUDGE_MONTHS;
    const since = minusMonths(now, months).getTime();
    if (opts.caseCreatedAt !== undefined) {
        const created = Date.parse(opts.caseCreatedAt);
        if (Number.isFinite(created) && created > since)
            return false;
    }
    return !meetings.some((m) => m.status !== 'cancelled' &&
        types_1.MEETING_TYPE_INFO[m.meetingType]?.coordinationMeeting === true &&
        Date.parse(m.startUtc) >= since);
}
/** `date` plus whole calendar months in UTC, clamped like minusMonths (31 Aug + 6 -> 28/29 Feb). */
function plusMonths(date, months) {
    return minusMonths(date, -months);
}
/** After the first nudge, how often the coordinator is nudged again while the case still has had no meeting. */
exports.NUDGE_REPEAT_DAYS = 30;
/**
 * When the case first breaks the twice-a-year rule if nothing changes: six months after the latest of its last
 * coordination meeting (held or planned, not cancelled), its creation and the coordinator being decided.
 * Undefined when none of them is known.
 */
function firstNudgeAt(meetings, info) {
    const anchors = [
        ...meetings.filter((m) => m.status !== 'cancelled' && types_1.MEETING_TYPE_INFO[m.meetingType]?.coordinationMeeting === true).map((m) => Date.parse(m.startUtc)),
        Date.parse(info.caseCreatedAt ?? ''),
        Date.parse(info.coordinatorSince ?? ''),
    ].filter(Number.isFinite);
    return anchors.length ? plusMonths(new Date(Math.max(...anchors)), exports.NUDGE_MONTHS) : undefined;
}
/**
 * What a twice-a-year check that runs at `now` should do: nudge or not, and when to check next.
 *
 * The checks of one case lie on one grid: `firstNudgeAt`, then every NUDGE_REPEAT_DAYS days. Every check,
 * whatever scheduled it (a meeting, the coordinator being decided, an earlier check), computes the next point
 * from the case as it is now, so several checks of one case end up at the same instant (one reminder id) instead
 * of nudging the coordinator on their own schedules. Before the first point nothing is sent; from it on the
 * coordinator is nudged at every point, until a meeting is held or planned, which moves the first point on.
 */
function planNudgeCheck(meetings, now, info) {
    const first = firstNudgeAt(meetings, info)?.getTime();
    if (first === undefined)
        return undefined;
    const t = now.getTime();
    if (t < first)
        return { nudge: false, nextAt: iso(first) };
    const every = exports.NUDGE_REPEAT_DAYS * DAY_MS;
    const next = first + (Math.floor((t - first) / every) + 1) * every;
    // From the first point on the rule is broken by construction: no coordination meeting (held or planned) for
    // six months, and the case and its coordinator are older than that.
    return { nudge: true, nextAt: iso(next) };
}
//# sourceMappingURL=reminders.js.map