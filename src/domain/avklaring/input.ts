import { z } from 'zod';
import { DEFAULT_PROFILE_ID, getProfile, ProfileId } from '../../content/profiles';
import { SERVICE_FACTS, CASE_FACTS, type Text } from '../../content/profiles/vocabulary';

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

export const adviceInputSchema = z
  .object({
    profileId: z.preprocess(emptyToUndefined, ProfileId.default(DEFAULT_PROFILE_ID)),
    /** True when the family is expecting the child; then ageYears stays empty. */
    unborn: z.preprocess(toBool, z.boolean().default(false)),
    /** Whole years. Ages outside 0–23 pass the schema and are answered by advise() with a clear message. */
    ageYears: z.preprocess(toInt, z.number().int().min(-150).max(150).optional()),
    services: z.array(serviceEntrySchema).min(1).max(MAX_SERVICES),
    measuresArena: z.preprocess(emptyToUndefined, z.enum(measuresArenaValues)),
    seriousCondition: bool(),
    mustCooperateOverTime: bool(),
    /**
     * Optional so that answers stored before the question existed still parse. Unanswered means the need was
     * not established, and the rules that depend on it (IP conditions, the school row) then do not fire.
     */
    mustCoordinateAmongThemselves: z.preprocess(toBool, z.boolean().default(false)),
    consentInPlace: bool(),
    existingCoordinator: z.preprocess(toBool, z.boolean().default(false)),
    existingGroupWorksWell: z.preprocess(toBool, z.boolean().default(false)),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.unborn && input.ageYears !== undefined) {
      ctx.addIssue(issue(['ageYears'], { nb: 'skal stå tomt når barnet ikke er født ennå', en: 'must be empty when the child is not born yet' }));
    }
    if (!input.unborn && input.ageYears === undefined) {
      ctx.addIssue(
        issue(['ageYears'], {
          nb: 'mangler: oppgi alder i hele år, eller sett unborn til true hvis barnet ikke er født',
          en: 'missing: give the age in whole years, or set unborn to true if the child is not born yet',
        }),
      );
    }
    for (const found of serviceIssues(input.profileId, input.services)) ctx.addIssue(issue(found.path, found.message));
  });

/** The validated input advise() works on. */
export type AdviceInput = z.infer<typeof adviceInputSchema>;
/** What a caller may send before defaults and string coercion. */
export type AdviceInputRaw = z.input<typeof adviceInputSchema>;

export type InputIssue = { path: string; message: Text };
export type ParseResult = { ok: true; value: AdviceInput } | { ok: false; issues: InputIssue[] };

/** Validates raw input and explains each problem in nb and en, naming the field (e.g. services[1].followUp). */
export function parseAdviceInput(raw: unknown): ParseResult {
  const parsed = adviceInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map(describeIssue);
  // zod skips the profile checks when another field is wrong; run them on the raw data so that one attempt
  // shows every problem instead of revealing them one fix at a time.
  const known = new Set(issues.map((i) => i.path));
  for (const found of looseServiceIssues(raw)) {
    const path = formatPath(found.path);
    if (!known.has(path)) issues.push({ path, message: found.message });
  }
  return { ok: false, issues };
}

type FoundIssue = { path: (string | number)[]; message: Text };

