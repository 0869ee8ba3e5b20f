"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.profileSchema = exports.serviceSchema = exports.ruleSchema = exports.VERDICTS = exports.conditionSchema = exports.ProfileId = exports.PROFILE_IDS = void 0;
const zod_1 = require("zod");
const vocabulary_1 = require("./vocabulary");
/**
 * A municipality profile is pure data. The rules engine in src/domain/avklaring reads it; adding a third
 * municipality means writing one more file shaped like this, not adding branches to the engine.
 */
exports.PROFILE_IDS = ['tromso-2025', 'vestre-toten'];
exports.ProfileId = zod_1.z.enum(exports.PROFILE_IDS);
const factValueSchema = zod_1.z.union([zod_1.z.string().min(1), zod_1.z.boolean()]);
const asciiId = zod_1.z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and dashes');
/**
 * Conditions are deliberately few and declarative so that a profile author can read them:
 * - service: a fact about the service the row belongs to;
 * - case: a fact about the case as a whole;
 * - age: the child's age (unborn says whether an unborn child matches);
 * - others: how many *other* involved services match a description;
 * - closer-others: whether another involved service follows the child more often than this one.
 */
const serviceConditionSchema = zod_1.z.object({ kind: zod_1.z.literal('service'), fact: vocabulary_1.serviceFactKeySchema, in: zod_1.z.array(factValueSchema).min(1) }).strict();
exports.conditionSchema = zod_1.z.discriminatedUnion('kind', [
    serviceConditionSchema,
    zod_1.z.object({ kind: zod_1.z.literal('case'), fact: vocabulary_1.caseFactKeySchema, in: zod_1.z.array(factValueSchema).min(1) }).strict(),
    zod_1.z
        .object({
        kind: zod_1.z.literal('age'),
        minYears: zod_1.z.number().int().min(0).optional(),
        maxYears: zod_1.z.number().int().min(0).optional(),
        unborn: zod_1.z.boolean(),
    })
        .strict(),
    zod_1.z
        .object({
        kind: zod_1.z.literal('others'),
        match: zod_1.z
            .object({
            serviceIds: zod_1.z.array(asciiId).min(1).optional(),
            categories: zod_1.z.array(vocabulary_1.serviceCategorySchema).min(1).optional(),
            fact: vocabulary_1.serviceFactKeySchema.optional(),
            in: zod_1.z.array(factValueSchema).min(1).optional(),
            /** Count only services whose own facts show lasting help (see serviceSchema.noLastingHelpWhen). */
            lastingHelp: zod_1.z.literal(true).optional(),
        })
            .strict(),
        atLeast: zod_1.z.number().int().min(0).optional(),
        atMost: zod_1.z.number().int().min(0).optional(),
    })
        .strict(),
    zod_1.z.object({ kind: zod_1.z.literal('closer-others'), exists: zod_1.z.boolean() }).strict(),
]);
exports.VERDICTS = ['natural', 'not-natural'];
exports.ruleSchema = zod_1.z
    .object({
    id: asciiId,
    verdict: zod_1.z.enum(exports.VERDICTS),
    /** Narrows the role when the row allows several (e.g. child welfare: koordinator when care is taken over). */
    role: vocabulary_1.roleIdSchema.optional(),
    /** All conditions must hold. Rules are tried in order and the first match decides. */
    when: zod_1.z.array(exports.conditionSchema).min(1),
    reason: vocabulary_1.textSchema,
    source: vocabulary_1.sourceSchema,
})
    .strict();
exports.serviceSchema = zod_1.z
    .object({
    id: asciiId,
    name: vocabulary_1.textSchema,
    category: vocabulary_1.serviceCategorySchema,
    /** True for rows of the coordinator table; other services are listed so the plan rules can count them. */
    inTable: zod_1.z.boolean(),
    roles: zod_1.z.array(vocabulary_1.roleIdSchema),
    /** Facts the form asks about this service. Every service fact a rule reads must be listed here. */
    facts: zod_1.z.array(vocabulary_1.serviceFactKeySchema),
    rules: zod_1.z.array(exports.ruleSchema),
    /**
     * Facts of this service that show it gives no lasting help of its own – a couple of check-ups a year, only
     * what every child gets from the health nurse, an investigation. Such a service does not count towards
     * "several services that must be coordinated among themselves" (source 004). Any one condition is enough;
     * a fact left unanswered does not exclude the service.
     */
    noLastingHelpWhen: zod_1.z.array(serviceConditionSchema).default([]),
    /**
     * False for a service whose coordination runs on its own track, so it never counts towards "several
     * services" (the GP coordinates the medical side whatever else happens, source 003 section 1).
     */
    countsTowardsCoordination: zod_1.z.boolean().default(true),
    /**
     * Kept only so that answers stored (or case files written) before the service was split still read as
     * before; the form no longer offers it (e.g. 'fysio-ergo', now fysioterapeut and ergoterapeut).
     */
    legacy: zod_1.z.boolean().default(false),
    /** Said when no rule matches. */
    noMatchReason: vocabulary_1.textSchema,
    source: vocabulary_1.sourceSchema,
})
    .strict();
