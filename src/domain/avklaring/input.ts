import { z } from 'zod';
import { DEFAULT_PROFILE_ID, getProfile, ProfileId } from '../../content/profiles';
import type { ServiceDef } from '../../content/profiles';
import { AGE_MAX, AGE_MIN, phrase, T, TYPE_NAMES, type Phrase, type TypeName } from './phrases';
import { SERVICE_FACTS, CASE_FACTS, type CaseFactKey } from '../../content/profiles/vocabulary';

/**
 * The facts the "who should coordinate?" advice needs. One schema for the Teams form card and the CLI.
 * There is deliberately no field for a name, a fødselsnummer or free text about the child: unknown fields are
 * rejected, so such data cannot slip through.
 *
 * Adaptive Card submits send every value as a string ("true", "7", ""), so booleans and numbers also accept
 * their string forms and an empty string counts as "not answered".
 */

const emptyToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);
const toBool = (v: unknown): unknown => {
  const e = emptyToUndefined(v);
  if (e === 'true') return true;
  if (e === 'false') return false;
  return e;
};
const toInt = (v: unknown): unknown => {
  const e = emptyToUndefined(v);
  return typeof e === 'string' && /^\s*-?\d+\s*$/.test(e) ? Number(e) : e;
};

const bool = () => z.preprocess(toBool, z.boolean());
const optBool = () => z.preprocess(toBool, z.boolean().optional());
function optEnum<T extends readonly { value: string }[]>(options: T) {
  const values = options.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]];
  return z.preprocess(emptyToUndefined, z.enum(values).optional());
}

export const serviceEntrySchema = z
  .object({
    serviceId: z.string().min(1),
    followUp: optEnum(SERVICE_FACTS.followUp.options),
    childWelfareStatus: optEnum(SERVICE_FACTS.childWelfareStatus.options),
    miljoOffer: optEnum(SERVICE_FACTS.miljoOffer.options),
    healthNurseFollowUp: optEnum(SERVICE_FACTS.healthNurseFollowUp.options),
    outreachFollowUp: optEnum(SERVICE_FACTS.outreachFollowUp.options),
    factUngFollows: optBool(),
    respiteGranted: optBool(),
    livesInBarnebolig: optBool(),
    followedOverTime: optBool(),
  })
  .strict();
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

const measuresArenaValues = CASE_FACTS.measuresArena.options.map((o) => o.value) as [
  (typeof CASE_FACTS.measuresArena.options)[number]['value'],
  ...(typeof CASE_FACTS.measuresArena.options)[number]['value'][],
];

export const MAX_SERVICES = 20;

/** What kind of problem an input issue is, so a form can say it in its own words next to its own field. */
export type IssueCode =
  | 'missing'
  | 'invalid'
  | 'no-services'
  | 'too-many-services'
  | 'unknown-service'
  | 'duplicate-service'
  | 'not-applicable'
  | 'age-with-unborn'
  | 'age-missing'
  | 'age-out-of-range'
  | 'unknown-field';

/** Whether any rule of the service reads this fact about the case (e.g. the school row reads where measures happen). */
export function readsCaseFact(def: ServiceDef, fact: CaseFactKey): boolean {
  return def.rules.some((r) => r.when.some((c) => c.kind === 'case' && c.fact === fact));
}

const profileIdSchema = z.preprocess(emptyToUndefined, ProfileId.default(DEFAULT_PROFILE_ID));
const unbornSchema = z.preprocess(toBool, z.boolean().default(false));
/** Whole years. Ages outside 0–23 pass the schema and are answered by advise() with a clear message. */
const ageSchema = z.preprocess(toInt, z.number().int().min(-150).max(150).optional());

export const adviceInputSchema = z
  .object({
    profileId: profileIdSchema,
    /** True when the family is expecting the child; then ageYears stays empty and services may be none yet. */
    unborn: unbornSchema,
    ageYears: ageSchema,
    services: z.array(serviceEntrySchema).max(MAX_SERVICES),
    /** Needed only when a listed service's rules read it (the school row); checked below. */
    measuresArena: z.preprocess(emptyToUndefined, z.enum(measuresArenaValues).optional()),
    seriousCondition: bool(),
    /** Needed when at least two services are listed: with fewer there is nobody to work together with. */
    mustCooperateOverTime: optBool(),
    /**
     * Optional so that answers stored before the question existed still parse. Unanswered means the need was
     * not established, and the rules that depend on it (IP conditions, the school row) then do not fire.
     */
    mustCoordinateAmongThemselves: z.preprocess(toBool, z.boolean().default(false)),
    consentInPlace: bool(),
    existingCoordinator: z.preprocess(toBool, z.boolean().default(false)),
    existingGroupWorksWell: z.preprocess(toBool, z.boolean().default(false)),
    /** Every service has said it cannot or will not take the role (source 004: take turns or lift it to a leader). */
    nobodyWantsRole: z.preprocess(toBool, z.boolean().default(false)),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const found of ageAndServiceIssues(input.profileId, input.unborn, input.ageYears, input.services)) ctx.addIssue(issue(found));
    const profile = getProfile(input.profileId);
    const defs = input.services.map((e) => profile.services.find((s) => s.id === e.serviceId)).filter((d): d is ServiceDef => !!d);
    if (input.measuresArena === undefined && defs.some((d) => readsCaseFact(d, 'measuresArena'))) {
      ctx.addIssue(issue({ path: ['measuresArena'], code: 'missing', message: phrase('input.missing') }));
    }
    if (input.mustCooperateOverTime === undefined && input.services.length >= 2) {
      ctx.addIssue(issue({ path: ['mustCooperateOverTime'], code: 'missing', message: phrase('input.missing') }));
    }
  });

