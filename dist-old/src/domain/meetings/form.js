"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingFormSchema = exports.meetingFormFields = exports.MEETING_MESSAGES = exports.MAX_PERSON_ID_LENGTH = exports.DEFAULT_MAX_DAYS_AHEAD = exports.MAX_INTERPRETER_LANGUAGE_LENGTH = exports.MAX_INVITEES = exports.MAX_AGENDA_POINT_LENGTH = exports.MAX_AGENDA_POINTS = exports.MAX_LINK_LENGTH = exports.MAX_PLACE_LENGTH = void 0;
exports.validateMeeting = validateMeeting;
const zod_1 = require("zod");
const oslo_1 = require("./oslo");
const types_1 = require("./types");
const text_1 = require("../text");
const nationalId_1 = require("../guidance/nationalId");
/**
 * The "plan a meeting" Adaptive Card submission and its validation.
 *
 * Adaptive Cards submit every input as a string: Input.Date gives 'YYYY-MM-DD', Input.Time gives 'HH:mm',
 * Input.Toggle gives 'true'/'false', a multi-select Input.ChoiceSet gives 'id1,id2', and an input left empty
 * is either missing or ''. The schema accepts exactly those shapes (plus real booleans/arrays, for tests and
 * other callers). Rules that need the clock or the caller's knowledge (who is family) live in validateMeeting.
 */
exports.MAX_PLACE_LENGTH = 200;
exports.MAX_LINK_LENGTH = 500;
exports.MAX_AGENDA_POINTS = 10;
exports.MAX_AGENDA_POINT_LENGTH = 200;
exports.MAX_INVITEES = 40;
exports.MAX_INTERPRETER_LANGUAGE_LENGTH = 60;
exports.DEFAULT_MAX_DAYS_AHEAD = 730;
/**
 * A person's id as the roster choice set delivers it. Teams ids are opaque: only their length is bounded here;
 * whether the person may be invited is decided by membership of the conversation roster or the case.
 */
exports.MAX_PERSON_ID_LENGTH = 200;
const LANGUAGE_PATTERN = /^[\p{L}][\p{L}\s\-()/,.]*$/u;
/** Every message the form can show, by key. The keys travel through zod as issue messages. */
exports.MEETING_MESSAGES = {
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
        nb: `Stedet kan ha høyst ${exports.MAX_PLACE_LENGTH} tegn.`,
        en: `The place can have at most ${exports.MAX_PLACE_LENGTH} characters.`,
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
        nb: `Lenken kan ha høyst ${exports.MAX_LINK_LENGTH} tegn.`,
        en: `The link can have at most ${exports.MAX_LINK_LENGTH} characters.`,
    },
    'agenda.invalid': {
        nb: 'Skriv agendaen som tekst, ett punkt per linje.',
        en: 'Write the agenda as text, one point per line.',
    },
    'agenda.tooMany': {
        nb: `Agendaen kan ha høyst ${exports.MAX_AGENDA_POINTS} punkter.`,
        en: `The agenda can have at most ${exports.MAX_AGENDA_POINTS} points.`,
    },
    'agenda.pointTooLong': {
        nb: `Hvert agendapunkt kan ha høyst ${exports.MAX_AGENDA_POINT_LENGTH} tegn.`,
        en: `Each agenda point can have at most ${exports.MAX_AGENDA_POINT_LENGTH} characters.`,
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
        nb: `Du kan invitere høyst ${exports.MAX_INVITEES} personer.`,
        en: `You can invite at most ${exports.MAX_INVITEES} people.`,
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
        nb: `Skriv bare navnet på språket (høyst ${exports.MAX_INTERPRETER_LANGUAGE_LENGTH} tegn), for eksempel «arabisk».`,
        en: `Enter just the name of the language (at most ${exports.MAX_INTERPRETER_LANGUAGE_LENGTH} characters), for example "Arabic".`,
    },
    'start.ambiguous': {
        nb: 'Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00, så dette klokkeslettet kommer to ganger. Vi bruker det første (sommertid).',
        en: 'On the last Sunday night of October the clocks go back from 03:00 to 02:00, so this time happens twice. We use the first one (summer time).',
    },
    'end.ambiguous': {
        nb: 'Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00, så dette klokkeslettet kommer to ganger. Vi bruker det første (sommertid).',
        en: 'On the last Sunday night of October the clocks go back from 03:00 to 02:00, so this time happens twice. We use the first one (summer time).',
    },
};
function issue(code) {
    return {
        field: code.slice(0, code.indexOf('.')),
        code,
        messageNb: exports.MEETING_MESSAGES[code].nb,
        messageEn: exports.MEETING_MESSAGES[code].en,
    };
}
/**
 * '' and whitespace mean "not filled in", as cards send them. Every text field passes here first, so invisible
 * formatting characters (bidi overrides, zero-width characters) never reach the store, cards or .ics files.
 */
