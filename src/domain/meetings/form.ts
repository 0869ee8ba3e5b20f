import { z } from 'zod';
import { osloDateTime, osloWallTimeToUtc, parseIsoDate, DATE_PATTERN, TIME_PATTERN } from './oslo';
import { CASE_REF_PATTERN, MEETING_TYPES, MEETING_TYPE_INFO, type MeetingType } from './types';
import { stripInvisibleFormatting } from '../text';
import { containsNationalIdNumber } from '../guidance/nationalId';

/**
 * The "plan a meeting" Adaptive Card submission and its validation.
 *
 * Adaptive Cards submit every input as a string: Input.Date gives 'YYYY-MM-DD', Input.Time gives 'HH:mm',
 * Input.Toggle gives 'true'/'false', a multi-select Input.ChoiceSet gives 'id1,id2', and an input left empty
 * is either missing or ''. The schema accepts exactly those shapes (plus real booleans/arrays, for tests and
 * other callers). Rules that need the clock or the caller's knowledge (who is family) live in validateMeeting.
 */

export const MAX_PLACE_LENGTH = 200;
export const MAX_LINK_LENGTH = 500;
export const MAX_AGENDA_POINTS = 10;
export const MAX_AGENDA_POINT_LENGTH = 200;
export const MAX_INVITEES = 40;
export const MAX_INTERPRETER_LANGUAGE_LENGTH = 60;
export const DEFAULT_MAX_DAYS_AHEAD = 730;

/**
 * A person's id as the roster choice set delivers it. Teams ids are opaque: only their length is bounded here;
 * whether the person may be invited is decided by membership of the conversation roster or the case.
 */
export const MAX_PERSON_ID_LENGTH = 200;
const LANGUAGE_PATTERN = /^[\p{L}][\p{L}\s\-()/,.]*$/u;

export type MeetingField =
  | 'form'
  | 'meetingType'
  | 'caseRef'
  | 'date'
  | 'start'
  | 'end'
  | 'place'
  | 'onlineLink'
  | 'agenda'
  | 'invitees'
  | 'childInvited'
  | 'interpreterNeeded'
  | 'interpreterLanguage';

/**
 * Every problem the form can report, by code. The codes travel through zod as issue messages; the texts are
 * i18n keys `meetings.form.error.<code>` (src/i18n/<lang>/meetings.ts), with `{max}` from MEETING_MESSAGE_LIMITS.
 */
export const MEETING_MESSAGE_KEYS = [
  'form.invalid',
  'meetingType.required',
  'meetingType.invalid',
  'caseRef.required',
  'caseRef.invalid',
  'date.required',
  'date.invalid',
  'date.past',
  'date.tooFar',
  'start.required',
  'start.invalid',
  'start.past',
  'start.nonexistent',
  'end.required',
  'end.invalid',
  'end.beforeStart',
  'end.nonexistent',
  'place.missing',
  'place.tooLong',
  'place.nationalId',
  'onlineLink.invalid',
  'onlineLink.notHttps',
  'onlineLink.tooLong',
  'agenda.invalid',
  'agenda.tooMany',
  'agenda.pointTooLong',
  'agenda.nationalId',
  'invitees.required',
  'invitees.invalid',
  'invitees.tooMany',
  'invitees.staffOnly',
  'childInvited.invalid',
  'childInvited.staffOnly',
  'interpreterNeeded.invalid',
  'interpreterLanguage.required',
  'interpreterLanguage.invalid',
  'start.ambiguous',
  'end.ambiguous',
] as const;

export type MeetingMessageKey = (typeof MEETING_MESSAGE_KEYS)[number];
const MESSAGE_KEYS: ReadonlySet<string> = new Set(MEETING_MESSAGE_KEYS);

/** The limit a code's text names (`{max}`). */
export const MEETING_MESSAGE_LIMITS: Partial<Record<MeetingMessageKey, number>> = {
  'place.tooLong': MAX_PLACE_LENGTH,
  'onlineLink.tooLong': MAX_LINK_LENGTH,
  'agenda.tooMany': MAX_AGENDA_POINTS,
  'agenda.pointTooLong': MAX_AGENDA_POINT_LENGTH,
  'invitees.tooMany': MAX_INVITEES,
  'interpreterLanguage.invalid': MAX_INTERPRETER_LANGUAGE_LENGTH,
};

