import { MEETING_TYPE_INFO, type MeetingType } from './types';

/**
 * When to remind people about a meeting and its referat. Pure: the caller schedules the result with the
 * reminder store, whose ids are these deterministic ids, so planning the same meeting again (or moving it)
 * replaces reminders instead of adding new ones.
 */

export type ReminderKind = 'before-meeting' | 'referat-due' | 'referat-followup';

export interface PlannedReminder {
  /** `${meetingId}:${kind}` (follow-ups add `:n`). */
  id: string;
  kind: ReminderKind;
  meetingId: string;
  dueAt: string;
  /** 1-based number of the follow-up, for 'referat-followup' only. */
  n?: number;
}

export interface ReminderMeeting {
  id: string;
  startUtc: string;
  endUtc: string;
  status?: 'scheduled' | 'cancelled';
}

const HOUR_MS = 3_600_000;
export const DEFAULT_BEFORE_HOURS = 24;
export const DEFAULT_REFERAT_DUE_AFTER_HOURS = 2;
export const DEFAULT_FOLLOWUP_FIRST_AFTER_HOURS = 24;
export const DEFAULT_FOLLOWUP_EVERY_HOURS = 48;
export const DEFAULT_FOLLOWUP_MAX = 3;
export const MAX_FOLLOWUPS = 10;

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
  firstAfterHours?: number;
  everyHours?: number;
  maxCount?: number;
}

/**
 * Follow-ups to the writer while the referat is not written: `firstAfterHours` after the end (default one
 * day), then every `everyHours` (default two days), at most `maxCount` (default 3, never more than 10).
 * Returns the ones still to come after `now`; none once written or cancelled.
 */
export function referatFollowUps(meeting: ReminderMeeting, now: Date, opts: FollowUpOptions = {}): PlannedReminder[] {
  const t = instants(meeting);
  if (!t || meeting.status === 'cancelled' || opts.written) return [];
  const first = hours(opts.firstAfterHours, DEFAULT_FOLLOWUP_FIRST_AFTER_HOURS);
  const every = hours(opts.everyHours, DEFAULT_FOLLOWUP_EVERY_HOURS);
  const max =
    typeof opts.maxCount === 'number' && Number.isInteger(opts.maxCount) && opts.maxCount >= 0
      ? Math.min(opts.maxCount, MAX_FOLLOWUPS)
      : DEFAULT_FOLLOWUP_MAX;
  const out: PlannedReminder[] = [];
  for (let n = 1; n <= max; n++) {
    const due = t.end + (first + (n - 1) * every) * HOUR_MS;
    if (due > now.getTime()) {
      out.push({ id: reminderId(meeting.id, 'referat-followup', n), kind: 'referat-followup', meetingId: meeting.id, dueAt: iso(due), n });
    }
  }
  return out;
}

/** Every id a meeting's reminders can have, for cancelling them all when the meeting is cancelled. */
export function allReminderIds(meetingId: string, maxFollowUps: number = MAX_FOLLOWUPS): string[] {
  const n = Math.max(0, Math.min(MAX_FOLLOWUPS, Math.floor(maxFollowUps)));
  return [
    reminderId(meetingId, 'before-meeting'),
    reminderId(meetingId, 'referat-due'),
    ...Array.from({ length: n }, (_, i) => reminderId(meetingId, 'referat-followup', i + 1)),
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
