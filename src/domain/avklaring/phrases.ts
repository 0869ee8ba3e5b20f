import { cite, type Source, type Text } from '../../content/profiles/vocabulary';

/**
 * The sentences of the rules that are the same in every municipality, as codes: a phrase names the i18n key
 * `avklaring.<phrase>` (src/i18n/<lang>/avklaring.ts) and the values that go into it; src/present/phrase.ts
 * words it in each language. Municipality-specific wording is the profile's own data (src/content/profiles)
 * and comes as it is. Written in our own words; the facts come from the cited sources.
 */

export type AdviceWord =
  | 'ageOk' | 'ageOkUnder1' | 'ageUnborn' | 'ageTooHigh' | 'ageNegative'
  | 'planNoServices' | 'planBarnekoordinator' | 'planTypeBkTverrfaglig' | 'planTypeBkIp' | 'planSingleService' | 'planIupIop'
  | 'planNoCooperation' | 'planNeeded' | 'planTypeIupIop' | 'planTypeNone' | 'planTypeNoneReason'
  | 'statutoryMet' | 'statutoryNotMet' | 'statutoryTooFewServices' | 'statutoryNoNeedAmongThemselves'
  | 'bkRight' | 'bkRightUnborn' | 'bkTooOld' | 'bkNotSerious'
  | 'stepSelf' | 'stepSingleService' | 'stepNoPlan' | 'stepNoServices' | 'stepAlsoBk' | 'stepNobodyWants' | 'stepAgreeDirectly'
  | 'stepAvklaringsmote' | 'stepKeepExisting' | 'stepProposeTwo' | 'stepProposeMany' | 'stepUnitDecides'
  | 'reminderConsent' | 'consentParents' | 'consentFrom15' | 'consentAdult' | 'reminderFamilyNotPresent' | 'reminderDoubleRole';