/** A problem with one field: its code (an i18n key under `meetings.form.error.`), never a text. */
export interface MeetingIssue {
  field: MeetingField;
  code: MeetingMessageKey;
}

function issue(code: MeetingMessageKey): MeetingIssue {
  return { field: code.slice(0, code.indexOf('.')) as MeetingField, code };
}

/**
 * '' and whitespace mean "not filled in", as cards send them. Every text field passes here first, so invisible
 * formatting characters (bidi overrides, zero-width characters) never reach the store, cards or .ics files.
 */
const blankToUndefined = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const t = stripInvisibleFormatting(v).trim();
  return t === '' ? undefined : t;
};

/** errorMap that turns "missing" into `<field>.required` and anything else into `<field>.invalid`. */
const fieldErrors =
  (field: string, hasRequired = true): z.ZodErrorMap =>
  (iss) => {
    if (hasRequired && iss.code === 'invalid_type' && iss.received === 'undefined') return { message: `${field}.required` };
    return { message: `${field}.invalid` };
  };

const boolish = (field: string) =>
  z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      if (b === undefined) return false;
      if (typeof b === 'string') {
        const l = b.toLowerCase();
        if (l === 'true') return true;
        if (l === 'false') return false;
      }
      return b;
    },
    z.boolean({ errorMap: fieldErrors(field, false) }),
  );

const agendaSchema = z.preprocess(
  (v) => {
    const lines = typeof v === 'string' ? v.split(/\r\n|\r|\n/) : Array.isArray(v) ? v : v;
    if (!Array.isArray(lines)) return blankToUndefined(lines) === undefined ? [] : lines;
    return lines
      .map((l) => (typeof l === 'string' ? stripInvisibleFormatting(l).replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, '').trim() : l))
      .filter((l) => l !== '');
  },
  z
    .array(z.string({ errorMap: fieldErrors('agenda', false) }), { errorMap: fieldErrors('agenda', false) })
    .max(MAX_AGENDA_POINTS, { message: 'agenda.tooMany' })
    .refine((pts) => pts.every((p) => p.length <= MAX_AGENDA_POINT_LENGTH), { message: 'agenda.pointTooLong' })
    .refine((pts) => !pts.some(containsNationalIdNumber), { message: 'agenda.nationalId' }),
);

const inviteesSchema = z.preprocess(
  (v) => {
    const list = typeof v === 'string' ? v.split(',') : v;
    if (!Array.isArray(list)) return list;
    const ids = list.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '');
    // The same person picked twice is one invitation; order kept for a stable invite list.
    return [...new Set(ids)];
  },
  z
    .array(z.string({ errorMap: fieldErrors('invitees', false) }), { errorMap: fieldErrors('invitees') })
    .min(1, { message: 'invitees.required' })
    .max(MAX_INVITEES, { message: 'invitees.tooMany' })
    .refine((ids) => ids.every((id) => id.length <= MAX_PERSON_ID_LENGTH), { message: 'invitees.invalid' }),
);

const onlineLinkSchema = z.preprocess(
  blankToUndefined,
  z
    .string({ errorMap: fieldErrors('onlineLink', false) })
    .max(MAX_LINK_LENGTH, { message: 'onlineLink.tooLong' })
    .superRefine((v, ctx) => {
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'onlineLink.invalid' });
        return;
      }
      if (url.protocol === 'http:') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'onlineLink.notHttps' });
      else if (url.protocol !== 'https:' || !url.hostname || url.username || url.password)
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'onlineLink.invalid' });
    })
    .optional(),
);

/**
 * Field-by-field shape of the card submission. Unknown keys (the card's action verb and such) are dropped.
 * Error messages are codes of MEETING_MESSAGE_KEYS.
 */
