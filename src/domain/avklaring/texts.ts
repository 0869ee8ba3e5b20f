import { cite, type Source, type Text } from '../../content/profiles/vocabulary';

/**
 * Texts of the rules that are the same in every municipality. Municipality-specific wording lives in the
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
} satisfies Record<string, Source>;

/** Keeps abbreviations such as IP intact while fitting a plan name into a sentence. */
function lowerFirst(s: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export const AGE_MIN = 0;
export const AGE_MAX = 23;
export const BARNEKOORDINATOR_UNTIL = 18;

export const T = {
  ageOk: (years: number): Text => ({
    nb: `Barnet er ${years} år, innenfor BTI (0–23 år).`,
    en: `The child is ${years}, within BTI (ages 0–23).`,
  }),
  ageUnborn: {
    nb: 'Barnet er ikke født ennå. Samarbeid og barnekoordinator kan starte allerede før fødselen.',
    en: 'The child is not born yet. Cooperation and a child coordinator can start before birth.',
  },
  ageTooHigh: (years: number): Text => ({
    nb: `BTI gjelder barn og unge fra 0 til og med 23 år. For en person på ${years} år gir verktøyet ingen råd om koordinator.`,
    en: `BTI covers children and young people aged 0 to 23. For a person aged ${years} the tool gives no advice on a coordinator.`,
  }),
  ageNegative: {
    nb: 'Alderen kan ikke være under 0. Gjelder det et barn som ikke er født ennå, velg «ikke født ennå» (unborn).',
    en: 'The age cannot be below 0. If the child is not born yet, choose “not born yet” (unborn).',
  },

  planSingleService: {
    nb: 'Bare én tjeneste er inne. En plan for tverrfaglig samarbeid er for når flere tjenester må samarbeide over tid. Trenger barnet hjelp fra andre, hjelp familien i kontakt med dem – med samtykke.',
    en: 'Only one service is involved. A cross-disciplinary plan is for when several services must work together over time. If the child needs help from others, help the family get in touch – with consent.',
  },
  planIupIop: {
    nb: 'Bare barnehagen/skolen og PPT samarbeider. Da kan samarbeidet skje i IUP (barnehage) eller IOP (skole) hvis barnet har det, uten en egen plan for tverrfaglig samarbeid.',
    en: 'Only the kindergarten/school and PPT work together. Then the cooperation can happen in the IUP (kindergarten) or IOP (school) if the child has one, without a separate cross-disciplinary plan.',
  },
  planNoCooperation: {
    nb: 'Tjenestene trenger ikke å samarbeide over tid, så det trengs ingen plan nå. Se på det igjen hvis behovet endrer seg.',
    en: 'The services do not need to work together over time, so no plan is needed now. Look at it again if needs change.',
  },
  planNeeded: {
    nb: 'Flere tjenester er inne og må samarbeide over tid. Da skal barnet ha en plan for det tverrfaglige samarbeidet.',
    en: 'Several services are involved and must work together over time. Then the child should have a plan for the cross-disciplinary cooperation.',
  },

  planTypeIupIop: { nb: 'IUP/IOP', en: 'IUP/IOP (individual development/education plan)' },
  planTypeNone: { nb: 'Ingen plan nå', en: 'No plan for now' },
  planTypeNoneReason: {
    nb: 'Det trengs ingen plan for tverrfaglig samarbeid ut fra svarene.',
    en: 'No cross-disciplinary plan is needed from the answers given.',
  },
  statutoryMet: (conditions: Text): Text => ({
    nb: `Vilkårene for individuell plan og koordinator ser ut til å være oppfylt: ${conditions.nb}`,
    en: `The conditions for an individual plan and coordinator seem to be met: ${conditions.en}`,
  }),
  statutoryTooFewServices: {
    nb: 'Ut fra svarene er vilkårene for individuell plan og koordinator ikke oppfylt. Det krever varig hjelp fra minst to kommunale helse- og omsorgstjenester, barnevernet eller NAV. Her teller ikke et par kontroller i året, det alle barn får hos helsesykepleier, en undersøkelse i barnevernet eller fastlegens medisinske oppfølging. Da brukes stafettlogg.',
    en: 'From the answers, the conditions for an individual plan and coordinator are not met. They take lasting help from at least two municipal health and care services, child welfare or NAV. A couple of check-ups a year, what every child gets from the health nurse, a child welfare investigation or the GP’s medical follow-up do not count here. Then a relay log is used.',
  },
  statutoryNoNeedAmongThemselves: {
    nb: 'Ut fra svarene er vilkårene for individuell plan og koordinator ikke oppfylt: det er ikke oppgitt at hjelpetjenestene må møtes for å avklare innsatsen seg imellom, ut over det barnehagen/skolen trenger. Samarbeid med barnehagen/skolen gir ikke rett til individuell plan alene. Da brukes stafettlogg.',
    en: 'From the answers, the conditions for an individual plan and coordinator are not met: it is not stated that the support services must meet to settle their efforts among themselves, beyond what the kindergarten/school needs. Cooperation with the kindergarten/school does not on its own give a right to an individual plan. Then a relay log is used.',
  },

  bkRight: {
    nb: 'Barnet har alvorlig sykdom, skade eller funksjonsnedsettelse og trenger langvarige, samordnede tjenester. Da har familien rett til barnekoordinator – fra før fødselen og til barnet fyller 18 år.',
    en: 'The child has a serious illness, injury or disability and needs long-term, coordinated services. Then the family has a right to a child coordinator – from before birth until the child turns 18.',
  },
  bkRightUnborn: {
    nb: ' Barnekoordinator kan oppnevnes allerede før fødselen.',
    en: ' A child coordinator can be appointed before birth.',
  },
  bkTooOld: {
    nb: 'Retten til barnekoordinator varer til barnet fyller 18 år. Koordinator og plan kan fortsatt være aktuelt.',
    en: 'The right to a child coordinator lasts until the child turns 18. A coordinator and plan may still be relevant.',
  },
  bkNotSerious: {
    nb: 'Retten til barnekoordinator gjelder når barnet har alvorlig sykdom, skade eller funksjonsnedsettelse, og det er ikke oppgitt her.',
    en: 'The right to a child coordinator applies when the child has a serious illness, injury or disability, which is not the case here.',
  },

  stepSelf: (planName: Text, role: Text, tool: Text): Text => ({
    nb: `Peker tabellen på din tjeneste, tar dere rollen som ${role.nb}: opprett ${lowerFirst(planName.nb)} i ${tool.nb}, sett mål sammen med barnet og familien, og inviter de andre tjenestene til samarbeidsmøte.`,
    en: `If the table points to your service, you take the role of ${role.en}: create the ${lowerFirst(planName.en)} in ${tool.en}, set goals together with the child and family, and invite the other services to a cooperation meeting.`,
  }),
  stepSingleService: {
    nb: 'Bare én tjeneste er inne. Den følger opp i egen tjeneste, og ingen trenger koordineringsrollen nå. Kommer flere tjenester inn, vurder på nytt.',
    en: 'Only one service is involved. It follows up within its own service, and no one needs the coordinating role now. If more services join, look at it again.',
  },
  stepNoPlan: {
    nb: 'Det trengs ingen plan for tverrfaglig samarbeid nå, og dermed ingen koordineringsrolle. Vurder på nytt hvis behovet endrer seg.',
    en: 'No cross-disciplinary plan is needed now, and so no coordinating role. Look again if needs change.',
  },
  stepAgreeDirectly: {
    nb: 'Dere er to tjenester. Ta kontakt med fagpersonen i den andre tjenesten og bli enige om hvem som tar rollen.',
    en: 'There are two services. Contact the professional in the other service and agree which of you takes the role.',
  },
  stepAvklaringsmote: {
    nb: 'Flere enn to tjenester er inne. Inviter fagpersonene til et avklaringsmøte (gjerne på Teams), send gjerne dette verktøyet på forhånd, og bli enige i møtet om hvem som tar rollen.',
    en: 'More than two services are involved. Invite the professionals to a clarification meeting (Teams is fine), share this tool beforehand, and agree in the meeting who takes the role.',
  },
  stepKeepExisting: {
    nb: 'Det finnes allerede en koordinator. Vedkommende har rollen til en annen har tatt den over.',
    en: 'There is already a coordinator. They keep the role until someone else has taken it over.',
  },
  stepProposeTwo: (unit: Text): Text => ({
    nb: `Dere er to tjenester. Snakk med fagpersonen i den andre tjenesten og bli enige om et forslag til ${unit.nb} om hvem som bør ha rollen, ut fra tabellen.`,
    en: `There are two services. Talk with the professional in the other service and agree on a proposal to ${unit.en} about who should hold the role, based on the table.`,
  }),
  stepProposeMany: (unit: Text): Text => ({
    nb: `Flere enn to tjenester er inne. Samle fagpersonene i et avklaringsmøte (gjerne på Teams) og bli enige om et forslag til ${unit.nb} om hvem som bør ha rollen, ut fra tabellen.`,
    en: `More than two services are involved. Gather the professionals in a clarification meeting (Teams is fine) and agree on a proposal to ${unit.en} about who should hold the role, based on the table.`,
  }),
  stepUnitDecides: (unit: Text, decision: Text): Text => ({
    nb: `Søk om koordinator/individuell plan hos ${unit.nb}. ${decision.nb}`,
    en: `Apply for a coordinator/individual plan to ${unit.en}. ${decision.en}`,
  }),

  reminderConsent: {
    nb: 'Få samtykke før du kontakter andre tjenester om barnet.',
    en: 'Get consent before you contact other services about the child.',
  },
  reminderFamilyNotPresent: {
    nb: 'Barnet og familien skal ikke være til stede når tjenestene diskuterer hvem som skal ha rollen.',
    en: 'The child and family should not be present when the services discuss who takes the role.',
  },
  reminderDoubleRole: {
    nb: 'Rollen kommer i tillegg til egen jobb i tjenesten: ingen er med i saken bare for å koordinere.',
    en: 'The role comes on top of the person’s own job in the service: no one is in the case only to coordinate.',
  },
} as const;
