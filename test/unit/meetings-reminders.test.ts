import { describe, it, expect } from 'vitest';
import {
  DEFAULT_REFERAT_FOLLOWUP_DAYS,
  NUDGE_REPEAT_DAYS,
  allReminderIds,
  firstNudgeAt,
  minusMonths,
  needsMeetingNudge,
  planNudgeCheck,
  plusMonths,
  referatFollowUpDaysSchema,
  referatFollowUps,
  remindersFor,
  type MeetingType,
} from '../../src/domain/meetings';
import { loadConfig } from '../../src/config';

const meeting = { id: 'mtg-1', startUtc: '2026-06-10T11:00:00.000Z', endUtc: '2026-06-10T12:30:00.000Z' };
const H = 3_600_000;
const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * H).toISOString();

describe('remindersFor', () => {
  it('plans a reminder before the meeting and a referat nudge after it, with ids per meeting and kind', () => {
    expect(remindersFor(meeting)).toEqual([
      { id: 'mtg-1:before-meeting', kind: 'before-meeting', meetingId: 'mtg-1', dueAt: plus(meeting.startUtc, -24) },
      { id: 'mtg-1:referat-due', kind: 'referat-due', meetingId: 'mtg-1', dueAt: plus(meeting.endUtc, 2) },
    ]);
    expect(remindersFor(meeting, { beforeHours: 2 })[0]?.dueAt).toBe(plus(meeting.startUtc, -2));
  });

  it('gives the same ids when the meeting moves, so the store replaces them', () => {
    const moved = { ...meeting, startUtc: plus(meeting.startUtc, 48), endUtc: plus(meeting.endUtc, 48) };
    expect(remindersFor(moved).map((r) => r.id)).toEqual(remindersFor(meeting).map((r) => r.id));
    expect(remindersFor(moved)[0]?.dueAt).not.toBe(remindersFor(meeting)[0]?.dueAt);
  });

  it('leaves out reminders already due and plans none for a cancelled meeting', () => {
    const now = new Date(plus(meeting.startUtc, -10));
    expect(remindersFor(meeting, { now }).map((r) => r.kind)).toEqual(['referat-due']);
    expect(remindersFor({ ...meeting, status: 'cancelled' })).toEqual([]);
  });

  it('falls back to the default for unusable options', () => {
    for (const beforeHours of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(remindersFor(meeting, { beforeHours })[0]?.dueAt).toBe(plus(meeting.startUtc, -24));
    }
    expect(remindersFor({ ...meeting, startUtc: 'nope' })).toEqual([]);
  });
});