export const meetingFormFields = z.object({
  meetingType: z.preprocess(blankToUndefined, z.enum(MEETING_TYPES, { errorMap: fieldErrors('meetingType') })),
  caseRef: z.preprocess(
    blankToUndefined,
    z.string({ errorMap: fieldErrors('caseRef') }).regex(CASE_REF_PATTERN, { message: 'caseRef.invalid' }),
  ),
  date: z.preprocess(
    blankToUndefined,
    z
      .string({ errorMap: fieldErrors('date') })
      .regex(DATE_PATTERN, { message: 'date.invalid' })
      .refine((d) => parseIsoDate(d) !== undefined, { message: 'date.invalid' }),
  ),
  start: z.preprocess(blankToUndefined, z.string({ errorMap: fieldErrors('start') }).regex(TIME_PATTERN, { message: 'start.invalid' })),
  end: z.preprocess(blankToUndefined, z.string({ errorMap: fieldErrors('end') }).regex(TIME_PATTERN, { message: 'end.invalid' })),
  place: z.preprocess(
    blankToUndefined,
    z
      .string({ errorMap: fieldErrors('place', false) })
      .max(MAX_PLACE_LENGTH, { message: 'place.tooLong' })
      .refine((p) => !containsNationalIdNumber(p), { message: 'place.nationalId' })
      .optional(),
  ),
  onlineLink: onlineLinkSchema,
  agenda: agendaSchema,
  invitees: inviteesSchema,
  childInvited: boolish('childInvited'),
  interpreterNeeded: boolish('interpreterNeeded'),
  interpreterLanguage: z.preprocess(
    blankToUndefined,
    z
      .string({ errorMap: fieldErrors('interpreterLanguage', false) })
      .max(MAX_INTERPRETER_LANGUAGE_LENGTH, { message: 'interpreterLanguage.invalid' })
      .regex(LANGUAGE_PATTERN, { message: 'interpreterLanguage.invalid' })
      .optional(),
  ),
});

export type MeetingFormFields = z.infer<typeof meetingFormFields>;

/**
 * The card submission with the rules that need no clock: a place or a link, the language when an interpreter
 * is needed, and an avklaringsmøte without the child. validateMeeting adds the clock and family checks.
 */
export const meetingFormSchema = meetingFormFields.superRefine((f, ctx) => {
  for (const key of crossFieldIssues(f, new Set())) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: key, path: [key.slice(0, key.indexOf('.'))] });
  }
});
export type MeetingForm = z.infer<typeof meetingFormSchema>;

/** `failed` holds the fields that already have an error, so a missing value is not reported twice. */
function crossFieldIssues(f: Partial<MeetingFormFields>, failed: ReadonlySet<string>): MeetingMessageKey[] {
  const out: MeetingMessageKey[] = [];
  if (!failed.has('place') && !failed.has('onlineLink') && f.place === undefined && f.onlineLink === undefined)
    out.push('place.missing');
  if (f.interpreterNeeded === true && !failed.has('interpreterLanguage') && f.interpreterLanguage === undefined)
    out.push('interpreterLanguage.required');
  if (f.meetingType && MEETING_TYPE_INFO[f.meetingType].staffOnly && f.childInvited === true) out.push('childInvited.staffOnly');
  return out;
}

/** A meeting that passed every check, with its instants in UTC. */
export interface ValidMeeting {
  meetingType: MeetingType;
  caseRef: string;
  /** Oslo wall date and times as entered, kept for showing and editing the form again. */
  date: string;
  start: string;
  end: string;
  startUtc: string;
  endUtc: string;
  place?: string;
  onlineLink?: string;
  agenda: string[];
  invitees: string[];
  childInvited: boolean;
  interpreterNeeded: boolean;
  interpreterLanguage?: string;
}

export interface ValidateMeetingOptions {
  /** Which of the chosen invitee ids are parents/guardians or the child (the caller knows the roster). */
  familyInviteeIds?: readonly string[];
  /** How far ahead a meeting may be planned; default two years. */
  maxDaysAhead?: number;
}

export type ValidateMeetingResult =
  | { ok: true; meeting: ValidMeeting; warnings: MeetingIssue[] }
  | { ok: false; errors: MeetingIssue[] };

const FIELD_ORDER = Object.keys(meetingFormFields.shape) as (keyof MeetingFormFields)[];

