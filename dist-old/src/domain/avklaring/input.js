"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stageOneSchema = exports.adviceInputSchema = exports.MAX_SERVICES = exports.serviceEntrySchema = void 0;
exports.readsCaseFact = readsCaseFact;
exports.parseAdviceInput = parseAdviceInput;
exports.parseStageOne = parseStageOne;
const zod_1 = require("zod");
const profiles_1 = require("../../content/profiles");
const texts_1 = require("./texts");
const vocabulary_1 = require("../../content/profiles/vocabulary");
/**
 * The facts the "who should coordinate?" advice needs. One schema for the Teams form card and the CLI.
 * There is deliberately no field for a name, a fødselsnummer or free text about the child: unknown fields are
 * rejected, so such data cannot slip through.
 *
 * Adaptive Card submits send every value as a string ("true", "7", ""), so booleans and numbers also accept
 * their string forms and an empty string counts as "not answered".
 */
const emptyToUndefined = (v) => (v === '' || v === null ? undefined : v);
const toBool = (v) => {
    const e = emptyToUndefined(v);
    if (e === 'true')
        return true;
    if (e === 'false')
        return false;
    return e;
};
const toInt = (v) => {
    const e = emptyToUndefined(v);
    return typeof e === 'string' && /^\s*-?\d+\s*$/.test(e) ? Number(e) : e;
};
const bool = () => zod_1.z.preprocess(toBool, zod_1.z.boolean());
const optBool = () => zod_1.z.preprocess(toBool, zod_1.z.boolean().optional());
function optEnum(options) {
    const values = options.map((o) => o.value);
    return zod_1.z.preprocess(emptyToUndefined, zod_1.z.enum(values).optional());
}
exports.serviceEntrySchema = zod_1.z
    .object({
    serviceId: zod_1.z.string().min(1),
    followUp: optEnum(vocabulary_1.SERVICE_FACTS.followUp.options),
    childWelfareStatus: optEnum(vocabulary_1.SERVICE_FACTS.childWelfareStatus.options),
    miljoOffer: optEnum(vocabulary_1.SERVICE_FACTS.miljoOffer.options),
    healthNurseFollowUp: optEnum(vocabulary_1.SERVICE_FACTS.healthNurseFollowUp.options),
    outreachFollowUp: optEnum(vocabulary_1.SERVICE_FACTS.outreachFollowUp.options),
    factUngFollows: optBool(),
    respiteGranted: optBool(),
    livesInBarnebolig: optBool(),
    followedOverTime: optBool(),
})
    .strict();
