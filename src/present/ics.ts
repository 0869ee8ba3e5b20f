import { formatOsloRange, type OsloLocale } from '../domain/meetings/oslo';
import type { MeetingType } from '../domain/meetings/types';
import { t } from '../i18n';
import { stripInvisibleFormatting } from '../domain/text';

/**
 * iCalendar (RFC 5545) export of one meeting, so people can put it in Outlook. The file is a rendering, kept out
 * of the rules like a card: its words come from src/i18n (keys meetings.ics.*).
 *
 * The file is reachable by an unauthenticated link and lives outside the bot's privacy boundary, so it holds
 * only the meeting type, the pseudonymous case ref, the time, the place (or link) and the agenda: no person's
 * name (not the referat writer's either), nothing about the child or the family (not who is invited, not an
 * interpreter's language). The summary is the type and the case ref. UID is fixed per meeting id; SEQUENCE
 * grows with each change, so a calendar replaces the old copy instead of adding a second event.
 */

export interface IcsMeeting {
  id: string;
  /** 0 for the first version; raise it on every change and on cancellation. */
  sequence: number;
  status: 'scheduled' | 'cancelled';
  meetingType: MeetingType;
  caseRef: string;
  startUtc: string;
  endUtc: string;
  place?: string;
  onlineLink?: string;
  agenda: readonly string[];
  /** The last change of time or place, so the calendar entry says what moved and from when. */
  lastChange?: { kinds: readonly ('time' | 'place')[]; previousStartUtc: string; previousEndUtc: string };
}

export interface IcsOptions {
  /** DTSTAMP: when this version of the file was made. */
  now: Date;
  locale?: OsloLocale;
  /** Right-hand side of the UID, so ids stay unique across installations. */
  uidDomain?: string;
  /** Optional: the person calling the meeting. Without it the file is a plain PUBLISH that any calendar imports. */
  organizer?: { name?: string; email: string };
}

export const ICS_MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters and
 * invisible formatting (bidi overrides, zero-width characters), also from meetings stored before input was cleaned.
 */
export function escapeIcsText(value: string): string {
  return stripInvisibleFormatting(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no physical line is longer than 75 octets (UTF-8), counting the leading space of
 * continuation lines. Splits only between code points, never inside a multi-byte character.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) as number);
    if (octets + n > ICS_MAX_LINE_OCTETS) {
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
export function icsUtc(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (!Number.isFinite(d.getTime())) throw new RangeError(`icsUtc: not a valid instant: ${String(iso)}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Short type name for the summary, without the English gloss in brackets. */
function typeName(type: MeetingType, locale: OsloLocale): string {
  return t(locale, `meetings.type.${type}`).replace(/\s*\(.*\)$/, '');
}

export function icsSummary(meeting: Pick<IcsMeeting, 'meetingType' | 'caseRef' | 'status'>, locale: OsloLocale = 'nb'): string {
  const base = `${typeName(meeting.meetingType, locale)} – ${meeting.caseRef}`;
  return meeting.status === 'cancelled' ? t(locale, 'meetings.ics.summaryCancelled', { summary: base }) : base;
}

function description(m: IcsMeeting, locale: OsloLocale): string {
  const lines: string[] = [];
  if (m.status === 'cancelled') lines.push(t(locale, 'meetings.ics.cancelled'));
  else if (m.lastChange) {
    if (m.lastChange.kinds.includes('time')) lines.push(t(locale, 'meetings.ics.movedFrom', { old: formatOsloRange(m.lastChange.previousStartUtc, m.lastChange.previousEndUtc, locale) }));
    if (m.lastChange.kinds.includes('place')) lines.push(t(locale, 'meetings.ics.newPlace'));
  }
  lines.push(t(locale, 'meetings.ics.about', { type: typeName(m.meetingType, locale), ref: m.caseRef }));
  lines.push(`${t(locale, 'meetings.ics.time')}: ${formatOsloRange(m.startUtc, m.endUtc, locale)}`);
  if (m.place) lines.push(`${t(locale, 'meetings.ics.place')}: ${m.place}`);
  if (m.onlineLink) lines.push(`${t(locale, 'meetings.ics.link')}: ${m.onlineLink}`);
  if (m.agenda.length > 0) {
    lines.push(`${t(locale, 'meetings.ics.agenda')}:`);
    m.agenda.forEach((p, i) => lines.push(`${i + 1}. ${p}`));
  } else lines.push(t(locale, 'meetings.ics.noAgenda'));
  return lines.join('\n');
}

/** Parameter values with : ; , must be quoted, and may not contain quotes themselves. */
function paramValue(v: string): string {
  const clean = v.replace(/["\r\n\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** A safe file name for the attachment, built from ids only. */
export function icsFileName(meeting: Pick<IcsMeeting, 'caseRef' | 'startUtc'>): string {
  return `mote-${meeting.caseRef}-${meeting.startUtc.slice(0, 10)}.ics`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/**
 * Builds the VCALENDAR text: CRLF line ends, lines folded at 75 octets, TEXT values escaped, times in UTC.
 * A cancelled meeting gives METHOD:CANCEL and STATUS:CANCELLED with the same UID and a higher SEQUENCE.
 * Expects a meeting that passed validateMeeting; an unparsable instant is a programming error and throws.
 */
export function buildIcs(meeting: IcsMeeting, opts: IcsOptions): string {
  const locale = opts.locale ?? 'nb';
  const cancelled = meeting.status === 'cancelled';
  const location = [meeting.place, meeting.onlineLink].filter((x): x is string => !!x).join(' – ');
  const lines: string[] = [
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
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  if (meeting.onlineLink) lines.push(`URL:${meeting.onlineLink.replace(/[\u0000-\u0020\u007f]/g, '')}`);
  lines.push(`DESCRIPTION:${escapeIcsText(description(meeting, locale))}`);
  if (opts.organizer) {
    const cn = opts.organizer.name ? `;CN=${paramValue(opts.organizer.name)}` : '';
    lines.push(`ORGANIZER${cn}:mailto:${opts.organizer.email.replace(/[\s\u0000-\u001f\u007f]/g, '')}`);
  }
  lines.push(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