/** The validated input advise() works on. */
export type AdviceInput = z.infer<typeof adviceInputSchema>;
/** What a caller may send before defaults and string coercion. */
export type AdviceInputRaw = z.input<typeof adviceInputSchema>;

/** A problem with the input: where, what kind, and how to say it (a phrase src/present/phrase.ts words). */
export type InputIssue = { path: string; code: IssueCode; message: Phrase };
export type ParseResult = { ok: true; value: AdviceInput } | { ok: false; issues: InputIssue[] };

/** Validates raw input and explains each problem as a phrase, naming the field (e.g. services[1].followUp). */
export function parseAdviceInput(raw: unknown): ParseResult {
  const parsed = adviceInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map(describeIssue);
  // zod skips the refinements when another field is wrong; run them on the raw data so that one attempt
  // shows every problem instead of revealing them one fix at a time.
  const known = new Set(issues.map((i) => `${i.path} ${i.code}`));
  for (const found of looseIssues(raw)) {
    const path = formatPath(found.path);
    if (!known.has(`${path} ${found.code}`)) issues.push({ path, code: found.code, message: found.message });
  }
  return { ok: false, issues };
}

/**
 * The first part of the question (age, not yet born, which services): what a form asks before it knows which
 * follow-up questions apply. The same checks as the whole input, so the form and advise() agree.
 */
export const stageOneSchema = z
  .object({
    profileId: profileIdSchema,
    unborn: unbornSchema,
    ageYears: ageSchema,
    serviceIds: z.array(z.string().min(1)).max(MAX_SERVICES),
  })
  .strict()
  .superRefine((input, ctx) => {
    const entries = input.serviceIds.map((serviceId) => ({ serviceId }));
    for (const found of ageAndServiceIssues(input.profileId, input.unborn, input.ageYears, entries)) ctx.addIssue(issue(found));
    // The whole input lets any age through so that advise() can answer it; a form stops here instead, with the
    // same words advise() would use.
    const age = input.ageYears;
    if (!input.unborn && age !== undefined && (age < AGE_MIN || age > AGE_MAX)) {
      ctx.addIssue(issue({ path: ['ageYears'], code: 'age-out-of-range', message: age < AGE_MIN ? T.ageNegative : T.ageTooHigh(age) }));
    }
  });
export type StageOne = z.infer<typeof stageOneSchema>;
export type StageOneResult = { ok: true; value: StageOne } | { ok: false; issues: InputIssue[] };

/** Checks the first stage; issue paths name the fields as the whole input does (services, ageYears). */
export function parseStageOne(raw: unknown): StageOneResult {
  const parsed = stageOneSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(describeIssue).map((i) => ({ ...i, path: i.path.replace(/^serviceIds/, 'services') })) };
}

type FoundIssue = { path: (string | number)[]; code: IssueCode; message: Phrase };

/** Checks that need the profile: service ids exist, appear once, and only carry facts that apply to them. */
function serviceIssues(profileId: ProfileId, services: readonly Record<string, unknown>[]): FoundIssue[] {
  const found: FoundIssue[] = [];
  const profile = getProfile(profileId);
  const validIds = profile.services.filter((s) => !s.legacy).map((s) => s.id).join(', ');
  const seen = new Set<string>();
  services.forEach((entry, i) => {
    const serviceId = entry.serviceId;
    if (typeof serviceId !== 'string') return;
    const def = profile.services.find((s) => s.id === serviceId);
    if (!def) {
      found.push({
        path: ['services', i, 'serviceId'],
        code: 'unknown-service',
        message: phrase('input.unknownService', { service: quoted(serviceId), profile: profile.id, valid: validIds }),
      });
      return;
    }
    if (seen.has(serviceId)) {
      found.push({ path: ['services', i, 'serviceId'], code: 'duplicate-service', message: phrase('input.duplicateService', { service: serviceId }) });
    }
    seen.add(serviceId);
    for (const key of Object.keys(entry)) {
      if (key === 'serviceId' || entry[key] === undefined || entry[key] === '' || !(key in SERVICE_FACTS)) continue;
      if (!(def.facts as string[]).includes(key)) {
        found.push({
          path: ['services', i, key],
          code: 'not-applicable',
          message: phrase('input.notApplicable', { service: serviceId, facts: def.facts.join(', ') }),
        });
      }
    }
  });
  return found;
}

