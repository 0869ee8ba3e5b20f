"use strict";
/**
 * Europe/Oslo wall time <-> UTC without a time-zone library.
 *
 * Meetings are entered as Oslo wall time (Adaptive Card Input.Date + Input.Time) and stored as UTC instants.
 * The forward direction (UTC -> Oslo) is plain Intl. The reverse direction asks Intl for the offset on both
 * sides of the wall time and keeps every offset that maps back onto the same wall time:
 * - no candidate: the wall time falls in the spring-forward gap (last Sunday of March, 02:00–02:59) and does
 *   not exist;
 * - two candidates: the wall time happens twice (last Sunday of October, 02:00–02:59). We then pick the FIRST
 *   occurrence, i.e. the earlier instant, still on summer time (CEST, UTC+2). This is deterministic and is what
 *   a person who books "02:30" that night most likely means, since it is the first 02:30 the clock shows.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TIME_PATTERN = exports.DATE_PATTERN = exports.OSLO_TIME_ZONE = void 0;
exports.osloOffsetMinutes = osloOffsetMinutes;
exports.parseIsoDate = parseIsoDate;
exports.parseTime = parseTime;
exports.osloWallTimeToUtc = osloWallTimeToUtc;
exports.osloDateTime = osloDateTime;
exports.osloDstDates = osloDstDates;
exports.formatOslo = formatOslo;
exports.formatOsloRange = formatOsloRange;
exports.OSLO_TIME_ZONE = 'Europe/Oslo';
exports.DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
exports.TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const partsFormatter = new Intl.DateTimeFormat('en-US', {
    timeZone: exports.OSLO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
});
function wallParts(utcMs) {
    const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    for (const p of partsFormatter.formatToParts(new Date(utcMs))) {
        if (p.type in out)
            out[p.type] = Number(p.value);
    }
    return out;
}
/** Minutes Oslo is ahead of UTC at this instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(utcMs) {
    const whole = Math.floor(utcMs / 1000) * 1000;
    const p = wallParts(whole);
    const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return Math.round((wallAsUtc - whole) / MINUTE_MS);
}
/** Parses 'YYYY-MM-DD' and rejects dates that do not exist in the calendar (2026-02-30). */
function parseIsoDate(date) {
    const m = exports.DATE_PATTERN.exec(date);
    if (!m)
        return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year < 1970 || month < 1 || month > 12 || day < 1)
        return undefined;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth)
        return undefined;
    return { year, month, day };
}
function parseTime(time) {
    const m = exports.TIME_PATTERN.exec(time);
    return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}
/**
 * Converts an Oslo wall time to a UTC ISO string. Never throws: bad input and the spring-forward gap come
 * back as `ok: false`; the autumn hour that happens twice resolves to its first occurrence (`ambiguous: true`).
 */
function osloWallTimeToUtc(date, time) {
    const d = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (!d)
        return { ok: false, reason: 'invalid-date' };
    const t = typeof time === 'string' ? parseTime(time) : undefined;
    if (!t)
        return { ok: false, reason: 'invalid-time' };
    const naive = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
    // Oslo changes offset at most once within any two days, so the offsets a day either side are all there is.
    const offsets = [...new Set([osloOffsetMinutes(naive - DAY_MS), osloOffsetMinutes(naive + DAY_MS)])];
    const candidates = offsets
        .map((o) => ({ o, ms: naive - o * MINUTE_MS }))
        .filter((c) => osloOffsetMinutes(c.ms) === c.o)
        .sort((a, b) => a.ms - b.ms);
    const first = candidates[0];
    if (!first)
        return { ok: false, reason: 'nonexistent' };
    return { ok: true, utc: new Date(first.ms).toISOString(), offsetMinutes: first.o, ambiguous: candidates.length > 1 };
}
const pad2 = (n) => String(n).padStart(2, '0');
/** The Oslo calendar date and wall time of an instant, in the same shapes the card inputs use. */
function osloDateTime(utc) {
    const ms = typeof utc === 'string' ? Date.parse(utc) : utc.getTime();
    if (!Number.isFinite(ms))
        return undefined;
    const p = wallParts(ms);
    return { date: `${p.year}-${pad2(p.month)}-${pad2(p.day)}`, time: `${pad2(p.hour)}:${pad2(p.minute)}` };
}
/** The UTC day on which Oslo switches to summer time (last Sunday of March) and back (last Sunday of October). */
function osloDstDates(year) {
    const lastSunday = (month) => {
        const last = new Date(Date.UTC(year, month, 0));
        last.setUTCDate(last.getUTCDate() - last.getUTCDay());
        return last.toISOString().slice(0, 10);
    };
    return { springForward: lastSunday(3), fallBack: lastSunday(10) };
}
const FORMAT_OPTIONS = {
    datetime: {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
    },
    date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};
const formatters = new Map();
function formatterFor(locale, style) {
    const key = `${locale}:${style}`;
    let f = formatters.get(key);
    if (!f) {
        f = new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { timeZone: exports.OSLO_TIME_ZONE, ...FORMAT_OPTIONS[style] });
        formatters.set(key, f);
    }
    return f;
}
/**
 * Formats a UTC instant as Oslo time for people ("søndag 29. mars 2026 kl. 03:30").
 * An unparsable input is returned as it came, so a bad stored value shows up instead of crashing a card.
 */
function formatOslo(utcIso, locale, style = 'datetime') {
    const ms = Date.parse(utcIso);
    if (!Number.isFinite(ms))
        return utcIso;
    return formatterFor(locale, style).format(new Date(ms));
}
/** "tirsdag 10. mars 2026 kl. 14:00–15:30": the end only shows its time when it is on the same Oslo day. */
function formatOsloRange(startUtc, endUtc, locale) {
    const s = osloDateTime(startUtc);
    const e = osloDateTime(endUtc);
    if (!s || !e)
        return `${formatOslo(startUtc, locale)} – ${formatOslo(endUtc, locale)}`;
    if (s.date === e.date)
        return `${formatOslo(startUtc, locale)}–${formatOslo(endUtc, locale, 'time')}`;
    return `${formatOslo(startUtc, locale)} – ${formatOslo(endUtc, locale)}`;
}
//# sourceMappingURL=oslo.js.map