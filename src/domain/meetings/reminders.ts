import { z } from 'zod';
import { MEETING_TYPE_INFO, type MeetingType } from './types';

/**
 * When to remind people about a meeting and its referat. Pure: the caller schedules the result with the
 * reminder store, whose ids are these deterministic ids, so planning the same meeting again (or moving it)
 * replaces reminders instead of adding new ones.
 */

export type ReminderKind = 'before-meeting' | 'referat-due' | 'referat-followup' | 'referat-final';

export interface PlannedReminder {
  /** `${meetingId}:${kind}` (follow-ups add `:n`). */
  id: string;
  kind: ReminderKind;
  meetingId: string;
  dueAt: string;
  /** 1-based place in the follow-up schedule, for 'referat-followup' and 'referat-final'. */
  n?: number;
}

export interface ReminderMeeting {
  id: string;
  startUtc: string;
  endUtc: string;
  status?: 'scheduled' | 'cancelled';
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
export const DEFAULT_BEFORE_HOURS = 24;
export const DEFAULT_REFERAT_DUE_AFTER_HOURS = 2;
/**
 * Days after the meeting on which the writer is reminded again while the referat is not marked written:
 * the first few close together, then weekly. The last day is the end of the line: that message goes to the
 * coordinator instead, and nothing follows it. Configurable with REFERAT_FOLLOWUP_DAYS.
 */
export const DEFAULT_REFERAT_FOLLOWUP_DAYS: readonly number[] = [1, 3, 7, 14, 21, 28];
export const MAX_FOLLOWUPS = 10;
export const MAX_FOLLOWUP_DAY = 90;

/** 1–10 whole days, each 1–90 and later than the one before. */
export function validFollowUpDays(days: unknown): days is readonly number[] {
  return (
    Array.isArray(days) &&
    days.length >= 1 &&
    days.length <= MAX_FOLLOWUPS &&
    days.every((d, i) => Number.isInteger(d) && d >= 1 && d <= MAX_FOLLOWUP_DAY && (i === 0 || d > (days[i - 1] as number)))
  );
}

/** The REFERAT_FOLLOWUP_DAYS setting: "1,3,7,14,21,28". */
export const referatFollowUpDaysSchema = z.string().transform((text, ctx) => {
  const days = text.split(',').map((p) => (/^\s*\d{1,3}\s*$/.test(p) ? Number(p) : Number.NaN));
  if (validFollowUpDays(days)) return days;
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message: `must be 1–${MAX_FOLLOWUPS} whole numbers of days after the meeting (each 1–${MAX_FOLLOWUP_DAY}), increasing, separated by commas, e.g. ${DEFAULT_REFERAT_FOLLOWUP_DAYS.join(',')}`,
  });
  return z.NEVER;
});

/** A usable positive number of hours, else the default (options come from config and cards). */
function hours(v: number | undefined, fallback: number, max = 24 * 60): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= max ? v : fallback;
}

function instants(m: ReminderMeeting): { start: number; end: number } | undefined {
  const start = Date.parse(m.startUtc);
  const end = Date.parse(m.endUtc);
  return Number.isFinite(start) && Number.isFinite(end) ? { start, end } : undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function reminderId(meetingId: string, kind: ReminderKind, n?: number): string {
  return n === undefined ? `${meetingId}:${kind}` : `${meetingId}:${kind}:${n}`;
}

/**
 * The reminder before the meeting (to everyone invited) and the "time to write the referat" nudge to the
 * writer shortly after it ends. A cancelled meeting has none. With `now`, reminders already due are left out
 * (a meeting planned for tomorrow morning gets no "24 hours before" message in the past).
 */
export function remindersFor(
  meeting: ReminderMeeting,
  opts: { beforeHours?: number; referatDueAfterHours?: number; now?: Date } = {},
): PlannedReminder[] {
  const t = instants(meeting);
  if (!t || meeting.status === 'cancelled') return [];
  const out: PlannedReminder[] = [
    {
      id: reminderId(meeting.id, 'before-meeting'),
      kind: 'before-meeting',
      meetingId: meeting.id,
      dueAt: iso(t.start - hours(opts.beforeHours, DEFAULT_BEFORE_HOURS) * HOUR_MS),
    },
    {
      id: reminderId(meeting.id, 'referat-due'),
      kind: 'referat-due',
      meetingId: meeting.id,
      dueAt: iso(t.end + hours(opts.referatDueAfterHours, DEFAULT_REFERAT_DUE_AFTER_HOURS) * HOUR_MS),
    },
  ];
  const now = opts.now?.getTime();
  return now === undefined ? out : out.filter((r) => Date.parse(r.dueAt) > now);
}

export interface FollowUpOptions {
  /** The referat is written: no more follow-ups. */
  written?: boolean;
  /** Days after the end of the meeting (see DEFAULT_REFERAT_FOLLOWUP_DAYS); unusable values fall back to it. */
  days?: readonly number[];
}

/**
 * Follow-ups while the referat is not written, on each of `days` after the end of the meeting: to the writer,
 * except the last, which tells the coordinator that it is still not written and that the reminders stop there.
 * Returns the ones still to come after `now`; none once written or cancelled.
 */
export function referatFollowUps(meeting: ReminderMeeting, now: Date, opts: FollowUpOptions = {}): PlannedReminder[] {
  const t = instants(meeting);
  if (!t || meeting.status === 'cancelled' || opts.written) return [];
  const days = validFollowUpDays(opts.days) ? opts.days : DEFAULT_REFERAT_FOLLOWUP_DAYS;
  const out: PlannedReminder[] = [];
  days.forEach((d, i) => {
    const n = i + 1;
    const due = t.end + d * DAY_MS;
    if (due <= now.getTime()) return;
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
export function allReminderIds(meetingId: string, maxFollowUps: number = MAX_FOLLOWUPS): string[] {
  const n = Math.max(0, Math.min(MAX_FOLLOWUPS, Math.floor(maxFollowUps)));
  return [
    reminderId(meetingId, 'before-meeting'),
    reminderId(meetingId, 'referat-due'),
    ...Array.from({ length: n }, (_, i) => reminderId(meetingId, 'referat-followup', i + 1)),
    reminderId(meetingId, 'referat-final'),
  ];
}

/** `date` minus whole calendar months in UTC, clamped to the end of a shorter month (31 Aug -> 28/29 Feb). */
export function minusMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), daysInTarget));
  return target;
}

