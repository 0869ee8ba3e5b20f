import { describe, it, expect } from 'vitest';
import {
  allReminderIds,
  minusMonths,
  needsMeetingNudge,
  referatFollowUps,
  remindersFor,
  type MeetingType,
} from '../../src/domain/meetings';

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
  it('follows up one day after the end, then every two days, three times', () => {
    const r = referatFollowUps(meeting, new Date(meeting.endUtc));
    expect(r.map((x) => [x.id, x.dueAt])).toEqual([
      ['mtg-1:referat-followup:1', plus(meeting.endUtc, 24)],
      ['mtg-1:referat-followup:2', plus(meeting.endUtc, 72)],
      ['mtg-1:referat-followup:3', plus(meeting.endUtc, 120)],
    ]);
  });

  it('returns only those still to come, none once written, and never more than ten', () => {
    expect(referatFollowUps(meeting, new Date(plus(meeting.endUtc, 30))).map((x) => x.n)).toEqual([2, 3]);
    expect(referatFollowUps(meeting, new Date(plus(meeting.endUtc, 200)))).toEqual([]);
    expect(referatFollowUps(meeting, new Date(meeting.endUtc), { written: true })).toEqual([]);
    expect(referatFollowUps(meeting, new Date(meeting.endUtc), { maxCount: 0 })).toEqual([]);
    expect(referatFollowUps(meeting, new Date(meeting.endUtc), { maxCount: 50 })).toHaveLength(10);
    expect(referatFollowUps({ ...meeting, status: 'cancelled' }, new Date(meeting.endUtc))).toEqual([]);
  });

  it('lists every id a meeting can have, for cancelling', () => {
    const ids = allReminderIds('mtg-1', 3);
    for (const r of [...remindersFor(meeting), ...referatFollowUps(meeting, new Date(meeting.endUtc))]) expect(ids).toContain(r.id);
    expect(ids).toHaveLength(5);
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