const blankToUndefined = (v) => {
    if (typeof v !== 'string')
        return v;
    const t = (0, text_1.stripInvisibleFormatting)(v).trim();
    return t === '' ? undefined : t;
};
/** errorMap that turns "missing" into `<field>.required` and anything else into `<field>.invalid`. */
const fieldErrors = (field, hasRequired = true) => (iss) => {
    if (hasRequired && iss.code === 'invalid_type' && iss.received === 'undefined')
        return { message: `${field}.required` };
    return { message: `${field}.invalid` };
};
const boolish = (field) => zod_1.z.preprocess((v) => {
    const b = blankToUndefined(v);
    if (b === undefined)
        return false;
    if (typeof b === 'string') {
        const l = b.toLowerCase();
        if (l === 'true')
            return true;
        if (l === 'false')
            return false;
    }
    return b;
}, zod_1.z.boolean({ errorMap: fieldErrors(field, false) }));
const agendaSchema = zod_1.z.preprocess((v) => {
    const lines = typeof v === 'string' ? v.split(/\r\n|\r|\n/) : Array.isArray(v) ? v : v;
    if (!Array.isArray(lines))
        return blankToUndefined(lines) === undefined ? [] : lines;
    return lines
        .map((l) => (typeof l === 'string' ? (0, text_1.stripInvisibleFormatting)(l).replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, '').trim() : l))
        .filter((l) => l !== '');
}, zod_1.z
    .array(zod_1.z.string({ errorMap: fieldErrors('agenda', false) }), { errorMap: fieldErrors('agenda', false) })
    .max(exports.MAX_AGENDA_POINTS, { message: 'agenda.tooMany' })
    .refine((pts) => pts.every((p) => p.length <= exports.MAX_AGENDA_POINT_LENGTH), { message: 'agenda.pointTooLong' })
    .refine((pts) => !pts.some(nationalId_1.containsNationalIdNumber), { message: 'agenda.nationalId' }));
const inviteesSchema = zod_1.z.preprocess((v) => {
    const list = typeof v === 'string' ? v.split(',') : v;
    if (!Array.isArray(list))
        return list;
    const ids = list.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '');
    // The same person picked twice is one invitation; order kept for a stable invite list.
    return [...new Set(ids)];
}, zod_1.z
    .array(zod_1.z.string({ errorMap: fieldErrors('invitees', false) }), { errorMap: fieldErrors('invitees') })
    .min(1, { message: 'invitees.required' })
    .max(exports.MAX_INVITEES, { message: 'invitees.tooMany' })
    .refine((ids) => ids.every((id) => id.length <= exports.MAX_PERSON_ID_LENGTH), { message: 'invitees.invalid' }));
const onlineLinkSchema = zod_1.z.preprocess(blankToUndefined, zod_1.z
    .string({ errorMap: fieldErrors('onlineLink', false) })
    .max(exports.MAX_LINK_LENGTH, { message: 'onlineLink.tooLong' })
    .superRefine((v, ctx) => {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: 'onlineLink.invalid' });
        return;
    }
    if (url.protocol === 'http:')
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: 'onlineLink.notHttps' });
    else if (url.protocol !== 'https:' || !url.hostname || url.username || url.password)
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: 'onlineLink.invalid' });
})
    .optional());
/**
 * Field-by-field shape of the card submission. Unknown keys (the card's action verb and such) are dropped.
 * Error messages are keys of MEETING_MESSAGES.
 */
exports.meetingFormFields = zod_1.z.object({
    meetingType: zod_1.z.preprocess(blankToUndefined, zod_1.z.enum(types_1.MEETING_TYPES, { errorMap: fieldErrors('meetingType') })),
    caseRef: zod_1.z.preprocess(blankToUndefined, zod_1.z.string({ errorMap: fieldErrors('caseRef') }).regex(types_1.CASE_REF_PATTERN, { message: 'caseRef.invalid' })),
    date: zod_1.z.preprocess(blankToUndefined, zod_1.z
        .string({ errorMap: fieldErrors('date') })
        .regex(oslo_1.DATE_PATTERN, { message: 'date.invalid' })
        .refine((d) => (0, oslo_1.parseIsoDate)(d) !== undefined, { message: 'date.invalid' })),
    start: zod_1.z.preprocess(blankToUndefined, zod_1.z.string({ errorMap: fieldErrors('start') }).regex(oslo_1.TIME_PATTERN, { message: 'start.invalid' })),
    end: zod_1.z.preprocess(blankToUndefined, zod_1.z.string({ errorMap: fieldErrors('end') }).regex(oslo_1.TIME_PATTERN, { message: 'end.invalid' })),
    place: zod_1.z.preprocess(blankToUndefined, zod_1.z
        .string({ errorMap: fieldErrors('place', false) })
        .max(exports.MAX_PLACE_LENGTH, { message: 'place.tooLong' })
        .refine((p) => !(0, nationalId_1.containsNationalIdNumber)(p), { message: 'place.nationalId' })
        .optional()),
    onlineLink: onlineLinkSchema,
    agenda: agendaSchema,
    invitees: inviteesSchema,
    childInvited: boolish('childInvited'),
    interpreterNeeded: boolish('interpreterNeeded'),
    interpreterLanguage: zod_1.z.preprocess(blankToUndefined, zod_1.z
        .string({ errorMap: fieldErrors('interpreterLanguage', false) })
        .max(exports.MAX_INTERPRETER_LANGUAGE_LENGTH, { message: 'interpreterLanguage.invalid' })
        .regex(LANGUAGE_PATTERN, { message: 'interpreterLanguage.invalid' })
        .optional()),
});
/**
 * The card submission with the rules that need no clock: a place or a link, the language when an interpreter
 * is needed, and an avklaringsmøte without the child. validateMeeting adds the clock and family checks.
 */