export const NUDGE_MONTHS = 6;

/**
 * The twice-a-year rule: true when the case has had no samarbeidsmøte or ansvarsgruppemøte (held or
 * planned, not cancelled) starting within the last six months, and none is planned ahead either.
 * A case younger than six months (`caseCreatedAt`) is not nudged yet.
 */
export function needsMeetingNudge(
  meetings: readonly { meetingType: MeetingType; startUtc: string; status?: 'scheduled' | 'cancelled' }[],
  now: Date,
  opts: { caseCreatedAt?: string; months?: number } = {},
): boolean {
  const months = typeof opts.months === 'number' && Number.isInteger(opts.months) && opts.months > 0 ? opts.months : NUDGE_MONTHS;
  const since = minusMonths(now, months).getTime();
  if (opts.caseCreatedAt !== undefined) {
    const created = Date.parse(opts.caseCreatedAt);
    if (Number.isFinite(created) && created > since) return false;
  }
  return !meetings.some(
    (m) =>
      m.status !== 'cancelled' &&
      MEETING_TYPE_INFO[m.meetingType]?.coordinationMeeting === true &&
      Date.parse(m.startUtc) >= since,
  );
}

/** `date` plus whole calendar months in UTC, clamped like minusMonths (31 Aug + 6 -> 28/29 Feb). */
export function plusMonths(date: Date, months: number): Date {
  return minusMonths(date, -months);
}

/** After the first nudge, how often the coordinator is nudged again while the case still has had no meeting. */
export const NUDGE_REPEAT_DAYS = 30;

type NudgeMeeting = { meetingType: MeetingType; startUtc: string; status?: 'scheduled' | 'cancelled' };

export interface NudgeCaseInfo {
  caseCreatedAt?: string;
  /** When the coordinator was decided: a case with a coordinator but no meeting is first checked six months later. */
  coordinatorSince?: string;
}

/**
 * When the case first breaks the twice-a-year rule if nothing changes: six months after the latest of its last
 * coordination meeting (held or planned, not cancelled), its creation and the coordinator being decided.
 * Undefined when none of them is known.
 */
export function firstNudgeAt(meetings: readonly NudgeMeeting[], info: NudgeCaseInfo): Date | undefined {
  const anchors = [
    ...meetings.filter((m) => m.status !== 'cancelled' && MEETING_TYPE_INFO[m.meetingType]?.coordinationMeeting === true).map((m) => Date.parse(m.startUtc)),
    Date.parse(info.caseCreatedAt ?? ''),
    Date.parse(info.coordinatorSince ?? ''),
  ].filter(Number.isFinite);
  return anchors.length ? plusMonths(new Date(Math.max(...anchors)), NUDGE_MONTHS) : undefined;
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
export function planNudgeCheck(meetings: readonly NudgeMeeting[], now: Date, info: NudgeCaseInfo): { nudge: boolean; nextAt: string } | undefined {
  const first = firstNudgeAt(meetings, info)?.getTime();
  if (first === undefined) return undefined;
  const t = now.getTime();
  if (t < first) return { nudge: false, nextAt: iso(first) };
  const every = NUDGE_REPEAT_DAYS * DAY_MS;
  const next = first + (Math.floor((t - first) / every) + 1) * every;
  // From the first point on the rule is broken by construction: no coordination meeting (held or planned) for
  // six months, and the case and its coordinator are older than that.
  return { nudge: true, nextAt: iso(next) };
}

/**
 * The case's twice-a-year check a meeting plans: six months after a coordination meeting that takes place
 * (when it comes, it looks at the whole case again, see planNudgeCheck). Undefined for other meetings, and
 * with `now`, for a check already due.
 */
export function caseCheckAfter(meeting: { meetingType: MeetingType; startUtc: string; status?: 'scheduled' | 'cancelled' }, now?: Date): string | undefined {
  if (meeting.status === 'cancelled' || !MEETING_TYPE_INFO[meeting.meetingType].coordinationMeeting) return undefined;
  const start = new Date(meeting.startUtc);
  if (!Number.isFinite(start.getTime())) return undefined;
  const dueAt = plusMonths(start, NUDGE_MONTHS).toISOString();
  return !now || Date.parse(dueAt) > now.getTime() ? dueAt : undefined;
}
