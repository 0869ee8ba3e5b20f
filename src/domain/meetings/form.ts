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

/** Every message the form can show, by key. The keys travel through zod as issue messages. */
export const MEETING_MESSAGES = {
  'form.invalid': {
    nb: 'Skjemaet kom ikke fram riktig. Prøv å sende det en gang til.',
    en: 'The form did not arrive correctly. Please send it again.',
  },
  'meetingType.required': { nb: 'Velg hva slags møte det er.', en: 'Choose what kind of meeting it is.' },
  'meetingType.invalid': {
    nb: 'Velg en av møtetypene i lista.',
    en: 'Choose one of the meeting types in the list.',
  },
  'caseRef.required': { nb: 'Velg hvilken sak møtet gjelder.', en: 'Choose which case the meeting is about.' },
  'caseRef.invalid': {
    nb: 'Saksnummeret skal se slik ut: BTI-2026-0042.',
    en: 'The case number should look like this: BTI-2026-0042.',
  },
  'date.required': { nb: 'Velg en dato for møtet.', en: 'Choose a date for the meeting.' },
  'date.invalid': {
    nb: 'Datoen finnes ikke. Velg en dato i kalenderen.',
    en: 'That date does not exist. Pick a date in the calendar.',
  },
  'date.past': {
    nb: 'Datoen har allerede vært. Velg i dag eller en senere dag.',
    en: 'That date has already passed. Choose today or a later day.',
  },
  'date.tooFar': {
    nb: 'Datoen er veldig langt fram i tid. Velg en dato som er nærmere.',
    en: 'That date is very far ahead. Choose a closer date.',
  },
  'start.required': { nb: 'Skriv når møtet begynner.', en: 'Enter when the meeting starts.' },
  'start.invalid': {
    nb: 'Starttiden må være et klokkeslett, for eksempel 09:30.',
    en: 'The start must be a time of day, for example 09:30.',
  },
  'start.past': {
    nb: 'Det klokkeslettet har allerede vært i dag. Velg et senere tidspunkt.',
    en: 'That time has already passed today. Choose a later time.',
  },
  'start.nonexistent': {
    nb: 'Natt til siste søndag i mars hopper klokka fra 02:00 til 03:00, så dette klokkeslettet finnes ikke. Velg et annet.',
    en: 'On the last Sunday night of March the clocks jump from 02:00 to 03:00, so this time does not exist. Choose another.',
  },
  'end.required': { nb: 'Skriv når møtet slutter.', en: 'Enter when the meeting ends.' },
  'end.invalid': {
    nb: 'Sluttiden må være et klokkeslett, for eksempel 11:00.',
    en: 'The end must be a time of day, for example 11:00.',
  },
  'end.beforeStart': {
    nb: 'Møtet må slutte etter at det har begynt.',
    en: 'The meeting must end after it starts.',
  },
  'end.nonexistent': {
    nb: 'Natt til siste søndag i mars hopper klokka fra 02:00 til 03:00, så dette klokkeslettet finnes ikke. Velg et annet.',
    en: 'On the last Sunday night of March the clocks jump from 02:00 to 03:00, so this time does not exist. Choose another.',
  },
  'place.missing': {
    nb: 'Skriv hvor dere møtes, eller lim inn en lenke til et nettmøte.',
    en: 'Enter where you meet, or paste a link to an online meeting.',
  },
  'place.tooLong': {
    nb: `Stedet kan ha høyst ${MAX_PLACE_LENGTH} tegn.`,
    en: `The place can have at most ${MAX_PLACE_LENGTH} characters.`,
  },
  'place.nationalId': {
    nb: 'Det ser ut som et fødselsnummer. Ikke skriv personopplysninger om barnet her.',
    en: 'That looks like a national identity number. Do not write personal details about the child here.',
  },
  'onlineLink.invalid': {
    nb: 'Lenken ser ikke riktig ut. Lim inn hele lenken til møtet.',
    en: 'The link does not look right. Paste the whole meeting link.',
  },
  'onlineLink.notHttps': {
    nb: 'Lenken må begynne med https:// så den er sikker.',
    en: 'The link must start with https:// so that it is secure.',
  },
  'onlineLink.tooLong': {
    nb: `Lenken kan ha høyst ${MAX_LINK_LENGTH} tegn.`,
    en: `The link can have at most ${MAX_LINK_LENGTH} characters.`,
  },
  'agenda.invalid': {
    nb: 'Skriv agendaen som tekst, ett punkt per linje.',
    en: 'Write the agenda as text, one point per line.',
  },
  'agenda.tooMany': {
    nb: `Agendaen kan ha høyst ${MAX_AGENDA_POINTS} punkter.`,
    en: `The agenda can have at most ${MAX_AGENDA_POINTS} points.`,
  },
  'agenda.pointTooLong': {
    nb: `Hvert agendapunkt kan ha høyst ${MAX_AGENDA_POINT_LENGTH} tegn.`,
    en: `Each agenda point can have at most ${MAX_AGENDA_POINT_LENGTH} characters.`,
  },
  'agenda.nationalId': {
    nb: 'Det ser ut som et fødselsnummer i agendaen. Ikke skriv personopplysninger om barnet her.',
    en: 'The agenda seems to contain a national identity number. Do not write personal details about the child here.',
  },
  'invitees.required': {
    nb: 'Velg minst én person som skal inviteres.',
    en: 'Choose at least one person to invite.',
  },
  'invitees.invalid': {
    nb: 'Noen av de valgte personene ble ikke gjenkjent. Velg dem på nytt i lista.',
    en: 'Some of the chosen people were not recognised. Choose them again from the list.',
  },
  'invitees.tooMany': {
    nb: `Du kan invitere høyst ${MAX_INVITEES} personer.`,
    en: `You can invite at most ${MAX_INVITEES} people.`,
  },
  'invitees.staffOnly': {
    nb: 'Et avklaringsmøte er bare for fagfolk. Ta foresatte og barnet ut av lista.',
    en: 'A clarification meeting is for professionals only. Remove the parents and the child from the list.',
  },
  'childInvited.invalid': {
    nb: 'Svar ja eller nei på om barnet er invitert.',
    en: 'Answer yes or no to whether the child is invited.',
  },
  'childInvited.staffOnly': {
    nb: 'Barnet skal ikke være med når dere avklarer hvem som skal koordinere. Slå av invitasjonen til barnet.',
    en: 'The child should not take part when you agree who coordinates. Turn off the invitation to the child.',
  },
  'interpreterNeeded.invalid': {
    nb: 'Svar ja eller nei på om det trengs tolk.',
    en: 'Answer yes or no to whether an interpreter is needed.',
  },
  'interpreterLanguage.required': {
    nb: 'Skriv hvilket språk tolken skal tolke til.',
    en: 'Enter which language the interpreter is for.',
  },
  'interpreterLanguage.invalid': {
    nb: `Skriv bare navnet på språket (høyst ${MAX_INTERPRETER_LANGUAGE_LENGTH} tegn), for eksempel «arabisk».`,
    en: `Enter just the name of the language (at most ${MAX_INTERPRETER_LANGUAGE_LENGTH} characters), for example "Arabic".`,
  },
  'start.ambiguous': {
    nb: 'Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00, så dette klokkeslettet kommer to ganger. Vi bruker det første (sommertid).',
    en: 'On the last Sunday night of October the clocks go back from 03:00 to 02:00, so this time happens twice. We use the first one (summer time).',
  },
  'end.ambiguous': {
    nb: 'Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00, så dette klokkeslettet kommer to ganger. Vi bruker det første (sommertid).',
    en: 'On the last Sunday night of October the clocks go back from 03:00 to 02:00, so this time happens twice. We use the first one (summer time).',
  },
} as const satisfies Record<string, { nb: string; en: string }>;

export type MeetingMessageKey = keyof typeof MEETING_MESSAGES;

export interface MeetingIssue {
  field: MeetingField;
  code: MeetingMessageKey;
  messageNb: string;
  messageEn: string;
}

function issue(code: MeetingMessageKey): MeetingIssue {
  return {
    field: code.slice(0, code.indexOf('.')) as MeetingField,
    code,
    messageNb: MEETING_MESSAGES[code].nb,
    messageEn: MEETING_MESSAGES[code].en,
  };
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
 * Error messages are keys of MEETING_MESSAGES.
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
  if (message && message in MEETING_MESSAGES) return message as MeetingMessageKey;
  const fallback = `${field}.invalid`;
  return (fallback in MEETING_MESSAGES ? fallback : 'form.invalid') as MeetingMessageKey;
}
