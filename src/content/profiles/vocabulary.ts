import { z } from 'zod';
import { SOURCE_DOCS } from '../../domain/sources';

/**
 * The shared vocabulary that municipality profiles and the "who should coordinate?" form both speak:
 * fact ids, their allowed values and their nb/en labels. Profiles refer to these ids in their rules, the
 * form is built from them, and the input schema validates against them, so a value can only exist in one place.
 * Every id is ASCII so it survives Adaptive Card submit data and JSON files unchanged.
 */

export const textSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof textSchema>;

export const sourceSchema = z
  .object({
    doc: z.enum(SOURCE_DOCS),
    section: z.string().min(1),
    sectionEn: z.string().min(1),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** Citations come from the one table of source documents (worded for a card by src/present/sources.ts). */
export { cite, SOURCE_DOCS } from '../../domain/sources';

export const ROLE_IDS = ['koordinator', 'stafettholder', 'barnekoordinator'] as const;
export const roleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;
export const ROLE_LABELS: Record<RoleId, Text> = {
  koordinator: { nb: 'koordinator', en: 'coordinator (koordinator)' },
  stafettholder: { nb: 'stafettholder', en: 'relay holder (stafettholder)' },
  barnekoordinator: { nb: 'barnekoordinator', en: 'child coordinator (barnekoordinator)' },
};

/**
 * Kinds of service. The plan rules count these (e.g. "only kindergarten/school and PPT" or "several health
 * and care services, child welfare or NAV"), so each profile service must say which kind it is.
 */
export const SERVICE_CATEGORIES = [
  'education',
  'ppt',
  'municipal-health',
  'specialist-health',
  'child-welfare',
  'nav',
  'coordinating-unit',
  'other',
] as const;
export const serviceCategorySchema = z.enum(SERVICE_CATEGORIES);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

type Option = { value: string; label: Text };
type EnumFact = { kind: 'enum'; label: Text; options: readonly Option[] };
type BoolFact = { kind: 'boolean'; label: Text };
type FactDef = EnumFact | BoolFact;

export const FOLLOW_UP_VALUES = ['weekly', 'several-monthly', '1-2-a-year', 'sporadic'] as const;

/** Facts that belong to one involved service (asked per service in the form). */
export const SERVICE_FACTS = {
  followUp: {
    kind: 'enum',
    label: { nb: 'Hvor ofte følger tjenesten opp barnet?', en: 'How often does the service follow up the child?' },
    options: [
      { value: 'weekly', label: { nb: 'Hver uke', en: 'Every week' } },
      { value: 'several-monthly', label: { nb: 'Flere ganger i måneden', en: 'Several times a month' } },
      { value: '1-2-a-year', label: { nb: '1–2 ganger i året (kontroller)', en: '1–2 times a year (check-ups)' } },
      { value: 'sporadic', label: { nb: 'Sjelden eller ved behov', en: 'Now and then, or when needed' } },
    ],
  },
  childWelfareStatus: {
    kind: 'enum',
    label: { nb: 'Hva gjør barnevernet i saken nå?', en: 'What is child welfare doing in the case now?' },
    options: [
      {
        value: 'investigating',
        label: { nb: 'Undersøker etter en bekymringsmelding', en: 'Investigating after a report of concern' },
      },
      { value: 'support-measures', label: { nb: 'Gir hjelpetiltak', en: 'Provides support measures' } },
      { value: 'care-taken-over', label: { nb: 'Har overtatt omsorgen', en: 'Has taken over care' } },
    ],
  },
  miljoOffer: {
    kind: 'enum',
    label: { nb: 'Hva slags oppfølging gir miljøtjenesten?', en: 'What kind of follow-up does the support service give?' },
    options: [
      { value: 'individual', label: { nb: 'Tett, individuell oppfølging', en: 'Close, individual follow-up' } },
      {
        value: 'group-only',
        label: { nb: 'Bare gruppetilbud eller tilsyn før/etter skoletid', en: 'Only group offers or supervision before/after school' },
      },
    ],
  },
  healthNurseFollowUp: {
    kind: 'enum',
    label: { nb: 'Hva slags oppfølging gir helsesykepleier?', en: 'What kind of follow-up does the public health nurse give?' },
    options: [
      {
        value: 'close-follow-up',
        label: { nb: 'Tett oppfølging ut over det alle barn får', en: 'Close follow-up beyond what every child gets' },
      },
      {
        value: 'universal-only',
        label: { nb: 'Bare det alle barn får (samtaler, vaksiner)', en: 'Only what every child gets (talks, vaccines)' },
      },
    ],
  },
  outreachFollowUp: {
    kind: 'enum',
    label: { nb: 'Hva slags oppfølging gir utekontakten?', en: 'What kind of follow-up does the outreach service give?' },
    options: [
      { value: 'individual-over-time', label: { nb: 'Individuell oppfølging over tid', en: 'Individual follow-up over time' } },
      {
        value: 'low-threshold-only',
        label: { nb: 'Bare lavterskeltilbud (f.eks. klatring, åpen stue)', en: 'Only drop-in offers (e.g. climbing, open lounge)' },
      },
    ],
  },
  factUngFollows: {
    kind: 'boolean',
    label: { nb: 'Følges ungdommen opp av FACT Ung?', en: 'Is the young person followed up by FACT Ung?' },
  },
  respiteGranted: {
    kind: 'boolean',
    label: { nb: 'Er avlastning i institusjon innvilget?', en: 'Has respite care in an institution been granted?' },
  },
  livesInBarnebolig: {
    kind: 'boolean',
    label: { nb: 'Bor barnet i barnebolig?', en: 'Does the child live in a children’s home (barnebolig)?' },
  },
  followedOverTime: {
    kind: 'boolean',
    label: { nb: 'Følger tjenesten opp barnet over tid?', en: 'Does the service follow the child up over time?' },
  },
} as const satisfies Record<string, FactDef>;

export type ServiceFactKey = keyof typeof SERVICE_FACTS;
export const SERVICE_FACT_KEYS = Object.keys(SERVICE_FACTS) as ServiceFactKey[];
export const serviceFactKeySchema = z.enum(SERVICE_FACT_KEYS as [ServiceFactKey, ...ServiceFactKey[]]);

/** Facts about the case as a whole that table rules may look at. */
export const CASE_FACTS = {
  measuresArena: {
    kind: 'enum',
    label: { nb: 'Hvor skjer tiltakene for det meste?', en: 'Where do the measures mainly take place?' },
    options: [
      { value: 'kindergarten-school', label: { nb: 'I barnehagen/skolen', en: 'In kindergarten/school' } },
      { value: 'elsewhere', label: { nb: 'Mest utenfor barnehage/skole', en: 'Mostly outside kindergarten/school' } },
      { value: 'both', label: { nb: 'Både i og utenfor barnehage/skole', en: 'Both in and outside kindergarten/school' } },
    ],
  },
  seriousCondition: {
    kind: 'boolean',
    label: {
      nb: 'Har barnet alvorlig sykdom, skade eller funksjonsnedsettelse som krever langvarige, samordnede tjenester?',
      en: 'Does the child have a serious illness, injury or disability that needs long-term, coordinated services?',
    },
  },
  mustCooperateOverTime: {
    kind: 'boolean',
    label: { nb: 'Må tjenestene samarbeide over tid?', en: 'Do the services need to work together over time?' },
  },
  /**
   * Source 004 separates two things: the kindergarten/school cooperating with each helper (natural for the
   * school to lead), and helpers that must settle their efforts among themselves (not the school's job, and
   * the need behind an individual plan). Only the professionals can tell which it is, so the form asks.
   */
  mustCoordinateAmongThemselves: {
    kind: 'boolean',
    label: {
      nb: 'Må hjelpetjenestene (helse og omsorg, barnevern, NAV) møtes for å avklare innsatsen seg imellom og sette felles mål – ut over det barnehagen/skolen trenger?',
      en: 'Do the support services (health and care, child welfare, NAV) need to meet to settle their efforts among themselves and set shared goals – beyond what the kindergarten/school needs?',
    },
  },
  /**
   * Source 004 gives the way out when the services cannot agree: take turns, or lift the case to the nearest
   * leader. When it is already clear that nobody will take the role, a meeting to agree is skipped.
   */
  nobodyWantsRole: {
    kind: 'boolean',
    label: {
      nb: 'Har alle tjenestene sagt at de ikke kan eller vil ta koordineringsrollen?',
      en: 'Have all the services said that they cannot or will not take the coordinating role?',
    },
  },
  existingGroupWorksWell: {
    kind: 'boolean',
    label: {
      nb: 'Finnes det allerede en samarbeidsgruppe med koordinator som fungerer godt?',
      en: 'Is there already a well-functioning cooperation group with a coordinator?',
    },
  },
} as const satisfies Record<string, FactDef>;

export type CaseFactKey = keyof typeof CASE_FACTS;
export const CASE_FACT_KEYS = Object.keys(CASE_FACTS) as CaseFactKey[];
export const caseFactKeySchema = z.enum(CASE_FACT_KEYS as [CaseFactKey, ...CaseFactKey[]]);

export type FactValue = string | boolean;

/** The values a fact may take; used both to validate profile data and to validate user input. */
export function allowedValues(def: FactDef): readonly FactValue[] {
  return def.kind === 'boolean' ? [true, false] : def.options.map((o) => o.value);
}

export type FactDefinition = FactDef;
export type FactOption = Option;
