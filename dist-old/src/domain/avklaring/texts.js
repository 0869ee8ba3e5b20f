"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.T = exports.ADULT_FROM = exports.SIGNS_FROM = exports.BARNEKOORDINATOR_UNTIL = exports.AGE_MAX = exports.AGE_MIN = exports.SRC = void 0;
const vocabulary_1 = require("../../content/profiles/vocabulary");
/**
 * Texts of the rules that are the same in every municipality. Municipality-specific wording lives in the
 * profile data (src/content/profiles). Written in our own words; the facts come from the cited sources.
 */
exports.SRC = {
    planNeeded: (0, vocabulary_1.cite)('004', '1. Skal barnet/ungdommen ha en plan i Samspill?', '1. Should the child have a plan in Samspill?'),
    process: (0, vocabulary_1.cite)('004', '2. Hvilken plantype og hvem skal koordinere?', '2. Which plan type and who coordinates?'),
    barnekoordinator: (0, vocabulary_1.cite)('004', 'Koordineringstrappa: Individuell plan og koordinator/barnekoordinator', 'Coordination ladder: individual plan and coordinator/child coordinator'),
    barnekoordinatorUntil18: (0, vocabulary_1.cite)('004', '3. Særskilt for barnekoordinator', '3. Specific to the child coordinator'),
    familyNotPresent: (0, vocabulary_1.cite)('002', 'Nivå 2, trinn 5: evaluer og ta beslutning', 'Level 2, step 5: evaluate and decide'),
    doubleRole: (0, vocabulary_1.cite)('004', '3. Hva innebærer rollen', '3. What the role involves'),
    roleUntilHandover: (0, vocabulary_1.cite)('004', '3. Felles for stafettholder/koordinator/barnekoordinator', '3. Common to all coordinating roles'),
    barnekoordinatorPlan: (0, vocabulary_1.cite)('000', 'Barnekoordinator (oppgavene til koordinator, og i tillegg …)', 'Child coordinator (the coordinator’s tasks, and in addition …)'),
    barnekoordinatorPlanOld: (0, vocabulary_1.cite)('001', 'Barnekoordinator: ansvarlig for individuell plan', 'Child coordinator: responsible for the individual plan'),
    consentWho: (0, vocabulary_1.cite)('002', 'Samtykke: hvem skal samtykke?; Foresatte/pårørende', 'Consent: who gives consent?; Parents/next of kin'),
};
/** Keeps abbreviations such as IP intact while fitting a plan name into a sentence. */
function lowerFirst(s) {
    return /^[A-ZÆØÅ][a-zæøå]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
exports.AGE_MIN = 0;
exports.AGE_MAX = 23;
exports.BARNEKOORDINATOR_UNTIL = 18;
/** From this age a youth who understands it signs the consent too (002). */
exports.SIGNS_FROM = 15;
/** From this age the young person consents alone and decides who is involved (002). */
exports.ADULT_FROM = 18;
exports.T = {
    ageOk: (years) => years === 0
        ? { nb: 'Barnet er under 1 år, innenfor BTI (0–23 år).', en: 'The child is under 1 year old, within BTI (ages 0–23).' }
        : { nb: `Barnet er ${years} år, innenfor BTI (0–23 år).`, en: `The child is ${years}, within BTI (ages 0–23).` },
    ageUnborn: {
        nb: 'Barnet er ikke født ennå. Samarbeid og barnekoordinator kan starte allerede før fødselen.',
        en: 'The child is not born yet. Cooperation and a child coordinator can start before birth.',
    },
    ageTooHigh: (years) => ({
        nb: `BTI gjelder barn og unge fra 0 til og med 23 år. For en person på ${years} år gir verktøyet ingen råd om koordinator.`,
        en: `BTI covers children and young people aged 0 to 23. For a person aged ${years} the tool gives no advice on a coordinator.`,
    }),
    ageNegative: {
        nb: 'Alderen kan ikke være under 0. Gjelder det et barn som ikke er født ennå, velg «ikke født ennå» (unborn).',
        en: 'The age cannot be below 0. If the child is not born yet, choose “not born yet” (unborn).',
    },
    planNoServices: {
        nb: 'Ingen tjenester er inne ennå, så det er ikke noe samarbeid å lage plan for nå. Trenger familien hjelp, hjelp dem i kontakt med rett tjeneste – med samtykke.',
        en: 'No services are involved yet, so there is no cooperation to plan for now. If the family needs help, help them get in touch with the right service – with consent.',
    },
    planBarnekoordinator: {
        nb: 'Familien har rett til barnekoordinator. Barnekoordinatoren har de samme oppgavene som en koordinator – også å lage planen sammen med familien – og samler tjenestene etter hvert som de kommer inn, selv om bare én eller ingen tjeneste er inne nå.',
        en: 'The family has a right to a child coordinator. The child coordinator has the same tasks as a coordinator – including making the plan with the family – and brings the services together as they join, even if only one or no service is involved now.',
    },
    planTypeBkTverrfaglig: (name) => ({
        nb: `${name.nb} i Samspill, med barnekoordinatoren som ansvarlig. Samspill kan også brukes om familien bare vil ha barnekoordinator og ikke selve planen.`,
        en: `${name.en} in Samspill, with the child coordinator in charge. Samspill can also be used if the family only wants the child coordinator and not the plan itself.`,
    }),
    planTypeBkIp: {
        nb: 'Barnekoordinatoren har ansvaret for den individuelle planen hvis familien vil ha en. En individuell plan bygger på samtykke.',
        en: 'The child coordinator is responsible for the individual plan if the family wants one. An individual plan builds on consent.',
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
    statutoryMet: (conditions) => ({
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
        nb: 'Familien venter et barn med alvorlig sykdom, skade eller funksjonsnedsettelse som vil trenge langvarige, samordnede tjenester. Da har familien rett til barnekoordinator, og barnekoordinatoren kan oppnevnes allerede før fødselen og være med til barnet fyller 18 år.',
        en: 'The family is expecting a child with a serious illness, injury or disability who will need long-term, coordinated services. Then the family has a right to a child coordinator, who can be appointed before birth and stay until the child turns 18.',
    },
    bkTooOld: {
        nb: 'Retten til barnekoordinator varer til barnet fyller 18 år. Koordinator og plan kan fortsatt være aktuelt.',
        en: 'The right to a child coordinator lasts until the child turns 18. A coordinator and plan may still be relevant.',
    },
    bkNotSerious: {
        nb: 'Retten til barnekoordinator gjelder når barnet har alvorlig sykdom, skade eller funksjonsnedsettelse, og det er ikke oppgitt her.',
        en: 'The right to a child coordinator applies when the child has a serious illness, injury or disability, which is not the case here.',
    },
    stepSelf: (planName, role, tool) => ({
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
    stepNoServices: {
        nb: 'Ingen tjenester er inne ennå, så ingen trenger koordineringsrollen nå. Vurder på nytt når tjenester kommer inn.',
        en: 'No services are involved yet, so no one needs the coordinating role now. Look at it again when services join.',
    },
    stepAlsoBk: (howToGet) => ({
        nb: `Familien har også rett til barnekoordinator. ${howToGet.nb}`,
        en: `The family also has a right to a child coordinator. ${howToGet.en}`,
    }),
    stepNobodyWants: (wayOut) => ({
        nb: `Ingen av tjenestene vil eller kan ta rollen, så det er ikke noe å bli enige om i et møte. Gå rett til neste steg: ${wayOut.nb}`,
        en: `None of the services will or can take the role, so there is nothing to agree on in a meeting. Go straight to the next step: ${wayOut.en}`,
    }),
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
    stepProposeTwo: (unit) => ({
        nb: `Dere er to tjenester. Snakk med fagpersonen i den andre tjenesten og bli enige om et forslag til ${unit.nb} om hvem som bør ha rollen, ut fra tabellen.`,
        en: `There are two services. Talk with the professional in the other service and agree on a proposal to ${unit.en} about who should hold the role, based on the table.`,
    }),
    stepProposeMany: (unit) => ({
        nb: `Flere enn to tjenester er inne. Samle fagpersonene i et avklaringsmøte (gjerne på Teams) og bli enige om et forslag til ${unit.nb} om hvem som bør ha rollen, ut fra tabellen.`,
        en: `More than two services are involved. Gather the professionals in a clarification meeting (Teams is fine) and agree on a proposal to ${unit.en} about who should hold the role, based on the table.`,
    }),
    stepUnitDecides: (unit, decision) => ({
        nb: `Søk om koordinator/individuell plan hos ${unit.nb}. ${decision.nb}`,
        en: `Apply for a coordinator/individual plan to ${unit.en}. ${decision.en}`,
    }),
    reminderConsent: {
        nb: 'Få samtykke før du kontakter andre tjenester om barnet.',
        en: 'Get consent before you contact other services about the child.',
    },
    consentParents: {
        nb: 'Foresatte samtykker for barn under 18 år – begge foreldrene når de har felles foreldreansvar.',
        en: 'Parents consent for children under 18 – both parents when they share parental responsibility.',
    },
    consentFrom15: {
        nb: 'Foresatte samtykker for barn under 18 år (begge ved felles foreldreansvar). Fra fylte 15 år skriver ungdommen under på samtykket sammen med foreldrene, når hen forstår hva det betyr.',
        en: 'Parents consent for children under 18 (both when they share parental responsibility). From 15, the young person signs the consent together with the parents, when they understand what it means.',
    },
    consentAdult: {
        nb: 'Ungdommen er over 18 år og samtykker selv, med mindre en verge er oppnevnt for nettopp dette. Ungdommen bestemmer også selv hvem som skal involveres, også om foreldrene skal være med.',
        en: 'The young person is over 18 and consents for themselves, unless a guardian has been appointed for exactly this. They also decide who is involved, including whether the parents take part.',
    },
    reminderFamilyNotPresent: {
        nb: 'Barnet og familien skal ikke være til stede når tjenestene diskuterer hvem som skal ha rollen.',
        en: 'The child and family should not be present when the services discuss who takes the role.',
    },
    reminderDoubleRole: {
        nb: 'Rollen kommer i tillegg til egen jobb i tjenesten: ingen er med i saken bare for å koordinere.',
        en: 'The role comes on top of the person’s own job in the service: no one is in the case only to coordinate.',
    },
};
//# sourceMappingURL=texts.js.map