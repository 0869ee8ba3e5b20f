"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ICS_MAX_LINE_OCTETS = void 0;
exports.escapeIcsText = escapeIcsText;
exports.foldIcsLine = foldIcsLine;
exports.icsUtc = icsUtc;
exports.icsSummary = icsSummary;
exports.icsFileName = icsFileName;
exports.buildIcs = buildIcs;
const oslo_1 = require("./oslo");
const types_1 = require("./types");
const text_1 = require("../text");
exports.ICS_MAX_LINE_OCTETS = 75;
/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters and
 * invisible formatting (bidi overrides, zero-width characters), also from meetings stored before input was cleaned.
 */
function escapeIcsText(value) {
    return (0, text_1.stripInvisibleFormatting)(value)
        .replace(/\\/g, '\\\\')
        .replace(/;/g, '\\;')
        .replace(/,/g, '\\,')
        .replace(/\r\n|\r|\n/g, '\\n')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
function utf8Length(codePoint) {
    if (codePoint < 0x80)
        return 1;
    if (codePoint < 0x800)
        return 2;
    if (codePoint < 0x10000)
        return 3;
    return 4;
}
/**
 * Folds one content line so no physical line is longer than 75 octets (UTF-8), counting the leading space of
 * continuation lines. Splits only between code points, never inside a multi-byte character.
 */
function foldIcsLine(line) {
    const out = [];
    let current = '';
    let octets = 0;
    for (const ch of line) {
        const n = utf8Length(ch.codePointAt(0));
        if (octets + n > exports.ICS_MAX_LINE_OCTETS) {
            out.push(current);
            current = ' ';
            octets = 1;
        }
        current += ch;
        octets += n;
    }
    out.push(current);
    return out.join('\r\n');
}
/** 20260310T130000Z */
function icsUtc(iso) {
    const d = typeof iso === 'string' ? new Date(iso) : iso;
    if (!Number.isFinite(d.getTime()))
        throw new RangeError(`icsUtc: not a valid instant: ${String(iso)}`);
    return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
const LABELS = {
    nb: {
        about: (type, ref) => `${type} i sak ${ref}.`,
        cancelled: 'Møtet er avlyst.',
        time: 'Tid',
        place: 'Sted',
        link: 'Lenke',
        agenda: 'Agenda',
        noAgenda: 'Agenda kommer.',
        movedFrom: (old) => `Tiden er endret. Før: ${old}.`,
        newPlace: 'Stedet er endret.',
    },
    en: {
        about: (type, ref) => `${type} for case ${ref}.`,
        cancelled: 'This meeting is cancelled.',
        time: 'Time',
        place: 'Place',
        link: 'Link',
        agenda: 'Agenda',
        noAgenda: 'Agenda to follow.',
        movedFrom: (old) => `The time has changed. Before: ${old}.`,
        newPlace: 'The place has changed.',
    },
};
/** Short type name for the summary, without the English gloss in brackets. */
function typeName(type, locale) {
    return types_1.MEETING_TYPE_INFO[type].label[locale].replace(/\s*\(.*\)$/, '');
}
function icsSummary(meeting, locale = 'nb') {
    const base = `${typeName(meeting.meetingType, locale)} – ${meeting.caseRef}`;
    if (meeting.status !== 'cancelled')
        return base;
    return locale === 'nb' ? `Avlyst: ${base}` : `Cancelled: ${base}`;
}
function description(m, locale) {
    const t = LABELS[locale];
    const lines = [];
    if (m.status === 'cancelled')
        lines.push(t.cancelled);
    else if (m.lastChange) {
        if (m.lastChange.kinds.includes('time'))
            lines.push(t.movedFrom((0, oslo_1.formatOsloRange)(m.lastChange.previousStartUtc, m.lastChange.previousEndUtc, locale)));
        if (m.lastChange.kinds.includes('place'))
            lines.push(t.newPlace);
    }
    lines.push(t.about(typeName(m.meetingType, locale), m.caseRef));
    lines.push(`${t.time}: ${(0, oslo_1.formatOsloRange)(m.startUtc, m.endUtc, locale)}`);
    if (m.place)
        lines.push(`${t.place}: ${m.place}`);
    if (m.onlineLink)
        lines.push(`${t.link}: ${m.onlineLink}`);
    if (m.agenda.length > 0) {
        lines.push(`${t.agenda}:`);
        m.agenda.forEach((p, i) => lines.push(`${i + 1}. ${p}`));
    }
    else
        lines.push(t.noAgenda);
    return lines.join('\n');
}
/** Parameter values with : ; , must be quoted, and may not contain quotes themselves. */
function paramValue(v) {
    const clean = v.replace(/["\r\n\u0000-\u001f\u007f]/g, '');
    return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
/** A safe file name for the attachment, built from ids only. */
function icsFileName(meeting) {
    return `mote-${meeting.caseRef}-${meeting.startUtc.slice(0, 10)}.ics`.replace(/[^A-Za-z0-9._-]/g, '-');
}
/**
 * Builds the VCALENDAR text: CRLF line ends, lines folded at 75 octets, TEXT values escaped, times in UTC.
 * A cancelled meeting gives METHOD:CANCEL and STATUS:CANCELLED with the same UID and a higher SEQUENCE.
 * Expects a meeting that passed validateMeeting; an unparsable instant is a programming error and throws.
 */
function buildIcs(meeting, opts) {
    const locale = opts.locale ?? 'nb';
    const cancelled = meeting.status === 'cancelled';
    const location = [meeting.place, meeting.onlineLink].filter((x) => !!x).join(' – ');
    const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//BTI-bot//Moter//NB',
        'CALSCALE:GREGORIAN',
        `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
        'BEGIN:VEVENT',
        `UID:${escapeIcsText(meeting.id)}@${escapeIcsText(opts.uidDomain ?? 'bti-bot')}`,
        `SEQUENCE:${Math.max(0, Math.floor(meeting.sequence))}`,
        `DTSTAMP:${icsUtc(opts.now)}`,
        `DTSTART:${icsUtc(meeting.startUtc)}`,
        `DTEND:${icsUtc(meeting.endUtc)}`,
        `SUMMARY:${escapeIcsText(icsSummary(meeting, locale))}`,
    ];
    if (location)
        lines.push(`LOCATION:${escapeIcsText(location)}`);
    if (meeting.onlineLink)
        lines.push(`URL:${meeting.onlineLink.replace(/[\u0000-\u0020\u007f]/g, '')}`);
    lines.push(`DESCRIPTION:${escapeIcsText(description(meeting, locale))}`);
    if (opts.organizer) {
        const cn = opts.organizer.name ? `;CN=${paramValue(opts.organizer.name)}` : '';
        lines.push(`ORGANIZER${cn}:mailto:${opts.organizer.email.replace(/[\s\u0000-\u001f\u007f]/g, '')}`);
    }
    lines.push(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
    return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
//# sourceMappingURL=ics.js.map