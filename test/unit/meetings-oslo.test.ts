import { describe, it, expect } from 'vitest';
import fc from '../support/fastCheck';
import {
  formatOslo,
  formatOsloRange,
  osloDateTime,
  osloDstDates,
  osloOffsetMinutes,
  osloWallTimeToUtc,
} from '../../src/domain/meetings';

const utcOf = (date: string, time: string) => {
  const r = osloWallTimeToUtc(date, time);
  if (!r.ok) throw new Error(`expected ${date} ${time} to exist, got ${r.reason}`);
  return r;
};

describe('Oslo DST dates', () => {
  it.each([
    [2026, '2026-03-29', '2026-10-25'],
    [2027, '2027-03-28', '2027-10-31'],
  ])('%i switches on the last Sundays of March and October', (year, spring, autumn) => {
    const d = osloDstDates(year);
    expect(d).toEqual({ springForward: spring, fallBack: autumn });
    // Intl agrees: the offset changes at 01:00 UTC on exactly those days.
    const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00Z`);
    expect(osloOffsetMinutes(at(spring, '00:59'))).toBe(60);
    expect(osloOffsetMinutes(at(spring, '01:00'))).toBe(120);
    expect(osloOffsetMinutes(at(autumn, '00:59'))).toBe(120);
    expect(osloOffsetMinutes(at(autumn, '01:00'))).toBe(60);
  });
});

describe('osloWallTimeToUtc', () => {
  it('converts ordinary winter and summer times', () => {
    expect(utcOf('2026-01-15', '12:00')).toMatchObject({ utc: '2026-01-15T11:00:00.000Z', offsetMinutes: 60, ambiguous: false });
    expect(utcOf('2026-07-01', '12:00')).toMatchObject({ utc: '2026-07-01T10:00:00.000Z', offsetMinutes: 120, ambiguous: false });
    expect(utcOf('2026-12-31', '23:59').utc).toBe('2026-12-31T22:59:00.000Z');
    expect(utcOf('2027-01-01', '00:00').utc).toBe('2026-12-31T23:00:00.000Z');
  });

  it.each(['2026-03-29', '2027-03-28'])('treats 02:00–02:59 on %s as a time that does not exist', (day) => {
    for (const t of ['02:00', '02:01', '02:30', '02:59']) {
      expect(osloWallTimeToUtc(day, t)).toEqual({ ok: false, reason: 'nonexistent' });
    }
    expect(utcOf(day, '01:59').utc).toBe(`${day}T00:59:00.000Z`);
    expect(utcOf(day, '03:00')).toMatchObject({ utc: `${day}T01:00:00.000Z`, offsetMinutes: 120 });
  });

  it.each(['2026-10-25', '2027-10-31'])('resolves the repeated hour on %s to its first occurrence (summer time)', (day) => {
    const prevDay = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(utcOf(day, '01:59')).toMatchObject({ utc: `${prevDay}T23:59:00.000Z`, ambiguous: false });
    expect(utcOf(day, '02:00')).toMatchObject({ utc: `${day}T00:00:00.000Z`, offsetMinutes: 120, ambiguous: true });
    expect(utcOf(day, '02:30')).toMatchObject({ utc: `${day}T00:30:00.000Z`, offsetMinutes: 120, ambiguous: true });
    expect(utcOf(day, '02:59')).toMatchObject({ utc: `${day}T00:59:00.000Z`, ambiguous: true });
    expect(utcOf(day, '03:00')).toMatchObject({ utc: `${day}T02:00:00.000Z`, offsetMinutes: 60, ambiguous: false });
  });

  it('rejects impossible dates and times without throwing', () => {
    expect(osloWallTimeToUtc('2026-02-29', '10:00')).toEqual({ ok: false, reason: 'invalid-date' });
    expect(osloWallTimeToUtc('2028-02-29', '10:00').ok).toBe(true);
    expect(osloWallTimeToUtc('2026-13-01', '10:00')).toEqual({ ok: false, reason: 'invalid-date' });
    expect(osloWallTimeToUtc('26-01-01', '10:00')).toEqual({ ok: false, reason: 'invalid-date' });
    expect(osloWallTimeToUtc('2026-01-01', '24:00')).toEqual({ ok: false, reason: 'invalid-time' });
    expect(osloWallTimeToUtc('2026-01-01', '9:30')).toEqual({ ok: false, reason: 'invalid-time' });
    expect(osloWallTimeToUtc(undefined as unknown as string, '10:00')).toEqual({ ok: false, reason: 'invalid-date' });
  });

  it('round-trips every minute of 2026–2028 except the second pass of the autumn hour', () => {
    const start = Date.parse('2026-01-01T00:00:00Z') / 60_000;
    const end = Date.parse('2028-12-31T23:59:00Z') / 60_000;
    // Half the runs land within three hours of a DST switch, where the interesting cases are.
    const switches = [2026, 2027, 2028].flatMap((y) => Object.values(osloDstDates(y))).map((d) => Date.parse(`${d}T01:00:00Z`) / 60_000);
    const nearSwitch = fc.constantFrom(...switches).chain((s) => fc.integer({ min: s - 180, max: s + 180 }));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: start, max: end }), nearSwitch), (minute) => {
        const ms = minute * 60_000;
        const wall = osloDateTime(new Date(ms));
        if (!wall) return false;
        const back = osloWallTimeToUtc(wall.date, wall.time);
        if (!back.ok) return false;
        const diff = ms - Date.parse(back.utc);
        // The second 02:xx in October maps to the first one, an hour earlier; everything else is exact.
        return back.ambiguous ? diff === 0 || diff === 3_600_000 : diff === 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a UTC instant that shows the same wall time in Oslo, or says the time does not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2026, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (y, mo, d, h, mi) => {
          const p = (n: number) => String(n).padStart(2, '0');
          const date = `${y}-${p(mo)}-${p(d)}`;
          const time = `${p(h)}:${p(mi)}`;
          const r = osloWallTimeToUtc(date, time);
          if (!r.ok) return r.reason === 'nonexistent' && date === osloDstDates(y).springForward && h === 2;
          expect(osloDateTime(r.utc)).toEqual({ date, time });
          return true;
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('formatOslo', () => {
  it('shows Oslo wall time in Norwegian and English', () => {
    const nb = formatOslo('2026-03-29T01:30:00.000Z', 'nb');
    expect(nb).toContain('03:30');
    expect(nb).toContain('29');
    expect(nb.toLowerCase()).toContain('mars');
    const en = formatOslo('2026-10-25T00:30:00.000Z', 'en');
    expect(en).toContain('02:30');
    expect(en).toContain('October');
    expect(formatOslo('2026-10-25T01:30:00.000Z', 'en', 'time')).toBe('02:30');
    expect(formatOslo('2026-07-01T10:00:00.000Z', 'nb', 'time')).toBe('12:00');
  });

  it('returns an unparsable input unchanged instead of throwing', () => {
    expect(formatOslo('not a date', 'nb')).toBe('not a date');
  });

  it('formats a range on one day with only the end time', () => {
    const r = formatOsloRange('2026-06-10T11:00:00.000Z', '2026-06-10T12:30:00.000Z', 'nb');
    expect(r).toContain('13:00');
    expect(r.endsWith('–14:30')).toBe(true);
  });
});
