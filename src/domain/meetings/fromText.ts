import { fold } from '../guidance/text';
import { osloDateTime } from './oslo';
import { MAX_INTERPRETER_LANGUAGE_LENGTH } from './form';
import type { MeetingType } from './types';

/**
 * What a typed request for a meeting already says ("kall inn til ansvarsgruppemøte tirsdag 14. januar kl
 * 13–14 med tolk på arabisk"), to fill in the meeting form for the coordinator to check and send. Only the
 * form's own fields, only what is said plainly; anything unclear is left for the form. Dates are Oslo dates,
 * never in the past: a day and month already gone this year is next year's.
 */
export interface MeetingFromText {
  meetingType?: MeetingType;
  date?: string;
  start?: string;
  end?: string;
  interpreterNeeded?: 'true';
  interpreterLanguage?: string;
}

const TYPES: [RegExp, MeetingType][] = [
  [/\bansvarsgruppe|\bresponsibility group/, 'ansvarsgruppemote'],
  [/\bavklaringsmote|\bclarification meeting/, 'avklaringsmote'],
  [/\bsamarbeidsmote|\bcooperation meeting|\bcollaboration meeting/, 'samarbeidsmote'],
  [/\barbeidsmote|\bworking meeting/, 'arbeidsmote'],
];

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, january: 1, februar: 2, feb: 2, february: 2, mars: 3, mar: 3, march: 3, april: 4, apr: 4,
  mai: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8, september: 9, sep: 9,
  sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, desember: 12, des: 12, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  mandag: 1, monday: 1, tirsdag: 2, tuesday: 2, onsdag: 3, wednesday: 3, torsdag: 4, thursday: 4,
  fredag: 5, friday: 5, lordag: 6, saturday: 6, sondag: 0, sunday: 0,
};

const MONTH_NAMES = Object.keys(MONTHS).join('|');
/** "14. januar", "14 jan 2027" */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\b\\.?(?:\\s+(\\d{4}))?`);
/** "january 14", "jan 14th, 2027" */
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`);
const WEEKDAY = new RegExp(`\\b(?:(neste|next)\\s+)?(${Object.keys(WEEKDAYS).join('|')})\\b`);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function addDays(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A day and month, this year or, when already past, next year; an explicit year as said. */
function dayMonth(today: string, day: number, month: number, year?: number): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  let y = year === undefined ? thisYear : year < 100 ? 2000 + year : year;
  if (!validDay(y, month, day)) return undefined;
  if (year === undefined && iso(y, month, day) < today) y += 1;
  return validDay(y, month, day) ? iso(y, month, day) : undefined;
}

function dateIn(folded: string, today: string): string | undefined {
  if (/\bi\s+overmorgen\b|\bday after tomorrow\b/.test(folded)) return addDays(today, 2);
  if (/\bi\s+morgen\b|\bimorgen\b|\btomorrow\b/.test(folded)) return addDays(today, 1);
  if (/\bi\s+dag\b|\bidag\b|\btoday\b/.test(folded)) return today;
  // "14. januar", "14 jan 2027", "january 14"
  const named = DAY_MONTH.exec(folded);
  if (named) return dayMonth(today, Number(named[1]), MONTHS[named[2]!]!, named[3] ? Number(named[3]) : undefined);
  const namedEn = MONTH_DAY.exec(folded);
  if (namedEn) return dayMonth(today, Number(namedEn[2]), MONTHS[namedEn[1]!]!, namedEn[3] ? Number(namedEn[3]) : undefined);
  // "14.1.", "14.01.2027", "14/1" – not a time ("14.30" has no second dot and is read as a time below)
  const numeric = /\b(\d{1,2})[./](\d{1,2})(?:\.|[./](\d{2}|\d{4})\b|(?=\s|$))/.exec(folded);
  if (numeric && !/^\s*(?:\d|-|–)/.test(folded.slice(numeric.index + numeric[0].length)) && Number(numeric[2]) <= 12) {
    return dayMonth(today, Number(numeric[1]), Number(numeric[2]), numeric[3] ? Number(numeric[3]) : undefined);
  }
  // "tirsdag", "på tirsdag", "on tuesday": the next such day after today. "neste tirsdag", "next tuesday": that
  // day in next week (Monday to Sunday), as it is mostly meant.
  const weekday = WEEKDAY.exec(folded);
  if (weekday) {
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const now = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    const target = WEEKDAYS[weekday[2]!]!;
    if (weekday[1]) {
      const isoDay = (day: number) => (day === 0 ? 7 : day);
      return addDays(today, 8 - isoDay(now) + isoDay(target) - 1);
    }
    return addDays(today, (target - now + 7) % 7 || 7);
  }
  return undefined;
}

function clock(h: string, m?: string): string | undefined {
  const hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : undefined;
}

function timesIn(folded: string): { start?: string; end?: string } {
  const T = '(\\d{1,2})(?:[.:](\\d{2}))?';
  // "kl 13-14", "kl. 13.00–14.30", "fra kl 9 til 10", "13:00-14:00", "at 1 pm" is not read (no am/pm in Norway)
  const range = new RegExp(`(?:\\bkl\\.?|\\bklokka|\\bklokken|\\bfra|\\bat|^|\\s)\\s*${T}\\s*(?:-|–|til|to)\\s*(?:kl\\.?\\s*)?${T}(?!\\s*(?:ar|years?|aring|\\.\\s*trinn))\\b`).exec(folded);
  if (range && (range[2] !== undefined || range[4] !== undefined || /\b(?:kl|klokka|klokken|fra|at)\b/.test(range[0]))) {
    const start = clock(range[1]!, range[2]);
    const end = clock(range[3]!, range[4]);
    if (start && end && end > start) return { start, end };
  }
  const single = new RegExp(`(?:\\bkl\\.?|\\bklokka|\\bklokken|\\bat)\\s*${T}\\b`).exec(folded) ?? new RegExp(`\\b(\\d{1,2})[:](\\d{2})\\b`).exec(folded);
  if (single) {
    const start = clock(single[1]!, single[2]);
    if (start) return { start };
  }
  return {};
}

function interpreterIn(text: string, folded: string): Pick<MeetingFromText, 'interpreterNeeded' | 'interpreterLanguage'> {
  if (!/\btolk|\binterpret/.test(folded)) return {};
  // The language as the user wrote it ("tolk på arabisk", "interpreter for Somali"), one word, shown back.
  const m = /\b(?:tolk\w*|interpret\w*)\s+(?:pa|til|for|in|into)\s+([\p{L}-]{3,30})/iu.exec(folded);
  const word = m?.[1];
  if (!word) return { interpreterNeeded: 'true' };
  // The original spelling: the same word from the unfolded text where it can be found.
  const original = new RegExp(`(?:tolk\\S*|interpret\\S*)\\s+\\S+\\s+([\\p{L}-]{3,30})`, 'iu').exec(text.replace(/\s+/g, ' '))?.[1] ?? word;
  const language = original.charAt(0).toUpperCase() + original.slice(1);
  return { interpreterNeeded: 'true', interpreterLanguage: language.slice(0, MAX_INTERPRETER_LANGUAGE_LENGTH) };
}

export function meetingFromText(text: string, now: Date): MeetingFromText {
  const folded = fold(text).replace(/\s+/g, ' ');
  const today = osloDateTime(now)?.date;
  const type = TYPES.find(([re]) => re.test(folded))?.[1];
  const date = today ? dateIn(folded, today) : undefined;
  return {
    ...(type ? { meetingType: type } : {}),
    ...(date ? { date } : {}),
    ...timesIn(folded),
    ...interpreterIn(text, folded),
  };
}
