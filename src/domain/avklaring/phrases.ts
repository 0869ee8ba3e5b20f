import { cite, type Source, type Text } from '../../content/profiles/vocabulary';
import { textIn } from '../../i18n';

/**
 * Texts of the rules that are the same in every municipality, by key: the words are in src/i18n/<lang>/avklaring.ts
 * (`avklaring.advice.*`); the advice carries them in both languages like the profile's own texts. Municipality-specific wording lives in the
 * profile data (src/content/profiles). Written in our own words; the facts come from the cited sources.
 */

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

/** Keeps abbreviations such as IP intact while fitting a plan name into a sentence. */
function lowerFirst(s: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export const AGE_MIN = 0;
export const AGE_MAX = 23;
export const BARNEKOORDINATOR_UNTIL = 18;
/** From this age a youth who understands it signs the consent too (002). */
export const SIGNS_FROM = 15;
/** From this age the young person consents alone and decides who is involved (002). */
export const ADULT_FROM = 18;

export const T = {
  ageOk: (years: number): Text => (years === 0 ? textIn('avklaring.advice.ageOkUnder1') : textIn('avklaring.advice.ageOk', () => ({ years }))),
  ageUnborn: textIn('avklaring.advice.ageUnborn'),
  ageTooHigh: (years: number): Text => textIn('avklaring.advice.ageTooHigh', () => ({ years })),
  ageNegative: textIn('avklaring.advice.ageNegative'),

  planNoServices: textIn('avklaring.advice.planNoServices'),
  planBarnekoordinator: textIn('avklaring.advice.planBarnekoordinator'),
  planTypeBkTverrfaglig: (name: Text): Text => textIn('avklaring.advice.planTypeBkTverrfaglig', (l) => ({ name: name[l] })),
  planTypeBkIp: textIn('avklaring.advice.planTypeBkIp'),
  planSingleService: textIn('avklaring.advice.planSingleService'),
  planIupIop: textIn('avklaring.advice.planIupIop'),
  planNoCooperation: textIn('avklaring.advice.planNoCooperation'),
  planNeeded: textIn('avklaring.advice.planNeeded'),

  planTypeIupIop: textIn('avklaring.advice.planTypeIupIop'),
  planTypeNone: textIn('avklaring.advice.planTypeNone'),
  planTypeNoneReason: textIn('avklaring.advice.planTypeNoneReason'),
  statutoryMet: (conditions: Text): Text => textIn('avklaring.advice.statutoryMet', (l) => ({ conditions: conditions[l] })),
  statutoryTooFewServices: textIn('avklaring.advice.statutoryTooFewServices'),
  statutoryNoNeedAmongThemselves: textIn('avklaring.advice.statutoryNoNeedAmongThemselves'),

  bkRight: textIn('avklaring.advice.bkRight'),
  bkRightUnborn: textIn('avklaring.advice.bkRightUnborn'),
  bkTooOld: textIn('avklaring.advice.bkTooOld'),
  bkNotSerious: textIn('avklaring.advice.bkNotSerious'),

  stepSelf: (planName: Text, role: Text, tool: Text): Text =>
    textIn('avklaring.advice.stepSelf', (l) => ({ role: role[l], plan: lowerFirst(planName[l]), tool: tool[l] })),
  stepSingleService: textIn('avklaring.advice.stepSingleService'),
  stepNoPlan: textIn('avklaring.advice.stepNoPlan'),
  stepNoServices: textIn('avklaring.advice.stepNoServices'),
  stepAlsoBk: (howToGet: Text): Text => textIn('avklaring.advice.stepAlsoBk', (l) => ({ how: howToGet[l] })),
  stepNobodyWants: (wayOut: Text): Text => textIn('avklaring.advice.stepNobodyWants', (l) => ({ wayOut: wayOut[l] })),
  stepAgreeDirectly: textIn('avklaring.advice.stepAgreeDirectly'),
  stepAvklaringsmote: textIn('avklaring.advice.stepAvklaringsmote'),
  stepKeepExisting: textIn('avklaring.advice.stepKeepExisting'),
  stepProposeTwo: (unit: Text): Text => textIn('avklaring.advice.stepProposeTwo', (l) => ({ unit: unit[l] })),
  stepProposeMany: (unit: Text): Text => textIn('avklaring.advice.stepProposeMany', (l) => ({ unit: unit[l] })),
  stepUnitDecides: (unit: Text, decision: Text): Text => textIn('avklaring.advice.stepUnitDecides', (l) => ({ unit: unit[l], decision: decision[l] })),

  reminderConsent: textIn('avklaring.advice.reminderConsent'),
  consentParents: textIn('avklaring.advice.consentParents'),
  consentFrom15: textIn('avklaring.advice.consentFrom15'),
  consentAdult: textIn('avklaring.advice.consentAdult'),
  reminderFamilyNotPresent: textIn('avklaring.advice.reminderFamilyNotPresent'),
  reminderDoubleRole: textIn('avklaring.advice.reminderDoubleRole'),
} as const;