/** The value types a validation message can name (zod's names). */
export const TYPE_NAMES = ['boolean', 'number', 'integer', 'string', 'array', 'object', 'null'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

export type InputWord =
  | 'missing' | 'unknownService' | 'duplicateService' | 'notApplicable' | 'ageWithUnborn' | 'ageMissing' | 'noServices'
  | 'wrongType' | 'badChoice' | 'privateField' | 'unknownField' | 'tooFewItems' | 'tooSmall' | 'tooManyItems' | 'tooBig' | 'invalid'
  | 'valueHidden'
  | `type.${TypeName}`;

export type PhraseKey = `advice.${AdviceWord}` | `input.${InputWord}`;

/**
 * A value in a sentence: the same in every language (a number, an id), the municipality's words in each
 * language, another phrase (a type's name), a name fitted into the middle of a sentence (its first letter
 * lowered unless it is an abbreviation such as IP), or several values named one after another.
 */
export type PhraseValue = string | number | Text | Phrase | { midSentence: Text | Phrase } | { list: readonly PhraseValue[] };

/** A sentence of the rules as a code; never a text. */
export interface Phrase {
  phrase: PhraseKey;
  params?: Record<string, PhraseValue>;
}

/** What the rules say: a phrase of their own, or the municipality's words. */
export type Said = Text | Phrase;

export function phrase(key: PhraseKey, params?: Record<string, PhraseValue>): Phrase {
  return params ? { phrase: key, params } : { phrase: key };
}

export function isPhrase(x: unknown): x is Phrase {
  return !!x && typeof x === 'object' && typeof (x as { phrase?: unknown }).phrase === 'string';
}

export const SRC = {
  planNeeded: cite('004', '1. Skal barnet/ungdommen ha en plan i Samspill?', '1. Should the child have a plan in Samspill?'),
  process: cite('004', '2. Hvilken plantype og hvem skal koordinere?', '2. Which plan type and who coordinates?'),
  barnekoordinator: cite('004', 'Koordineringstrappa: Individuell plan og koordinator/barnekoordinator', 'Coordination ladder: individual plan and coordinator/child coordinator'),
  barnekoordinatorUntil18: cite('004', '3. Særskilt for barnekoordinator', '3. Specific to the child coordinator'),
  familyNotPresent: cite('002', 'Nivå 2, trinn 5: evaluer og ta beslutning', 'Level 2, step 5: evaluate and decide'),
  doubleRole: cite('004', '3. Hva innebærer rollen', '3. What the role involves'),
  roleUntilHandover: cite('004', '3. Felles for stafettholder/koordinator/barnekoordinator', '3. Common to all coordinating roles'),
  barnekoordinatorPlan: cite('000', 'Barnekoordinator (oppgavene til koordinator, og i tillegg …)', 'Child coordinator (the coordinator’s tasks, and in addition …)'),
  barnekoordinatorPlanOld: cite('001', 'Barnekoordinator: ansvarlig for individuell plan', 'Child coordinator: responsible for the individual plan'),
  consentWho: cite('002', 'Samtykke: hvem skal samtykke?; Foresatte/pårørende', 'Consent: who gives consent?; Parents/next of kin'),
} satisfies Record<string, Source>;

export const AGE_MIN = 0;
export const AGE_MAX = 23;
export const BARNEKOORDINATOR_UNTIL = 18;
/** From this age a youth who understands it signs the consent too (002). */
export const SIGNS_FROM = 15;
/** From this age the young person consents alone and decides who is involved (002). */
export const ADULT_FROM = 18;

export const T = {
  ageOk: (years: number): Phrase => (years === 0 ? phrase('advice.ageOkUnder1') : phrase('advice.ageOk', { years })),
  ageUnborn: phrase('advice.ageUnborn'),
  ageTooHigh: (years: number): Phrase => phrase('advice.ageTooHigh', { years }),
  ageNegative: phrase('advice.ageNegative'),

  planNoServices: phrase('advice.planNoServices'),
  planBarnekoordinator: phrase('advice.planBarnekoordinator'),
  planTypeBkTverrfaglig: (name: Said): Phrase => phrase('advice.planTypeBkTverrfaglig', { name }),
  planTypeBkIp: phrase('advice.planTypeBkIp'),
  planSingleService: phrase('advice.planSingleService'),
  planIupIop: phrase('advice.planIupIop'),
  planNoCooperation: phrase('advice.planNoCooperation'),
  planNeeded: phrase('advice.planNeeded'),

  planTypeIupIop: phrase('advice.planTypeIupIop'),
  planTypeNone: phrase('advice.planTypeNone'),
  planTypeNoneReason: phrase('advice.planTypeNoneReason'),
  statutoryMet: (conditions: Said): Phrase => phrase('advice.statutoryMet', { conditions }),
  statutoryNotMet: (why: Phrase, description: Said): Phrase => phrase('advice.statutoryNotMet', { why, description }),
  statutoryTooFewServices: phrase('advice.statutoryTooFewServices'),
  statutoryNoNeedAmongThemselves: phrase('advice.statutoryNoNeedAmongThemselves'),

  bkRight: phrase('advice.bkRight'),
  bkRightUnborn: phrase('advice.bkRightUnborn'),
  bkTooOld: phrase('advice.bkTooOld'),
  bkNotSerious: phrase('advice.bkNotSerious'),

  stepSelf: (planName: Said, role: Said, tool: Said): Phrase => phrase('advice.stepSelf', { role, plan: { midSentence: planName }, tool }),
  stepSingleService: phrase('advice.stepSingleService'),
  stepNoPlan: phrase('advice.stepNoPlan'),
  stepNoServices: phrase('advice.stepNoServices'),
  stepAlsoBk: (howToGet: Said): Phrase => phrase('advice.stepAlsoBk', { how: howToGet }),
  stepNobodyWants: (wayOut: Said): Phrase => phrase('advice.stepNobodyWants', { wayOut }),
  stepAgreeDirectly: phrase('advice.stepAgreeDirectly'),
  stepAvklaringsmote: phrase('advice.stepAvklaringsmote'),
  stepKeepExisting: phrase('advice.stepKeepExisting'),
  stepProposeTwo: (unit: Said): Phrase => phrase('advice.stepProposeTwo', { unit }),
  stepProposeMany: (unit: Said): Phrase => phrase('advice.stepProposeMany', { unit }),
  stepUnitDecides: (unit: Said, decision: Said): Phrase => phrase('advice.stepUnitDecides', { unit, decision }),

  reminderConsent: phrase('advice.reminderConsent'),
  consentParents: phrase('advice.consentParents'),
  consentFrom15: phrase('advice.consentFrom15'),
  consentAdult: phrase('advice.consentAdult'),
  reminderFamilyNotPresent: phrase('advice.reminderFamilyNotPresent'),
  reminderDoubleRole: phrase('advice.reminderDoubleRole'),
} as const;
