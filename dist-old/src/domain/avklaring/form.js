"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceFactQuestionId = exports.SERVICE_FACT_PREFIX = void 0;
exports.adviceFormQuestions = adviceFormQuestions;
exports.detailQuestions = detailQuestions;
exports.adviceInputFromForm = adviceInputFromForm;
const profiles_1 = require("../../content/profiles");
const vocabulary_1 = require("../../content/profiles/vocabulary");
const input_1 = require("./input");
const texts_1 = require("./texts");
exports.SERVICE_FACT_PREFIX = 'svc.';
const serviceFactQuestionId = (serviceId, fact) => `${exports.SERVICE_FACT_PREFIX}${serviceId}.${fact}`;
exports.serviceFactQuestionId = serviceFactQuestionId;
const LABELS = {
    profileId: { nb: 'Kommune', en: 'Municipality' },
    unborn: { nb: 'Barnet er ikke født ennå', en: 'The child is not born yet' },
    ageYears: { nb: 'Barnets alder (hele år)', en: 'The child’s age (whole years)' },
    ageYearsHelp: { nb: 'Ikke navn eller fødselsnummer – bare alder.', en: 'No name or national ID number – only the age.' },
    services: { nb: 'Hvilke tjenester er inne i dag?', en: 'Which services are involved today?' },
    consentInPlace: {
        nb: 'Er det samtykke til å kontakte de andre tjenestene?',
        en: 'Is there consent to contact the other services?',
    },
    existingCoordinator: { nb: 'Har barnet allerede en koordinator?', en: 'Does the child already have a coordinator?' },
};
function optionsOf(def) {
    return def.kind === 'enum' ? def.options.map((o) => ({ value: o.value, label: o.label })) : undefined;
}
function factQuestion(id, def, required) {
    return def.kind === 'boolean'
        ? { id, kind: 'boolean', label: def.label, required, defaultValue: false }
        : { id, kind: 'choice', label: def.label, required, options: optionsOf(def) };
}
/** The form for one profile, in the order a person would answer it. */
function adviceFormQuestions(profileId = profiles_1.DEFAULT_PROFILE_ID) {
    const profile = (0, profiles_1.getProfile)(profileId);
    const readsCaseFact = (fact) => profile.services.some((s) => s.rules.some((r) => r.when.some((c) => c.kind === 'case' && c.fact === fact)));
    const questions = [
        {
            id: 'profileId',
            kind: 'choice',
            label: LABELS.profileId,
            required: true,
            options: (0, profiles_1.listProfiles)().map((p) => ({ value: p.id, label: p.displayName })),
            defaultValue: profile.id,
        },
        { id: 'unborn', kind: 'boolean', label: LABELS.unborn, required: false, defaultValue: false },
        { id: 'ageYears', kind: 'integer', label: LABELS.ageYears, help: LABELS.ageYearsHelp, required: false, min: texts_1.AGE_MIN, max: texts_1.AGE_MAX },
        {
            id: 'services',
            kind: 'multi-choice',
            label: LABELS.services,
            required: true,
            // Services kept only for stored answers (fysio-ergo) are not offered any more.
            options: profile.services.filter((s) => !s.legacy).map((s) => ({ value: s.id, label: s.name })),
        },
        { ...factQuestion('measuresArena', vocabulary_1.CASE_FACTS.measuresArena, true), fact: 'measuresArena' },
        { ...factQuestion('seriousCondition', vocabulary_1.CASE_FACTS.seriousCondition, true), fact: 'seriousCondition' },
        { ...factQuestion('mustCooperateOverTime', vocabulary_1.CASE_FACTS.mustCooperateOverTime, true), fact: 'mustCooperateOverTime' },
        {
            ...factQuestion('mustCoordinateAmongThemselves', vocabulary_1.CASE_FACTS.mustCoordinateAmongThemselves, false),
            fact: 'mustCoordinateAmongThemselves',
        },
        { id: 'consentInPlace', kind: 'boolean', label: LABELS.consentInPlace, required: true, defaultValue: false },
        { id: 'existingCoordinator', kind: 'boolean', label: LABELS.existingCoordinator, required: false, defaultValue: false },
        { ...factQuestion('nobodyWantsRole', vocabulary_1.CASE_FACTS.nobodyWantsRole, false), fact: 'nobodyWantsRole' },
    ];
    if (readsCaseFact('existingGroupWorksWell')) {
        questions.push({ ...factQuestion('existingGroupWorksWell', vocabulary_1.CASE_FACTS.existingGroupWorksWell, false), fact: 'existingGroupWorksWell' });
    }
    // Legacy services keep their questions so an older card's answers still map to them.
    for (const service of profile.services) {
        for (const fact of service.facts) {
            questions.push({
                ...factQuestion((0, exports.serviceFactQuestionId)(service.id, fact), vocabulary_1.SERVICE_FACTS[fact], false),
                serviceId: service.id,
                fact,
            });
        }
    }
    return questions;
}
/** Categories whose services may need to settle their efforts among themselves (health and care, child welfare, NAV). */
const HELPER_CATEGORIES = new Set(['municipal-health', 'specialist-health', 'child-welfare', 'nav']);
/**
 * The questions that matter once the age and the services are known: the follow-up questions of the ticked
 * services only, and of the questions about the case those that can change the answer for these services.
 * Nothing else is asked, so the form stays short.
 */