describe('referatFollowUps', () => {
  const D = 24;
  it('reminds the writer on days 1, 3, 7, 14 and 21 after the meeting, and ends with the coordinator on day 28', () => {
    const r = referatFollowUps(meeting, new Date(meeting.endUtc));
    expect(r.map((x) => [x.id, x.kind, x.dueAt])).toEqual([
      ['mtg-1:referat-followup:1', 'referat-followup', plus(meeting.endUtc, 1 * D)],
      ['mtg-1:referat-followup:2', 'referat-followup', plus(meeting.endUtc, 3 * D)],
      ['mtg-1:referat-followup:3', 'referat-followup', plus(meeting.endUtc, 7 * D)],
      ['mtg-1:referat-followup:4', 'referat-followup', plus(meeting.endUtc, 14 * D)],
      ['mtg-1:referat-followup:5', 'referat-followup', plus(meeting.endUtc, 21 * D)],
      ['mtg-1:referat-final', 'referat-final', plus(meeting.endUtc, 28 * D)],
    ]);
    expect(DEFAULT_REFERAT_FOLLOWUP_DAYS).toEqual([1, 3, 7, 14, 21, 28]);
  });

  it('keeps going past the old limit of three, and nothing comes after the last one', () => {
    // Five days after the meeting (where the old schedule stopped) there are still four to come.
    expect(referatFollowUps(meeting, new Date(plus(meeting.endUtc, 5 * D + 1))).map((x) => x.n)).toEqual([3, 4, 5, 6]);
    expect(referatFollowUps(meeting, new Date(plus(meeting.endUtc, 28 * D)))).toEqual([]);
  });

  it('follows a configured schedule, and none once written or cancelled', () => {
    const r = referatFollowUps(meeting, new Date(meeting.endUtc), { days: [2, 10] });
    expect(r.map((x) => [x.kind, x.dueAt])).toEqual([
      ['referat-followup', plus(meeting.endUtc, 2 * D)],
      ['referat-final', plus(meeting.endUtc, 10 * D)],
    ]);
    expect(referatFollowUps(meeting, new Date(meeting.endUtc), { days: [5] }).map((x) => x.kind)).toEqual(['referat-final']);
    // An unusable schedule falls back to the default.
    expect(referatFollowUps(meeting, new Date(meeting.endUtc), { days: [3, 1] })).toHaveLength(6);
    expect(referatFollowUps(meeting, new Date(meeting.endUtc), { written: true })).toEqual([]);
    expect(referatFollowUps({ ...meeting, status: 'cancelled' }, new Date(meeting.endUtc))).toEqual([]);
  });

  it('lists every id a meeting can have, for cancelling', () => {
    const ids = allReminderIds('mtg-1', 5);
    for (const r of [...remindersFor(meeting), ...referatFollowUps(meeting, new Date(meeting.endUtc))]) expect(ids).toContain(r.id);
    expect(ids).toHaveLength(8);
  });

  it('validates REFERAT_FOLLOWUP_DAYS: increasing whole days, 1–90, at most ten', () => {
    expect(referatFollowUpDaysSchema.parse('1, 3,7,14,21,28')).toEqual([1, 3, 7, 14, 21, 28]);
    expect(referatFollowUpDaysSchema.parse('30')).toEqual([30]);
    for (const bad of ['', '0', '3,1', '1,1', '1.5', '91', 'x', '1,,2', Array.from({ length: 11 }, (_, i) => i + 1).join(',')]) {
      expect(referatFollowUpDaysSchema.safeParse(bad).success, bad).toBe(false);
    }
    const ok = loadConfig({ REFERAT_FOLLOWUP_DAYS: '2,9' });
    expect(ok.ok && ok.config.referatFollowUpDays).toEqual([2, 9]);
    const dflt = loadConfig({});
    expect(dflt.ok && dflt.config.referatFollowUpDays).toEqual([1, 3, 7, 14, 21, 28]);
    const bad = loadConfig({ REFERAT_FOLLOWUP_DAYS: '7,3' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/^REFERAT_FOLLOWUP_DAYS must be .* \(got "7,3"\)$/);
    const mail = loadConfig({ ICS_ORGANIZER_EMAIL: 'not an address' });
    expect(mail.ok).toBe(false);
  });
});

describe('needsMeetingNudge (at least two meetings with everyone a year)', () => {
  const now = new Date('2026-09-15T10:00:00Z');
  const m = (meetingType: MeetingType, startUtc: string, status: 'scheduled' | 'cancelled' = 'scheduled') => ({ meetingType, startUtc, status });

  it('nudges when the last full-group meeting is more than six months ago', () => {
    expect(needsMeetingNudge([], now)).toBe(true);
    expect(needsMeetingNudge([m('samarbeidsmote', '2026-03-14T10:00:00Z')], now)).toBe(true);
    expect(needsMeetingNudge([m('samarbeidsmote', '2026-03-16T10:00:00Z')], now)).toBe(false);
    expect(needsMeetingNudge([m('ansvarsgruppemote', '2026-03-15T10:00:00Z')], now)).toBe(false);
  });

  it('counts a planned meeting, but not a cancelled one or a smaller meeting', () => {
    expect(needsMeetingNudge([m('samarbeidsmote', '2026-10-01T10:00:00Z')], now)).toBe(false);
    expect(needsMeetingNudge([m('samarbeidsmote', '2026-08-01T10:00:00Z', 'cancelled')], now)).toBe(true);
    expect(needsMeetingNudge([m('arbeidsmote', '2026-09-01T10:00:00Z'), m('avklaringsmote', '2026-09-02T10:00:00Z')], now)).toBe(true);
  });

  it('does not nudge a case younger than six months', () => {
    expect(needsMeetingNudge([], now, { caseCreatedAt: '2026-07-01T00:00:00Z' })).toBe(false);
    expect(needsMeetingNudge([], now, { caseCreatedAt: '2025-07-01T00:00:00Z' })).toBe(true);
  });

  it('subtracts calendar months, clamping to the end of a shorter month', () => {
    expect(minusMonths(new Date('2026-08-31T12:00:00Z'), 6).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(minusMonths(new Date('2028-08-31T12:00:00Z'), 6).toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(minusMonths(new Date('2026-03-15T00:00:00Z'), 6).toISOString()).toBe('2025-09-15T00:00:00.000Z');
  });
});

describe('planNudgeCheck (the twice-a-year check, repeated until the case meets)', () => {
  const m = (meetingType: MeetingType, startUtc: string, status: 'scheduled' | 'cancelled' = 'scheduled') => ({ meetingType, startUtc, status });
  const created = '2026-01-10T09:00:00.000Z';
  const held = [m('samarbeidsmote', '2026-03-02T08:00:00.000Z')];
  const firstAt = '2026-09-02T08:00:00.000Z';

  it('checks first six months after the last coordination meeting, and does not nudge before', () => {
    expect(firstNudgeAt(held, { caseCreatedAt: created })?.toISOString()).toBe(firstAt);
    expect(planNudgeCheck(held, new Date('2026-06-01T00:00:00Z'), { caseCreatedAt: created })).toEqual({ nudge: false, nextAt: firstAt });
  });

  it('nudges at the first check and plans the next one 30 days later, again and again while nothing is held', () => {
    expect(planNudgeCheck(held, new Date(firstAt), { caseCreatedAt: created })).toEqual({ nudge: true, nextAt: plus(firstAt, NUDGE_REPEAT_DAYS * 24) });
    const later = new Date(plus(firstAt, 95 * 24));
    expect(planNudgeCheck(held, later, { caseCreatedAt: created })).toEqual({ nudge: true, nextAt: plus(firstAt, 120 * 24) });
  });

  it('a check that fires late or from an older plan lands on the same grid, so checks of one case merge', () => {
    const a = planNudgeCheck(held, new Date(plus(firstAt, 31 * 24)), { caseCreatedAt: created });
    const b = planNudgeCheck(held, new Date(plus(firstAt, 59 * 24)), { caseCreatedAt: created });
    expect(a?.nextAt).toBe(b?.nextAt);
  });

  it('stops nudging once a meeting is held or planned, and moves the next check to six months after it', () => {
    const withNew = [...held, m('ansvarsgruppemote', '2026-09-20T08:00:00.000Z')];
    expect(planNudgeCheck(withNew, new Date(plus(firstAt, 30 * 24)), { caseCreatedAt: created })).toEqual({ nudge: false, nextAt: '2027-03-20T08:00:00.000Z' });
    // A cancelled meeting or a smaller one does not count.
    const notCounted = [...held, m('samarbeidsmote', '2026-09-20T08:00:00.000Z', 'cancelled'), m('arbeidsmote', '2026-09-21T08:00:00.000Z')];
    expect(planNudgeCheck(notCounted, new Date(plus(firstAt, 30 * 24)), { caseCreatedAt: created })?.nudge).toBe(true);
  });

  it('a case with a coordinator but no meeting is first checked six months after the decision', () => {
    const since = '2026-02-15T12:00:00.000Z';
    expect(firstNudgeAt([], { caseCreatedAt: created, coordinatorSince: since })?.toISOString()).toBe('2026-08-15T12:00:00.000Z');
    expect(planNudgeCheck([], new Date('2026-08-15T12:00:00.000Z'), { caseCreatedAt: created, coordinatorSince: since })).toEqual({
      nudge: true,
      nextAt: plus('2026-08-15T12:00:00.000Z', 30 * 24),
    });
    expect(planNudgeCheck([], new Date('2026-08-01T00:00:00.000Z'), { caseCreatedAt: created, coordinatorSince: since })?.nudge).toBe(false);
    expect(firstNudgeAt([], {})).toBeUndefined();
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(plusMonths(new Date('2026-08-31T12:00:00Z'), 6).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    expect(plusMonths(new Date('2026-01-15T08:30:00Z'), 6).toISOString()).toBe('2026-07-15T08:30:00.000Z');
  });
});