/**
 * Validates a card submission against the clock `now`. Collects every problem (at most one per field) so the
 * card can show them all at once. Never throws.
 *
 * Wall-time rules: a start or end in the spring-forward gap is an error; a time in the autumn hour that
 * happens twice is taken as its first occurrence (summer time) and reported as a warning, not an error.
 */
export function validateMeeting(raw: unknown, now: Date, opts: ValidateMeetingOptions = {}): ValidateMeetingResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: [issue('form.invalid')] };
  const input = raw as Record<string, unknown>;
  const errors = new Map<MeetingField, MeetingIssue>();
  const add = (key: MeetingMessageKey) => {
    const i = issue(key);
    if (!errors.has(i.field)) errors.set(i.field, i);
  };

  // Each field on its own, so one bad field does not hide the others.
  const f: Partial<MeetingFormFields> = {};
  for (const key of FIELD_ORDER) {
    const r = meetingFormFields.shape[key].safeParse(input[key]);
    if (r.success) (f as Record<string, unknown>)[key] = r.data;
    else add(toKey(r.error.issues[0]?.message, key));
  }
  for (const key of crossFieldIssues(f, new Set(errors.keys()))) add(key);

  const warnings: MeetingIssue[] = [];
  let startUtc: string | undefined;
  let endUtc: string | undefined;
  if (f.date) {
    const today = osloDateTime(now)?.date ?? '';
    const maxDays = opts.maxDaysAhead ?? DEFAULT_MAX_DAYS_AHEAD;
    const latest = osloDateTime(new Date(now.getTime() + maxDays * 86_400_000))?.date ?? '';
    if (f.date < today) add('date.past');
    else if (f.date > latest) add('date.tooFar');
    if (f.start) {
      const s = osloWallTimeToUtc(f.date, f.start);
      if (!s.ok) add('start.nonexistent');
      else {
        startUtc = s.utc;
        if (s.ambiguous) warnings.push(issue('start.ambiguous'));
        if (f.date === today && Date.parse(s.utc) <= now.getTime()) add('start.past');
      }
    }
    if (f.end) {
      const e = osloWallTimeToUtc(f.date, f.end);
      if (!e.ok) add('end.nonexistent');
      else {
        endUtc = e.utc;
        if (e.ambiguous) warnings.push(issue('end.ambiguous'));
      }
    }
    if (startUtc && endUtc && Date.parse(endUtc) <= Date.parse(startUtc)) add('end.beforeStart');
  }

  if (f.meetingType && MEETING_TYPE_INFO[f.meetingType].staffOnly && f.invitees) {
    const family = new Set(opts.familyInviteeIds ?? []);
    if (f.invitees.some((id) => family.has(id))) add('invitees.staffOnly');
  }

  if (errors.size > 0) {
    const order = ['form', ...FIELD_ORDER] as MeetingField[];
    return { ok: false, errors: [...errors.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) };
  }
  // Every field parsed and both instants exist, otherwise an error was recorded above.
  const m = f as MeetingFormFields;
  const meeting: ValidMeeting = {
    meetingType: m.meetingType,
    caseRef: m.caseRef,
    date: m.date,
    start: m.start,
    end: m.end,
    startUtc: startUtc as string,
    endUtc: endUtc as string,
    ...(m.place !== undefined ? { place: m.place } : {}),
    ...(m.onlineLink !== undefined ? { onlineLink: m.onlineLink } : {}),
    agenda: m.agenda,
    invitees: m.invitees,
    childInvited: m.childInvited,
    interpreterNeeded: m.interpreterNeeded,
    // The language is only kept when an interpreter is actually wanted.
    ...(m.interpreterNeeded && m.interpreterLanguage ? { interpreterLanguage: m.interpreterLanguage } : {}),
  };
  return { ok: true, meeting, warnings };
}

function toKey(message: string | undefined, field: string): MeetingMessageKey {
  if (message && MESSAGE_KEYS.has(message)) return message as MeetingMessageKey;
  const fallback = `${field}.invalid`;
  return (MESSAGE_KEYS.has(fallback) ? fallback : 'form.invalid') as MeetingMessageKey;
}