/** Checks that need the profile: service ids exist, appear once, and only carry facts that apply to them. */
function serviceIssues(profileId: ProfileId, services: readonly Record<string, unknown>[]): FoundIssue[] {
  const found: FoundIssue[] = [];
  const profile = getProfile(profileId);
  const validIds = profile.services.map((s) => s.id).join(', ');
  const seen = new Set<string>();
  services.forEach((entry, i) => {
    const serviceId = entry.serviceId;
    if (typeof serviceId !== 'string') return;
    const def = profile.services.find((s) => s.id === serviceId);
    if (!def) {
      found.push({
        path: ['services', i, 'serviceId'],
        message: {
          nb: `ukjent tjeneste ${quoted(serviceId)} for profilen ${profile.id}; gyldige er: ${validIds}`,
          en: `unknown service ${quoted(serviceId)} for profile ${profile.id}; valid ones are: ${validIds}`,
        },
      });
      return;
    }
    if (seen.has(serviceId)) {
      found.push({ path: ['services', i, 'serviceId'], message: { nb: `tjenesten ${serviceId} er med to ganger`, en: `service ${serviceId} is listed twice` } });
    }
    seen.add(serviceId);
    for (const key of Object.keys(entry)) {
      if (key === 'serviceId' || entry[key] === undefined || entry[key] === '' || !(key in SERVICE_FACTS)) continue;
      if (!(def.facts as string[]).includes(key)) {
        found.push({
          path: ['services', i, key],
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

function looseServiceIssues(raw: unknown): FoundIssue[] {
  if (!raw || typeof raw !== 'object') return [];
  const { profileId, services } = raw as Record<string, unknown>;
  const id = ProfileId.safeParse(emptyToUndefined(profileId) ?? DEFAULT_PROFILE_ID);
  if (!id.success || !Array.isArray(services)) return [];
  const entries = services.map((e: unknown) => (e && typeof e === 'object' ? (e as Record<string, unknown>) : {}));
  return serviceIssues(id.data, entries);
}

function issue(path: (string | number)[], message: Text): z.IssueData {
  return { code: z.ZodIssueCode.custom, path, message: message.en, params: { text: message } };
}

function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

/**
 * Values typed by users are echoed only when they look like ids, so a name or an 11-digit number pasted into
 * a field never ends up in an error message or a log.
 */
function quoted(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(value) && !/\d{6,}/.test(value)) return `'${value}'`;
  return '(verdien vises ikke / value not shown)';
}

const PRIVATE_KEY = /navn|name|fnr|f(o|ø|oe)dsels|personn|ssn|birth|f(o|ø)dt|fritekst|comment|note|beskriv|descr|text/i;

function describeIssue(i: z.ZodIssue): InputIssue {
  const path = formatPath(i.path) || '(input)';
  const message = ((): Text => {
    switch (i.code) {
      case z.ZodIssueCode.custom: {
        const text = (i.params as { text?: Text } | undefined)?.text;
        return text ?? { nb: i.message, en: i.message };
      }
      case z.ZodIssueCode.invalid_type:
        if (i.received === 'undefined') return { nb: 'mangler', en: 'is missing' };
        return { nb: `skal være ${typeNb(i.expected)}, ikke ${typeNb(i.received)}`, en: `must be ${i.expected}, not ${i.received}` };
      case z.ZodIssueCode.invalid_enum_value:
        return {
          nb: `ugyldig verdi ${quoted(i.received)}; bruk en av: ${i.options.join(', ')}`,
          en: `invalid value ${quoted(i.received)}; use one of: ${i.options.join(', ')}`,
        };
      case z.ZodIssueCode.unrecognized_keys: {
        const keys = i.keys.map((k) => quoted(k)).join(', ');
        if (i.keys.some((k) => PRIVATE_KEY.test(k))) {
          return {
            nb: `ukjent felt ${keys}. Skjemaet tar aldri imot barnets navn, fødselsnummer eller fritekst om barnet – fjern feltet.`,
            en: `unknown field ${keys}. The form never takes the child's name, national ID number or free text about the child – remove the field.`,
          };
        }
        return { nb: `ukjent felt ${keys}`, en: `unknown field ${keys}` };
      }
      case z.ZodIssueCode.too_small:
        if (i.type === 'array') return { nb: `må ha minst ${String(i.minimum)}`, en: `needs at least ${String(i.minimum)}` };
        return { nb: `må være minst ${String(i.minimum)}`, en: `must be at least ${String(i.minimum)}` };
      case z.ZodIssueCode.too_big:
        if (i.type === 'array') return { nb: `kan ha høyst ${String(i.maximum)}`, en: `can have at most ${String(i.maximum)}` };
        return { nb: `kan være høyst ${String(i.maximum)}`, en: `must be at most ${String(i.maximum)}` };
      case z.ZodIssueCode.invalid_union:
      case z.ZodIssueCode.invalid_literal:
      default:
        return { nb: `ugyldig verdi (${i.message})`, en: `invalid value (${i.message})` };
    }
  })();
  return { path, message };
}

function typeNb(t: string): string {
  const map: Record<string, string> = {
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
