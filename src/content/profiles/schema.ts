import { z } from 'zod';
import {
  CASE_FACTS,
  SERVICE_FACTS,
  allowedValues,
  caseFactKeySchema,
  roleIdSchema,
  serviceCategorySchema,
  serviceFactKeySchema,
  sourceSchema,
  textSchema,
  type FactValue,
} from './vocabulary';

/**
 * A municipality profile is pure data. The rules engine in src/domain/avklaring reads it; adding a third
 * municipality means one more folder in src/content/municipalities, not branches in the engine. Which ids
 * exist is the registry's business (src/content/municipalities/index.ts), so the schema checks only the shape.
 */

const factValueSchema = z.union([z.string().min(1), z.boolean()]);
const asciiId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and dashes');

/**
 * Conditions are deliberately few and declarative so that a profile author can read them:
 * - service: a fact about the service the row belongs to;
 * - case: a fact about the case as a whole;
 * - age: the child's age (unborn says whether an unborn child matches);
 * - others: how many *other* involved services match a description;
 * - closer-others: whether another involved service follows the child more often than this one.
 */
const serviceConditionSchema = z.object({ kind: z.literal('service'), fact: serviceFactKeySchema, in: z.array(factValueSchema).min(1) }).strict();

export const conditionSchema = z.discriminatedUnion('kind', [
  serviceConditionSchema,
  z.object({ kind: z.literal('case'), fact: caseFactKeySchema, in: z.array(factValueSchema).min(1) }).strict(),
  z
    .object({
      kind: z.literal('age'),
      minYears: z.number().int().min(0).optional(),
      maxYears: z.number().int().min(0).optional(),
      unborn: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('others'),
      match: z
        .object({
          serviceIds: z.array(asciiId).min(1).optional(),
          categories: z.array(serviceCategorySchema).min(1).optional(),
          fact: serviceFactKeySchema.optional(),
          in: z.array(factValueSchema).min(1).optional(),
          /** Count only services whose own facts show lasting help (see serviceSchema.noLastingHelpWhen). */
          lastingHelp: z.literal(true).optional(),
        })
        .strict(),
      atLeast: z.number().int().min(0).optional(),
      atMost: z.number().int().min(0).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('closer-others'), exists: z.boolean() }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const VERDICTS = ['natural', 'not-natural'] as const;
export const ruleSchema = z
  .object({
    id: asciiId,
    verdict: z.enum(VERDICTS),
    /** Narrows the role when the row allows several (e.g. child welfare: koordinator when care is taken over). */
    role: roleIdSchema.optional(),
    /** All conditions must hold. Rules are tried in order and the first match decides. */
    when: z.array(conditionSchema).min(1),
    reason: textSchema,
    source: sourceSchema,
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

export const serviceSchema = z
  .object({
    id: asciiId,
    name: textSchema,
    category: serviceCategorySchema,
    /** True for rows of the coordinator table; other services are listed so the plan rules can count them. */
    inTable: z.boolean(),
    roles: z.array(roleIdSchema),
    /** Facts the form asks about this service. Every service fact a rule reads must be listed here. */
    facts: z.array(serviceFactKeySchema),
    rules: z.array(ruleSchema),
    /**
     * Facts of this service that show it gives no lasting help of its own – a couple of check-ups a year, only
     * what every child gets from the health nurse, an investigation. Such a service does not count towards
     * "several services that must be coordinated among themselves" (source 004). Any one condition is enough;
     * a fact left unanswered does not exclude the service.
     */
    noLastingHelpWhen: z.array(serviceConditionSchema).default([]),
    /**
     * False for a service whose coordination runs on its own track, so it never counts towards "several
     * services" (the GP coordinates the medical side whatever else happens, source 003 section 1).
     */
    countsTowardsCoordination: z.boolean().default(true),
    /**
     * Kept only so that answers stored (or case files written) before the service was split still read as
     * before; the form no longer offers it (e.g. 'fysio-ergo', now fysioterapeut and ergoterapeut).
     */
    legacy: z.boolean().default(false),
    /** Said when no rule matches. */
    noMatchReason: textSchema,
    source: sourceSchema,
  })
  .strict();
export type ServiceDef = z.infer<typeof serviceSchema>;

const citedTextSchema = z.object({ text: textSchema, source: sourceSchema }).strict();

const planTypeSchema = z
  .object({
    name: textSchema,
    role: roleIdSchema,
    /** Where the plan is kept, e.g. Samspill; the bot never holds the plan itself. */
    tool: textSchema,
    description: textSchema,
    source: sourceSchema,
  })
  .strict();

export const profileSchema = z
  .object({
    id: asciiId,
    displayName: textSchema,
    municipality: z.string().min(1),
    planModel: z.enum(['tverrfaglig-plan', 'stafettlogg-ip']),
    /** Why the table applies in this municipality and how much weight it carries. */
    tableNote: textSchema.optional(),
    /** Where this municipality's sources (or the general ones its model follows) give the 0–23 age range. */
    ageRangeSource: sourceSchema,
    planTypes: z
      .object({
        /** The plan everyone gets when a plan is needed (tverrfaglig plan, or stafettlogg in the older model). */
        base: planTypeSchema,
        /** The statutory plan (individuell plan) when its conditions hold; only in the older model. */
        statutory: planTypeSchema.optional(),
        /** Service categories that count towards the statutory conditions (health and care, child welfare, NAV). */
        statutoryCategories: z.array(serviceCategorySchema).default([]),
        statutoryConditions: citedTextSchema.optional(),
      })
      .strict(),
    services: z.array(serviceSchema).min(1),
    barnekoordinator: z
      .object({
        holder: textSchema,
        note: textSchema.optional(),
        source: sourceSchema,
        /** The municipality's own source for the right itself (who has it, until 18, before birth); else source 004. */
        rightSource: sourceSchema.optional(),
        /** How a family with the right gets a barnekoordinator here: whom to contact, and the fallback route. */
        howToGet: citedTextSchema,
      })
      .strict(),
    serviceDecision: z
      .object({
        /** 'services' = the services agree among themselves; otherwise a unit (KTK) decides. */
        decidedBy: z.enum(['services', 'coordinating-unit']),
        unitName: textSchema.optional(),
        /** Which plans the unit decides for: all, or only statutory (IP/koordinator) cases. */
        appliesTo: z.enum(['all-plans', 'statutory-only']),
        text: textSchema,
        source: sourceSchema,
      })
      .strict(),
    escalation: z
      .object({
        /** Suggested length of each turn when the services take turns holding the role. */
        rotateYears: z.number().int().min(1),
        noAgreement: citedTextSchema,
        /** When a unit decides statutory cases, disagreement there goes back to it instead. */
        statutoryNoAgreement: citedTextSchema.optional(),
        changeOfCoordinator: citedTextSchema,
      })
      .strict(),
    /** Reminders only this municipality's sources give (e.g. hear the family's wishes about who coordinates). */
    extraReminders: z
      .array(z.object({ id: asciiId, onlyWhenPlanNeeded: z.boolean(), text: textSchema, source: sourceSchema }).strict())
      .default([]),
    barnevernvakta: z
      .object({ phone: z.string().regex(/^[0-9 ]{8,11}$/), hours: textSchema, source: sourceSchema })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const ids = new Set<string>();
    profile.services.forEach((service, si) => {
      if (ids.has(service.id)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['services', si, 'id'], message: `duplicate service id '${service.id}'` });
      }
      ids.add(service.id);
      if (service.inTable && service.roles.length === 0) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['services', si, 'roles'], message: 'a table row needs at least one role' });
      }
      if (service.inTable && !service.rules.some((r) => r.verdict === 'natural')) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['services', si, 'rules'], message: 'a table row needs a natural rule' });
      }
      service.noLastingHelpWhen.forEach((cond, ci) => {
        const at = ['services', si, 'noLastingHelpWhen', ci];
        for (const v of cond.in) {
          if (!allowedValues(SERVICE_FACTS[cond.fact]).includes(v)) {
            ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: `'${String(v)}' is not a value of fact '${cond.fact}'` });
          }
        }
        if (!service.facts.includes(cond.fact)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: `reads '${cond.fact}' but the service does not list it in facts` });
        }
      });
      const ruleIds = new Set<string>();
      service.rules.forEach((rule, ri) => {
        if (ruleIds.has(rule.id)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['services', si, 'rules', ri, 'id'], message: `duplicate rule id '${rule.id}'` });
        }
        ruleIds.add(rule.id);
        if (rule.role && !service.roles.includes(rule.role)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['services', si, 'rules', ri, 'role'],
            message: `role '${rule.role}' is not one of the row's roles`,
          });
        }
        rule.when.forEach((cond, ci) => {
          const at = ['services', si, 'rules', ri, 'when', ci];
          const checkValues = (values: FactValue[], allowed: readonly FactValue[], fact: string): void => {
            for (const v of values) {
              if (!allowed.includes(v)) {
                ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: `'${String(v)}' is not a value of fact '${fact}'` });
              }
            }
          };
          if (cond.kind === 'service') {
            checkValues(cond.in, allowedValues(SERVICE_FACTS[cond.fact]), cond.fact);
            if (!service.facts.includes(cond.fact)) {
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: `rule reads '${cond.fact}' but the service does not list it in facts` });
            }
          } else if (cond.kind === 'case') {
            checkValues(cond.in, allowedValues(CASE_FACTS[cond.fact]), cond.fact);
          } else if (cond.kind === 'others') {
            if (cond.match.fact) checkValues(cond.match.in ?? [], allowedValues(SERVICE_FACTS[cond.match.fact]), cond.match.fact);
            if (cond.match.in && !cond.match.fact) {
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: "'in' needs a 'fact'" });
            }
            if (cond.atLeast === undefined && cond.atMost === undefined) {
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: 'give atLeast and/or atMost' });
            }
          } else if (cond.kind === 'age') {
            if (cond.minYears !== undefined && cond.maxYears !== undefined && cond.minYears > cond.maxYears) {
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: at, message: 'minYears is above maxYears' });
            }
          }
        });
      });
    });
    // Service ids named in 'others' conditions must exist, or the rule silently never fires.
    profile.services.forEach((service, si) =>
      service.rules.forEach((rule, ri) =>
        rule.when.forEach((cond, ci) => {
          if (cond.kind !== 'others') return;
          for (const id of cond.match.serviceIds ?? []) {
            if (!ids.has(id)) {
              ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['services', si, 'rules', ri, 'when', ci], message: `unknown service id '${id}'` });
            }
          }
        }),
      ),
    );
    if (profile.planModel === 'stafettlogg-ip' && !profile.planTypes.statutory) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['planTypes', 'statutory'], message: 'the stafettlogg-ip model needs a statutory plan type' });
    }
    if (profile.serviceDecision.decidedBy === 'coordinating-unit' && !profile.serviceDecision.unitName) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['serviceDecision', 'unitName'], message: 'name the unit that decides' });
    }
  });

export type Profile = z.infer<typeof profileSchema>;
/** What a data file writes before defaults are applied. */
export type ProfileData = z.input<typeof profileSchema>;
/** A municipality folder's profile.ts: the id is written once, in the folder's index.ts, and added by the registry. */
export type MunicipalityProfileData = Omit<ProfileData, 'id'>;