const measuresArenaValues = vocabulary_1.CASE_FACTS.measuresArena.options.map((o) => o.value);
exports.MAX_SERVICES = 20;
/** Whether any rule of the service reads this fact about the case (e.g. the school row reads where measures happen). */
function readsCaseFact(def, fact) {
    return def.rules.some((r) => r.when.some((c) => c.kind === 'case' && c.fact === fact));
}
const profileIdSchema = zod_1.z.preprocess(emptyToUndefined, profiles_1.ProfileId.default(profiles_1.DEFAULT_PROFILE_ID));
const unbornSchema = zod_1.z.preprocess(toBool, zod_1.z.boolean().default(false));
/** Whole years. Ages outside 0–23 pass the schema and are answered by advise() with a clear message. */
const ageSchema = zod_1.z.preprocess(toInt, zod_1.z.number().int().min(-150).max(150).optional());
exports.adviceInputSchema = zod_1.z
    .object({
    profileId: profileIdSchema,
    /** True when the family is expecting the child; then ageYears stays empty and services may be none yet. */
    unborn: unbornSchema,
    ageYears: ageSchema,
    services: zod_1.z.array(exports.serviceEntrySchema).max(exports.MAX_SERVICES),
    /** Needed only when a listed service's rules read it (the school row); checked below. */
    measuresArena: zod_1.z.preprocess(emptyToUndefined, zod_1.z.enum(measuresArenaValues).optional()),
    seriousCondition: bool(),
    /** Needed when at least two services are listed: with fewer there is nobody to work together with. */
    mustCooperateOverTime: optBool(),
    /**
     * Optional so that answers stored before the question existed still parse. Unanswered means the need was
     * not established, and the rules that depend on it (IP conditions, the school row) then do not fire.
     */
    mustCoordinateAmongThemselves: zod_1.z.preprocess(toBool, zod_1.z.boolean().default(false)),
    consentInPlace: bool(),
    existingCoordinator: zod_1.z.preprocess(toBool, zod_1.z.boolean().default(false)),
    existingGroupWorksWell: zod_1.z.preprocess(toBool, zod_1.z.boolean().default(false)),
    /** Every service has said it cannot or will not take the role (source 004: take turns or lift it to a leader). */
    nobodyWantsRole: zod_1.z.preprocess(toBool, zod_1.z.boolean().default(false)),
})
    .strict()
    .superRefine((input, ctx) => {
    for (const found of ageAndServiceIssues(input.profileId, input.unborn, input.ageYears, input.services))
        ctx.addIssue(issue(found));
    const profile = (0, profiles_1.getProfile)(input.profileId);
    const defs = input.services.map((e) => profile.services.find((s) => s.id === e.serviceId)).filter((d) => !!d);
    if (input.measuresArena === undefined && defs.some((d) => readsCaseFact(d, 'measuresArena'))) {
        ctx.addIssue(issue({ path: ['measuresArena'], code: 'missing', message: { nb: 'mangler', en: 'is missing' } }));
    }
    if (input.mustCooperateOverTime === undefined && input.services.length >= 2) {
        ctx.addIssue(issue({ path: ['mustCooperateOverTime'], code: 'missing', message: { nb: 'mangler', en: 'is missing' } }));
    }
});
/** Validates raw input and explains each problem in nb and en, naming the field (e.g. services[1].followUp). */
function parseAdviceInput(raw) {
    const parsed = exports.adviceInputSchema.safeParse(raw);
    if (parsed.success)
        return { ok: true, value: parsed.data };
    const issues = parsed.error.issues.map(describeIssue);
    // zod skips the refinements when another field is wrong; run them on the raw data so that one attempt
    // shows every problem instead of revealing them one fix at a time.
    const known = new Set(issues.map((i) => `${i.path} ${i.code}`));
    for (const found of looseIssues(raw)) {
        const path = formatPath(found.path);
        if (!known.has(`${path} ${found.code}`))
            issues.push({ path, code: found.code, message: found.message });
    }
    return { ok: false, issues };
}
/**
 * The first part of the question (age, not yet born, which services): what a form asks before it knows which
 * follow-up questions apply. The same checks as the whole input, so the form and advise() agree.
 */