exports.meetingFormSchema = exports.meetingFormFields.superRefine((f, ctx) => {
    for (const key of crossFieldIssues(f, new Set())) {
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: key, path: [key.slice(0, key.indexOf('.'))] });
    }
});
/** `failed` holds the fields that already have an error, so a missing value is not reported twice. */
function crossFieldIssues(f, failed) {
    const out = [];
    if (!failed.has('place') && !failed.has('onlineLink') && f.place === undefined && f.onlineLink === undefined)
        out.push('place.missing');
    if (f.interpreterNeeded === true && !failed.has('interpreterLanguage') && f.interpreterLanguage === undefined)
        out.push('interpreterLanguage.required');
    if (f.meetingType && types_1.MEETING_TYPE_INFO[f.meetingType].staffOnly && f.childInvited === true)
        out.push('childInvited.staffOnly');
    return out;
}
const FIELD_ORDER = Object.keys(exports.meetingFormFields.shape);
/**
 * Validates a card submission against the clock `now`. Collects every problem (at most one per field) so the
 * card can show them all at once. Never throws.
 *
 * Wall-time rules: a start or end in the spring-forward gap is an error; a time in the autumn hour that
 * happens twice is taken as its first occurrence (summer time) and reported as a warning, not an error.
 */
function validateMeeting(raw, now, opts = {}) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return { ok: false, errors: [issue('form.invalid')] };
    const input = raw;
    const errors = new Map();
    const add = (key) => {
        const i = issue(key);
        if (!errors.has(i.field))
            errors.set(i.field, i);
    };
    // Each field on its own, so one bad field does not hide the others.
    const f = {};
    for (const key of FIELD_ORDER) {
        const r = exports.meetingFormFields.shape[key].safeParse(input[key]);
        if (r.success)
            f[key] = r.data;
        else
            add(toKey(r.error.issues[0]?.message, key));
    }
    for (const key of crossFieldIssues(f, new Set(errors.keys())))
        add(key);
    const warnings = [];
    let startUtc;
    let endUtc;
    if (f.date) {
        const today = (0, oslo_1.osloDateTime)(now)?.date ?? '';
        const maxDays = opts.maxDaysAhead ?? exports.DEFAULT_MAX_DAYS_AHEAD;
        const latest = (0, oslo_1.osloDateTime)(new Date(now.getTime() + maxDays * 86_400_000))?.date ?? '';
        if (f.date < today)
            add('date.past');
        else if (f.date > latest)
            add('date.tooFar');
        if (f.start) {
            const s = (0, oslo_1.osloWallTimeToUtc)(f.date, f.start);
            if (!s.ok)
                add('start.nonexistent');
            else {
                startUtc = s.utc;
                if (s.ambiguous)
                    warnings.push(issue('start.ambiguous'));
                if (f.date === today && Date.parse(s.utc) <= now.getTime())
                    add('start.past');
            }
        }
        if (f.end) {
            const e = (0, oslo_1.osloWallTimeToUtc)(f.date, f.end);
            if (!e.ok)
                add('end.nonexistent');
            else {
                endUtc = e.utc;
                if (e.ambiguous)
                    warnings.push(issue('end.ambiguous'));
            }
        }
        if (startUtc && endUtc && Date.parse(endUtc) <= Date.parse(startUtc))
            add('end.beforeStart');
    }
    if (f.meetingType && types_1.MEETING_TYPE_INFO[f.meetingType].staffOnly && f.invitees) {
        const family = new Set(opts.familyInviteeIds ?? []);
        if (f.invitees.some((id) => family.has(id)))
            add('invitees.staffOnly');
    }
    if (errors.size > 0) {
        const order = ['form', ...FIELD_ORDER];
        return { ok: false, errors: [...errors.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) };
    }
    // Every field parsed and both instants exist, otherwise an error was recorded above.
    const m = f;
    const meeting = {
        meetingType: m.meetingType,
        caseRef: m.caseRef,
        date: m.date,
        start: m.start,
        end: m.end,
        startUtc: startUtc,
        endUtc: endUtc,
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
function toKey(message, field) {
    if (message && message in exports.MEETING_MESSAGES)
        return message;
    const fallback = `${field}.invalid`;
    return (fallback in exports.MEETING_MESSAGES ? fallback : 'form.invalid');
}
//# sourceMappingURL=form.js.map