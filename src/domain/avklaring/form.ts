import { getProfile, listProfiles, DEFAULT_PROFILE_ID, type ProfileId } from '../../content/profiles';
import {
  CASE_FACTS,
  SERVICE_FACTS,
  type CaseFactKey,
  type FactDefinition,
  type ServiceFactKey,
  type Text,
} from '../../content/profiles/vocabulary';
import type { ServiceDef } from '../../content/profiles';
import { readsCaseFact } from './input';
import { AGE_MAX, AGE_MIN } from './phrases';

/**
 * The questions of the "who should coordinate?" form as data, so the Teams card (and anything else) can be
 * built from the profile instead of repeating ids and labels. Each question's `id` is the key the card's
 * submit data uses; `adviceInputFromForm` turns that flat data back into the shape adviceInputSchema takes.
 */

/**
 * The form's own questions and their help: their words are the i18n keys `avklaring.question.<word>` (the card
 * words them); the labels of facts and services are the municipality's content and come as they are.
 */
export type OwnWord = 'profileId' | 'unborn' | 'ageYears' | 'ageYearsHelp' | 'services' | 'consentInPlace' | 'existingCoordinator';
export type QuestionText = Text | OwnWord;

export type FormOption = { value: string; label: Text };
export type FormQuestion = {
  /** Flat key in the card's submit data. Per-service facts use `svc.<serviceId>.<fact>`. */
  id: string;
  kind: 'boolean' | 'choice' | 'multi-choice' | 'integer';
  label: QuestionText;
  help?: QuestionText;
  required: boolean;
  options?: FormOption[];
  min?: number;
  max?: number;
  defaultValue?: string | boolean;
  /** Set on per-service questions: show the question only when this service is chosen. */
  serviceId?: string;
  fact?: ServiceFactKey | CaseFactKey;
};

export const SERVICE_FACT_PREFIX = 'svc.';
export const serviceFactQuestionId = (serviceId: string, fact: ServiceFactKey): string => `${SERVICE_FACT_PREFIX}${serviceId}.${fact}`;

function optionsOf(def: FactDefinition): FormOption[] | undefined {
  return def.kind === 'enum' ? def.options.map((o) => ({ value: o.value, label: o.label })) : undefined;
}

function factQuestion(id: string, def: FactDefinition, required: boolean): FormQuestion {
  return def.kind === 'boolean'
    ? { id, kind: 'boolean', label: def.label, required, defaultValue: false }
    : { id, kind: 'choice', label: def.label, required, options: optionsOf(def) };
}

/** The form for one profile, in the order a person would answer it. */
export function adviceFormQuestions(profileId: ProfileId = DEFAULT_PROFILE_ID): FormQuestion[] {
  const profile = getProfile(profileId);
  const readsCaseFact = (fact: CaseFactKey): boolean =>
    profile.services.some((s) => s.rules.some((r) => r.when.some((c) => c.kind === 'case' && c.fact === fact)));

  const questions: FormQuestion[] = [
    {
      id: 'profileId',
      kind: 'choice',
      label: 'profileId',
      required: true,
      options: listProfiles().map((p) => ({ value: p.id, label: p.displayName })),
      defaultValue: profile.id,
    },
    { id: 'unborn', kind: 'boolean', label: 'unborn', required: false, defaultValue: false },
    { id: 'ageYears', kind: 'integer', label: 'ageYears', help: 'ageYearsHelp', required: false, min: AGE_MIN, max: AGE_MAX },
    {
      id: 'services',
      kind: 'multi-choice',
      label: 'services',
      required: true,
      // Services kept only for stored answers (fysio-ergo) are not offered any more.
      options: profile.services.filter((s) => !s.legacy).map((s) => ({ value: s.id, label: s.name })),
    },
    { ...factQuestion('measuresArena', CASE_FACTS.measuresArena, true), fact: 'measuresArena' },
    { ...factQuestion('seriousCondition', CASE_FACTS.seriousCondition, true), fact: 'seriousCondition' },
    { ...factQuestion('mustCooperateOverTime', CASE_FACTS.mustCooperateOverTime, true), fact: 'mustCooperateOverTime' },
    {
      ...factQuestion('mustCoordinateAmongThemselves', CASE_FACTS.mustCoordinateAmongThemselves, false),
      fact: 'mustCoordinateAmongThemselves',
    },
    { id: 'consentInPlace', kind: 'boolean', label: 'consentInPlace', required: true, defaultValue: false },
    { id: 'existingCoordinator', kind: 'boolean', label: 'existingCoordinator', required: false, defaultValue: false },
    { ...factQuestion('nobodyWantsRole', CASE_FACTS.nobodyWantsRole, false), fact: 'nobodyWantsRole' },
  ];
  if (readsCaseFact('existingGroupWorksWell')) {
    questions.push({ ...factQuestion('existingGroupWorksWell', CASE_FACTS.existingGroupWorksWell, false), fact: 'existingGroupWorksWell' });
  }
  // Legacy services keep their questions so an older card's answers still map to them.
  for (const service of profile.services) {
    for (const fact of service.facts) {
      questions.push({
        ...factQuestion(serviceFactQuestionId(service.id, fact), SERVICE_FACTS[fact], false),
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
export function detailQuestions(profileId: ProfileId, stage: { serviceIds: readonly string[] }): FormQuestion[] {
  const profile = getProfile(profileId);
  const defs = stage.serviceIds.map((id) => profile.services.find((s) => s.id === id)).filter((d): d is ServiceDef => !!d);
  const n = defs.length;
  const helpers = defs.filter((d) => d.countsTowardsCoordination && HELPER_CATEGORIES.has(d.category)).length;
  const wanted: Record<string, boolean> = {
    // Where measures happen and an existing group only change the rows that read them.
    measuresArena: defs.some((d) => readsCaseFact(d, 'measuresArena')),
    existingGroupWorksWell: defs.some((d) => readsCaseFact(d, 'existingGroupWorksWell')),
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
] as const;

/**
 * Turns flat card submit data into the raw shape adviceInputSchema takes. It only picks known keys (the card
 * also sends its verb and other action data) and drops unanswered ones; validation is left to the schema.
 * `services` is the comma-separated value of a multi-select ChoiceSet, or an array.
 */
export function adviceInputFromForm(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CASE_KEYS) {
    const v = data[key];
    if (v !== undefined && v !== '') out[key] = v;
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
      const entry: Record<string, unknown> = { serviceId };
      const prefix = `${SERVICE_FACT_PREFIX}${serviceId}.`;
      for (const [key, value] of Object.entries(data)) {
        if (!key.startsWith(prefix) || value === undefined || value === '') continue;
        const fact = key.slice(prefix.length);
        if (fact in SERVICE_FACTS) entry[fact] = value;
      }
      return entry;
    });
  return out;
}