exports.stageOneSchema = zod_1.z
    .object({
    profileId: profileIdSchema,
    unborn: unbornSchema,
    ageYears: ageSchema,
    serviceIds: zod_1.z.array(zod_1.z.string().min(1)).max(exports.MAX_SERVICES),
})
    .strict()
    .superRefine((input, ctx) => {
    const entries = input.serviceIds.map((serviceId) => ({ serviceId }));
    for (const found of ageAndServiceIssues(input.profileId, input.unborn, input.ageYears, entries))
        ctx.addIssue(issue(found));
    // The whole input lets any age through so that advise() can answer it; a form stops here instead, with the
    // same words advise() would use.
    const age = input.ageYears;
    if (!input.unborn && age !== undefined && (age < texts_1.AGE_MIN || age > texts_1.AGE_MAX)) {
        ctx.addIssue(issue({ path: ['ageYears'], code: 'age-out-of-range', message: age < texts_1.AGE_MIN ? texts_1.T.ageNegative : texts_1.T.ageTooHigh(age) }));
    }
});
/** Checks the first stage; issue paths name the fields as the whole input does (services, ageYears). */
function parseStageOne(raw) {
    const parsed = exports.stageOneSchema.safeParse(raw);
    if (parsed.success)
        return { ok: true, value: parsed.data };
    return { ok: false, issues: parsed.error.issues.map(describeIssue).map((i) => ({ ...i, path: i.path.replace(/^serviceIds/, 'services') })) };
}
/** Checks that need the profile: service ids exist, appear once, and only carry facts that apply to them. */
function serviceIssues(profileId, services) {
    const found = [];
    const profile = (0, profiles_1.getProfile)(profileId);
    const validIds = profile.services.filter((s) => !s.legacy).map((s) => s.id).join(', ');
    const seen = new Set();
    services.forEach((entry, i) => {
        const serviceId = entry.serviceId;
        if (typeof serviceId !== 'string')
            return;
        const def = profile.services.find((s) => s.id === serviceId);
        if (!def) {
            found.push({
                path: ['services', i, 'serviceId'],
                code: 'unknown-service',
                message: {
                    nb: `ukjent tjeneste ${quoted(serviceId)} for profilen ${profile.id}; gyldige er: ${validIds}`,
                    en: `unknown service ${quoted(serviceId)} for profile ${profile.id}; valid ones are: ${validIds}`,
                },
            });
            return;
        }
        if (seen.has(serviceId)) {
            found.push({ path: ['services', i, 'serviceId'], code: 'duplicate-service', message: { nb: `tjenesten ${serviceId} er med to ganger`, en: `service ${serviceId} is listed twice` } });
        }
        seen.add(serviceId);
        for (const key of Object.keys(entry)) {
            if (key === 'serviceId' || entry[key] === undefined || entry[key] === '' || !(key in vocabulary_1.SERVICE_FACTS))
                continue;
            if (!def.facts.includes(key)) {
                found.push({
                    path: ['services', i, key],
                    code: 'not-applicable',
                    message: {
                        nb: `gjelder ikke for ${serviceId}; denne tjenesten har: ${def.facts.join(', ')}`,
                        en: `does not apply to ${serviceId}; this service takes: ${def.facts.join(', ')}`,
                    },
                });
            }
        }
    });
    return found;
}
/** Age and service checks shared by the whole input and its first stage. */
function ageAndServiceIssues(profileId, unborn, ageYears, services) {
    const found = [];
    if (unborn && ageYears !== undefined) {
        found.push({
            path: ['ageYears'],
            code: 'age-with-unborn',
            message: { nb: 'skal stå tomt når barnet ikke er født ennå', en: 'must be empty when the child is not born yet' },
        });
    }
    if (!unborn && ageYears === undefined) {
        found.push({
            path: ['ageYears'],
            code: 'age-missing',
            message: {
                nb: 'mangler: oppgi alder i hele år, eller sett unborn til true hvis barnet ikke er født',
                en: 'missing: give the age in whole years, or set unborn to true if the child is not born yet',
            },
        });
    }
    // A family expecting a child may have no services yet and still have a right to a barnekoordinator (000, 004).
    if (!unborn && services.length === 0) {
        found.push({
            path: ['services'],
            code: 'no-services',
            message: {
                nb: 'må ha minst 1 tjeneste (ingen tjenester går bare når barnet ikke er født ennå: unborn true)',
                en: 'needs at least 1 service (none only when the child is not born yet: unborn true)',
            },
        });
    }
    found.push(...serviceIssues(profileId, services));
    return found;
}
/** The refinements run on raw data that failed the schema, each part only where it can be read. */
function looseIssues(raw) {
    if (!raw || typeof raw !== 'object')
        return [];
    const r = raw;
    const id = profiles_1.ProfileId.safeParse(emptyToUndefined(r.profileId) ?? profiles_1.DEFAULT_PROFILE_ID);
    if (!id.success)
        return [];
    const services = Array.isArray(r.services) ? r.services.map((e) => (e && typeof e === 'object' ? e : {})) : undefined;
    const unborn = unbornSchema.safeParse(r.unborn);
    const age = ageSchema.safeParse(r.ageYears);
    if (!unborn.success || !age.success || !services)
        return services ? serviceIssues(id.data, services) : [];
    return ageAndServiceIssues(id.data, unborn.data, age.data, services);
}
function issue(found) {
    return { code: zod_1.z.ZodIssueCode.custom, path: found.path, message: found.message.en, params: { text: found.message, code: found.code } };
}
function formatPath(path) {
    return path.reduce((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
/**
 * Values typed by users are echoed only when they look like ids, so a name or an 11-digit number pasted into
 * a field never ends up in an error message or a log.
 */
function quoted(value) {
    if (typeof value === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(value) && !/\d{6,}/.test(value))
        return `'${value}'`;
    return '(verdien vises ikke / value not shown)';
}
const PRIVATE_KEY = /navn|name|fnr|f(o|ø|oe)dsels|personn|ssn|birth|f(o|ø)dt|fritekst|comment|note|beskriv|descr|text/i;
function describeIssue(i) {
    const path = formatPath(i.path) || '(input)';
    const code = (() => {
        if (i.code === zod_1.z.ZodIssueCode.custom)
            return i.params?.code ?? 'invalid';
        if (i.code === zod_1.z.ZodIssueCode.invalid_type && i.received === 'undefined')
            return 'missing';
        if (i.code === zod_1.z.ZodIssueCode.unrecognized_keys)
            return 'unknown-field';
        if (i.code === zod_1.z.ZodIssueCode.too_big && i.type === 'array' && path.endsWith('services'))
            return 'too-many-services';
        return 'invalid';
    })();
    const message = (() => {
        switch (i.code) {
            case zod_1.z.ZodIssueCode.custom: {
                const text = i.params?.text;
                return text ?? { nb: i.message, en: i.message };
            }
            case zod_1.z.ZodIssueCode.invalid_type:
                if (i.received === 'undefined')
                    return { nb: 'mangler', en: 'is missing' };
                return { nb: `skal være ${typeNb(i.expected)}, ikke ${typeNb(i.received)}`, en: `must be ${i.expected}, not ${i.received}` };
            case zod_1.z.ZodIssueCode.invalid_enum_value:
                return {
                    nb: `ugyldig verdi ${quoted(i.received)}; bruk en av: ${i.options.join(', ')}`,
                    en: `invalid value ${quoted(i.received)}; use one of: ${i.options.join(', ')}`,
                };
            case zod_1.z.ZodIssueCode.unrecognized_keys: {
                const keys = i.keys.map((k) => quoted(k)).join(', ');
                if (i.keys.some((k) => PRIVATE_KEY.test(k))) {
                    return {
                        nb: `ukjent felt ${keys}. Skjemaet tar aldri imot barnets navn, fødselsnummer eller fritekst om barnet – fjern feltet.`,
                        en: `unknown field ${keys}. The form never takes the child's name, national ID number or free text about the child – remove the field.`,
                    };
                }
                return { nb: `ukjent felt ${keys}`, en: `unknown field ${keys}` };
            }
            case zod_1.z.ZodIssueCode.too_small:
                if (i.type === 'array')
                    return { nb: `må ha minst ${String(i.minimum)}`, en: `needs at least ${String(i.minimum)}` };
                return { nb: `må være minst ${String(i.minimum)}`, en: `must be at least ${String(i.minimum)}` };
            case zod_1.z.ZodIssueCode.too_big:
                if (i.type === 'array')
                    return { nb: `kan ha høyst ${String(i.maximum)}`, en: `can have at most ${String(i.maximum)}` };
                return { nb: `kan være høyst ${String(i.maximum)}`, en: `must be at most ${String(i.maximum)}` };
            case zod_1.z.ZodIssueCode.invalid_union:
            case zod_1.z.ZodIssueCode.invalid_literal:
            default:
                return { nb: `ugyldig verdi (${i.message})`, en: `invalid value (${i.message})` };
        }
    })();
    return { path, code, message };
}
function typeNb(t) {
    const map = {
        boolean: 'true eller false',
        number: 'et tall',
        integer: 'et heltall',
        string: 'tekst',
        array: 'en liste',
        object: 'et objekt',
        null: 'null',
    };
    return map[t] ?? t;
}
//# sourceMappingURL=input.js.map