/** Age and service checks shared by the whole input and its first stage. */
function ageAndServiceIssues(
  profileId: ProfileId,
  unborn: boolean,
  ageYears: number | undefined,
  services: readonly Record<string, unknown>[],
): FoundIssue[] {
  const found: FoundIssue[] = [];
  if (unborn && ageYears !== undefined) {
    found.push({
      path: ['ageYears'],
      code: 'age-with-unborn',
      message: phrase('input.ageWithUnborn'),
    });
  }
  if (!unborn && ageYears === undefined) {
    found.push({
      path: ['ageYears'],
      code: 'age-missing',
      message: phrase('input.ageMissing'),
    });
  }
  // A family expecting a child may have no services yet and still have a right to a barnekoordinator (000, 004).
  if (!unborn && services.length === 0) {
    found.push({
      path: ['services'],
      code: 'no-services',
      message: phrase('input.noServices'),
    });
  }
  found.push(...serviceIssues(profileId, services));
  return found;
}

/** The refinements run on raw data that failed the schema, each part only where it can be read. */
function looseIssues(raw: unknown): FoundIssue[] {
  if (!raw || typeof raw !== 'object') return [];
  const r = raw as Record<string, unknown>;
  const id = ProfileId.safeParse(emptyToUndefined(r.profileId) ?? DEFAULT_PROFILE_ID);
  if (!id.success) return [];
  const services = Array.isArray(r.services) ? r.services.map((e: unknown) => (e && typeof e === 'object' ? (e as Record<string, unknown>) : {})) : undefined;
  const unborn = unbornSchema.safeParse(r.unborn);
  const age = ageSchema.safeParse(r.ageYears);
  if (!unborn.success || !age.success || !services) return services ? serviceIssues(id.data, services) : [];
  return ageAndServiceIssues(id.data, unborn.data, age.data, services);
}

function issue(found: FoundIssue): z.IssueData {
  return { code: z.ZodIssueCode.custom, path: found.path, message: found.message.phrase, params: { phrase: found.message, code: found.code } };
}

function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

/**
 * Values typed by users are echoed only when they look like ids, so a name or an 11-digit number pasted into
 * a field never ends up in an error message or a log; any other value is only said to be hidden.
 */
function quoted(value: unknown): string | Phrase {
  if (typeof value === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(value) && !/\d{6,}/.test(value)) return `'${value}'`;
  return phrase('input.valueHidden');
}

const PRIVATE_KEY = /navn|name|fnr|f(o|ø|oe)dsels|personn|ssn|birth|f(o|ø)dt|fritekst|comment|note|beskriv|descr|text/i;

function describeIssue(i: z.ZodIssue): InputIssue {
  const path = formatPath(i.path) || '(input)';
  const code = ((): IssueCode => {
    if (i.code === z.ZodIssueCode.custom) return (i.params as { code?: IssueCode } | undefined)?.code ?? 'invalid';
    if (i.code === z.ZodIssueCode.invalid_type && i.received === 'undefined') return 'missing';
    if (i.code === z.ZodIssueCode.unrecognized_keys) return 'unknown-field';
    if (i.code === z.ZodIssueCode.too_big && i.type === 'array' && path.endsWith('services')) return 'too-many-services';
    return 'invalid';
  })();
  const message = ((): Phrase => {
    switch (i.code) {
      case z.ZodIssueCode.custom: {
        // Every custom issue is made by issue() above, with its phrase.
        const said = (i.params as { phrase?: Phrase } | undefined)?.phrase;
        return said ?? phrase('input.invalid', { detail: i.message });
      }
      case z.ZodIssueCode.invalid_type:
        if (i.received === 'undefined') return phrase('input.missing');
        return phrase('input.wrongType', { expected: typeName(i.expected), received: typeName(i.received) });
      case z.ZodIssueCode.invalid_enum_value:
        return phrase('input.badChoice', { value: quoted(i.received), options: i.options.join(', ') });
      case z.ZodIssueCode.unrecognized_keys: {
        const keys = { list: i.keys.map((k) => quoted(k)) };
        if (i.keys.some((k) => PRIVATE_KEY.test(k))) {
          return phrase('input.privateField', { keys });
        }
        return phrase('input.unknownField', { keys });
      }
      case z.ZodIssueCode.too_small:
        if (i.type === 'array') return phrase('input.tooFewItems', { n: String(i.minimum) });
        return phrase('input.tooSmall', { n: String(i.minimum) });
      case z.ZodIssueCode.too_big:
        if (i.type === 'array') return phrase('input.tooManyItems', { n: String(i.maximum) });
        return phrase('input.tooBig', { n: String(i.maximum) });
      case z.ZodIssueCode.invalid_union:
      case z.ZodIssueCode.invalid_literal:
      default:
        return phrase('input.invalid', { detail: i.message });
    }
  })();
  return { path, code, message };
}

/** A zod value type as a phrase the reader's language names; a type without a name keeps zod's. */
function typeName(type: string): Phrase | string {
  return (TYPE_NAMES as readonly string[]).includes(type) ? phrase(`input.type.${type as TypeName}`) : type;
}