const citedTextSchema = zod_1.z.object({ text: vocabulary_1.textSchema, source: vocabulary_1.sourceSchema }).strict();
const planTypeSchema = zod_1.z
    .object({
    name: vocabulary_1.textSchema,
    role: vocabulary_1.roleIdSchema,
    /** Where the plan is kept, e.g. Samspill; the bot never holds the plan itself. */
    tool: vocabulary_1.textSchema,
    description: vocabulary_1.textSchema,
    source: vocabulary_1.sourceSchema,
})
    .strict();
exports.profileSchema = zod_1.z
    .object({
    id: exports.ProfileId,
    displayName: vocabulary_1.textSchema,
    municipality: zod_1.z.string().min(1),
    planModel: zod_1.z.enum(['tverrfaglig-plan', 'stafettlogg-ip']),
    /** Why the table applies in this municipality and how much weight it carries. */
    tableNote: vocabulary_1.textSchema.optional(),
    /** Where this municipality's sources (or the general ones its model follows) give the 0–23 age range. */
    ageRangeSource: vocabulary_1.sourceSchema,
    planTypes: zod_1.z
        .object({
        /** The plan everyone gets when a plan is needed (tverrfaglig plan, or stafettlogg in the older model). */
        base: planTypeSchema,
        /** The statutory plan (individuell plan) when its conditions hold; only in the older model. */
        statutory: planTypeSchema.optional(),
        /** Service categories that count towards the statutory conditions (health and care, child welfare, NAV). */
        statutoryCategories: zod_1.z.array(vocabulary_1.serviceCategorySchema).default([]),
        statutoryConditions: citedTextSchema.optional(),
    })
        .strict(),
    services: zod_1.z.array(exports.serviceSchema).min(1),
    barnekoordinator: zod_1.z
        .object({
        holder: vocabulary_1.textSchema,
        note: vocabulary_1.textSchema.optional(),
        source: vocabulary_1.sourceSchema,
        /** The municipality's own source for the right itself (who has it, until 18, before birth); else source 004. */
        rightSource: vocabulary_1.sourceSchema.optional(),
        /** How a family with the right gets a barnekoordinator here: whom to contact, and the fallback route. */
        howToGet: citedTextSchema,
    })
        .strict(),
    serviceDecision: zod_1.z
        .object({
        /** 'services' = the services agree among themselves; otherwise a unit (KTK) decides. */
        decidedBy: zod_1.z.enum(['services', 'coordinating-unit']),
        unitName: vocabulary_1.textSchema.optional(),
        /** Which plans the unit decides for: all, or only statutory (IP/koordinator) cases. */
        appliesTo: zod_1.z.enum(['all-plans', 'statutory-only']),
        text: vocabulary_1.textSchema,
        source: vocabulary_1.sourceSchema,
    })
        .strict(),
    escalation: zod_1.z
        .object({
        /** Suggested length of each turn when the services take turns holding the role. */
        rotateYears: zod_1.z.number().int().min(1),
        noAgreement: citedTextSchema,
        /** When a unit decides statutory cases, disagreement there goes back to it instead. */
        statutoryNoAgreement: citedTextSchema.optional(),
        changeOfCoordinator: citedTextSchema,
    })
        .strict(),
    /** Reminders only this municipality's sources give (e.g. hear the family's wishes about who coordinates). */
    extraReminders: zod_1.z
        .array(zod_1.z.object({ id: asciiId, onlyWhenPlanNeeded: zod_1.z.boolean(), text: vocabulary_1.textSchema, source: vocabulary_1.sourceSchema }).strict())
        .default([]),
    barnevernvakta: zod_1.z
        .object({ phone: zod_1.z.string().regex(/^[0-9 ]{8,11}$/), hours: vocabulary_1.textSchema, source: vocabulary_1.sourceSchema })
        .strict()
        .optional(),
})
    .strict()
    .superRefine((profile, ctx) => {
    const ids = new Set();
    profile.services.forEach((service, si) => {
        if (ids.has(service.id)) {
            ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['services', si, 'id'], message: `duplicate service id '${service.id}'` });
        }
        ids.add(service.id);
        if (service.inTable && service.roles.length === 0) {
            ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['services', si, 'roles'], message: 'a table row needs at least one role' });
        }
        if (service.inTable && !service.rules.some((r) => r.verdict === 'natural')) {
            ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['services', si, 'rules'], message: 'a table row needs a natural rule' });
        }
        service.noLastingHelpWhen.forEach((cond, ci) => {
            const at = ['services', si, 'noLastingHelpWhen', ci];
            for (const v of cond.in) {
                if (!(0, vocabulary_1.allowedValues)(vocabulary_1.SERVICE_FACTS[cond.fact]).includes(v)) {
                    ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: `'${String(v)}' is not a value of fact '${cond.fact}'` });
                }
            }
            if (!service.facts.includes(cond.fact)) {
                ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: `reads '${cond.fact}' but the service does not list it in facts` });
            }
        });
        const ruleIds = new Set();
        service.rules.forEach((rule, ri) => {
            if (ruleIds.has(rule.id)) {
                ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['services', si, 'rules', ri, 'id'], message: `duplicate rule id '${rule.id}'` });
            }
            ruleIds.add(rule.id);
            if (rule.role && !service.roles.includes(rule.role)) {
                ctx.addIssue({
                    code: zod_1.z.ZodIssueCode.custom,
                    path: ['services', si, 'rules', ri, 'role'],
                    message: `role '${rule.role}' is not one of the row's roles`,
                });
            }
            rule.when.forEach((cond, ci) => {
                const at = ['services', si, 'rules', ri, 'when', ci];
                const checkValues = (values, allowed, fact) => {
                    for (const v of values) {
                        if (!allowed.includes(v)) {
                            ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: `'${String(v)}' is not a value of fact '${fact}'` });
                        }
                    }
                };
                if (cond.kind === 'service') {
                    checkValues(cond.in, (0, vocabulary_1.allowedValues)(vocabulary_1.SERVICE_FACTS[cond.fact]), cond.fact);
                    if (!service.facts.includes(cond.fact)) {
                        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: `rule reads '${cond.fact}' but the service does not list it in facts` });
                    }
                }
                else if (cond.kind === 'case') {
                    checkValues(cond.in, (0, vocabulary_1.allowedValues)(vocabulary_1.CASE_FACTS[cond.fact]), cond.fact);
                }
                else if (cond.kind === 'others') {
                    if (cond.match.fact)
                        checkValues(cond.match.in ?? [], (0, vocabulary_1.allowedValues)(vocabulary_1.SERVICE_FACTS[cond.match.fact]), cond.match.fact);
                    if (cond.match.in && !cond.match.fact) {
                        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: "'in' needs a 'fact'" });
                    }
                    if (cond.atLeast === undefined && cond.atMost === undefined) {
                        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: 'give atLeast and/or atMost' });
                    }
                }
                else if (cond.kind === 'age') {
                    if (cond.minYears !== undefined && cond.maxYears !== undefined && cond.minYears > cond.maxYears) {
                        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: at, message: 'minYears is above maxYears' });
                    }
                }
            });
        });
    });
    // Service ids named in 'others' conditions must exist, or the rule silently never fires.
    profile.services.forEach((service, si) => service.rules.forEach((rule, ri) => rule.when.forEach((cond, ci) => {
        if (cond.kind !== 'others')
            return;
        for (const id of cond.match.serviceIds ?? []) {
            if (!ids.has(id)) {
                ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['services', si, 'rules', ri, 'when', ci], message: `unknown service id '${id}'` });
            }
        }
    })));
    if (profile.planModel === 'stafettlogg-ip' && !profile.planTypes.statutory) {
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['planTypes', 'statutory'], message: 'the stafettlogg-ip model needs a statutory plan type' });
    }
    if (profile.serviceDecision.decidedBy === 'coordinating-unit' && !profile.serviceDecision.unitName) {
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path: ['serviceDecision', 'unitName'], message: 'name the unit that decides' });
    }
});
//# sourceMappingURL=schema.js.map