function detailQuestions(profileId, stage) {
    const profile = (0, profiles_1.getProfile)(profileId);
    const defs = stage.serviceIds.map((id) => profile.services.find((s) => s.id === id)).filter((d) => !!d);
    const n = defs.length;
    const helpers = defs.filter((d) => d.countsTowardsCoordination && HELPER_CATEGORIES.has(d.category)).length;
    const wanted = {
        // Where measures happen and an existing group only change the rows that read them.
        measuresArena: defs.some((d) => (0, input_1.readsCaseFact)(d, 'measuresArena')),
        existingGroupWorksWell: defs.some((d) => (0, input_1.readsCaseFact)(d, 'existingGroupWorksWell')),
        // Asked whatever the services: it decides the right to a barnekoordinator.
        seriousCondition: true,
        mustCooperateOverTime: n >= 2,
        // Helpers that must settle their efforts among themselves need at least two of them.
        mustCoordinateAmongThemselves: helpers >= 2,
        consentInPlace: true,
        existingCoordinator: n >= 2,
        nobodyWantsRole: n >= 2,
    };
    const all = adviceFormQuestions(profileId);
    const general = all.filter((q) => !q.serviceId && wanted[q.id] === true);
    const perService = defs.flatMap((d) => all.filter((q) => q.serviceId === d.id));
    return [...perService, ...general];
}
const CASE_KEYS = [
    'profileId',
    'unborn',
    'ageYears',
    'measuresArena',
    'seriousCondition',
    'mustCooperateOverTime',
    'mustCoordinateAmongThemselves',
    'consentInPlace',
    'existingCoordinator',
    'existingGroupWorksWell',
    'nobodyWantsRole',
];
/**
 * Turns flat card submit data into the raw shape adviceInputSchema takes. It only picks known keys (the card
 * also sends its verb and other action data) and drops unanswered ones; validation is left to the schema.
 * `services` is the comma-separated value of a multi-select ChoiceSet, or an array.
 */
function adviceInputFromForm(data) {
    const out = {};
    for (const key of CASE_KEYS) {
        const v = data[key];
        if (v !== undefined && v !== '')
            out[key] = v;
    }
    const rawServices = data.services;
    const ids = Array.isArray(rawServices)
        ? rawServices.map(String)
        : typeof rawServices === 'string'
            ? rawServices.split(',')
            : [];
    out.services = ids
        .map((id) => id.trim())
        .filter((id) => id.length > 0)
        .map((serviceId) => {
        const entry = { serviceId };
        const prefix = `${exports.SERVICE_FACT_PREFIX}${serviceId}.`;
        for (const [key, value] of Object.entries(data)) {
            if (!key.startsWith(prefix) || value === undefined || value === '')
                continue;
            const fact = key.slice(prefix.length);
            if (fact in vocabulary_1.SERVICE_FACTS)
                entry[fact] = value;
        }
        return entry;
    });
    return out;
}
//# sourceMappingURL=form.js.map