"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.vestreToten = void 0;
const table_004_1 = require("./table-004");
const vocabulary_1 = require("./vocabulary");
/**
 * Vestre Toten works with the older model: stafettlogg and stafettholder in BTI, and individuell plan with a
 * koordinator when the statutory right is met; KTK (the coordinating unit) decides which service holds the
 * coordinator role (source 003). Vestre Toten's sources have no table of their own, so the rows from the
 * general tool (source 004) are used as advice, without the Tromsø-only units (FACT Ung, Barnebolig,
 * Tildelingskontoret) and with the Tromsø respite units named generically.
 */
exports.vestreToten = {
    id: 'vestre-toten',
    displayName: {
        nb: 'Vestre Toten kommune (stafettlogg og individuell plan)',
        en: 'Vestre Toten municipality (relay log and individual plan)',
    },
    municipality: 'Vestre Toten',
    planModel: 'stafettlogg-ip',
    // Vestre Toten's handbook (003) does not state the age range in its text; the request form of the older
    // stafettlogg/IP model, which Vestre Toten follows, gives 0–23 years for stafettlogg and stafettholder.
    ageRangeSource: (0, vocabulary_1.cite)('001', 'Stafettlogg/stafettholder: barn og unge 0–23 år', 'Relay log/relay holder: children and young people aged 0–23'),
    tableNote: {
        nb: 'Vestre Toten har ikke en egen tabell i kildene. Tabellen her kommer fra det generelle avklaringsverktøyet og er et råd: gjelder det koordinator eller individuell plan, er det KTK som bestemmer.',
        en: 'Vestre Toten’s sources have no table of their own. This table comes from the general clarification tool and is advice only: for a coordinator or an individual plan, KTK decides.',
    },
    planTypes: {
        base: {
            name: { nb: 'Stafettlogg', en: 'Relay log (stafettlogg)' },
            role: 'stafettholder',
            tool: { nb: 'Stafettloggen (Conexus)', en: 'Stafettloggen (Conexus)' },
            description: {
                nb: 'Stafettlogg brukes når flere tjenester følger opp barnet og må samarbeide, men retten til koordinator ikke er oppfylt – eller mens en søknad om koordinator behandles. Den som har ansvaret, er stafettholder.',
                en: 'A relay log is used when several services follow the child and need to cooperate, but the right to a coordinator is not met – or while an application for a coordinator is being handled. The person in charge is the relay holder.',
            },
            source: (0, vocabulary_1.cite)('003', '2. Bedre Tverrfaglig Innsats – modellen (BTI)', '2. The BTI model'),
        },
        statutory: {
            name: { nb: 'Individuell plan (IP) med koordinator', en: 'Individual plan (IP) with a coordinator' },
            role: 'koordinator',
            tool: { nb: 'Flyt Samspill', en: 'Flyt Samspill' },
            description: {
                nb: 'Individuell plan og koordinator er en rettighet. Søknaden går til KTK, som bestemmer hvilket tjenestested som får koordineringsansvaret. Når koordinator og IP er på plass, avsluttes stafettloggen.',
                en: 'An individual plan and a coordinator are a legal right. The application goes to KTK, which decides which service holds the coordinating role. Once a coordinator and IP are in place, the relay log is closed.',
            },
            source: (0, vocabulary_1.cite)('003', '3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
        },
        statutoryCategories: ['municipal-health', 'child-welfare', 'nav'],
        statutoryConditions: {
            text: {
                nb: 'Barnet følges over tid av flere kommunale helse- og omsorgstjenester, barnevernet eller NAV, og disse tjenestene må møtes for å avklare innsatsen seg imellom og sette felles mål – ut over det barnehagen/skolen trenger.',
                en: 'The child is followed over time by several municipal health and care services, child welfare or NAV, and these services need to meet to agree their efforts and set shared goals – beyond what the kindergarten/school needs.',
            },
            source: (0, vocabulary_1.cite)('004', 'Koordineringstrappa: Individuell plan og koordinator', 'Coordination ladder: individual plan and coordinator'),
        },
    },
    services: [
        (0, table_004_1.skoleBarnehage)({ roles: ['stafettholder'] }),
        (0, table_004_1.fysioterapeut)({ roles: ['koordinator'] }),
        (0, table_004_1.ergoterapeut)({ roles: ['koordinator'] }),
        (0, table_004_1.miljotjenesten)({ name: { nb: 'Miljøtjeneste / miljøarbeider', en: 'Support service / support worker' }, roles: ['koordinator'] }),
        (0, table_004_1.utekontakten)({
            name: { nb: 'Utekontakt / oppsøkende ungdomsarbeid', en: 'Outreach youth work' },
            roles: ['koordinator', 'stafettholder'],
        }),
        (0, table_004_1.kulturFritid)({ roles: ['stafettholder'] }),
        (0, table_004_1.helsesykepleier)({ roles: ['koordinator', 'stafettholder'] }),
        (0, table_004_1.avlastning)({ roles: ['koordinator'] }),
        (0, table_004_1.barnevern)({ roles: ['koordinator', 'stafettholder'], careRole: 'koordinator', supportMeasuresRole: 'stafettholder' }),
        (0, table_004_1.ppt)(),
        (0, table_004_1.bup)(),
        (0, table_004_1.barnehabilitering)(),
        (0, table_004_1.fastlege)(),
        (0, table_004_1.nav)(),
        (0, table_004_1.annenHelse)(),
        (0, table_004_1.annenTjeneste)(),
        (0, table_004_1.fysioErgo)({ roles: ['koordinator'] }),
    ],
    barnekoordinator: {
        holder: {
            nb: 'Barnekoordinator kan være en som er ansatt som barnekoordinator, eller en annen tjenesteyter som følger opp barnet og har erfaring som koordinator.',
            en: 'The child coordinator can be someone employed as a child coordinator, or another service provider who follows the child and has experience as a coordinator.',
        },
        note: {
            nb: 'Kommunen skal oppnevne barnekoordinator når foreldrene ønsker det og har rett til det. Det er hjelpebehovet som vurderes.',
            en: 'The municipality must appoint a child coordinator when the parents want one and have the right. What counts is the need for help.',
        },
        source: (0, vocabulary_1.cite)('003', '5. Barnekoordinator', '5. Child coordinator'),
        rightSource: (0, vocabulary_1.cite)('003', '5. Barnekoordinator', '5. Child coordinator'),
        // 003 names KTK as the unit that handles requests for a coordinator and appoints coordinators (section 3);
        // section 5 says only that the municipality appoints a barnekoordinator when the parents want one.
        howToGet: {
            text: {
                nb: 'Foreldrene må si fra at de ønsker barnekoordinator – kommunen skal oppnevne en når de ønsker det og har rett til det, også før barnet er født. Henvendelser om koordinator går til KTK (Kontor for tildeling og koordinering), kommunens koordinerende enhet, som har ansvaret for å oppnevne koordinatorer: hjelp familien å ta kontakt der (med samtykke hvis du tar kontakt for dem).',
                en: 'The parents must say that they want a child coordinator – the municipality must appoint one when they want it and have the right, also before the child is born. Requests for a coordinator go to KTK (the office for allocation and coordination), the municipality’s coordinating unit, which appoints coordinators: help the family contact it (with consent if you make the contact for them).',
            },
            source: (0, vocabulary_1.cite)('003', '3. Koordinerende enhet (KTK); 5. Barnekoordinator', '3. Coordinating unit (KTK); 5. Child coordinator'),
        },
    },
    serviceDecision: {
        decidedBy: 'coordinating-unit',
        unitName: { nb: 'KTK (Kontor for tildeling og koordinering)', en: 'KTK (Office for allocation and coordination)' },
        appliesTo: 'statutory-only',
        text: {
            nb: 'KTK er kommunens koordinerende enhet og bestemmer hvilket tjenestested som skal ha koordineringsansvaret, også når tjenesten ligger utenfor helse og omsorg. Lederen på tjenestestedet oppnevner selve koordinatoren.',
            en: 'KTK is the municipality’s coordinating unit and decides which service holds the coordinating role, also when the service is outside health and care. The leader of that service appoints the coordinator.',
        },
        source: (0, vocabulary_1.cite)('003', '3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
    },
    extraReminders: [
        {
            id: 'hear-family-wishes',
            onlyWhenPlanNeeded: true,
            text: {
                nb: 'Barnet og familien skal få si hvem de ønsker som koordinator, og ønsket skal tas med i vurderingen.',
                en: 'The child and family should be asked whom they would like as coordinator, and their wish must be taken into account.',
            },
            source: (0, vocabulary_1.cite)('003', '4. Koordinator', '4. Coordinator'),
        },
        {
            id: 'gp-medical-coordination',
            onlyWhenPlanNeeded: true,
            text: {
                nb: 'Fastlegen har et eget ansvar for å samordne det medisinske, uansett hvem som koordinerer samarbeidet.',
                en: 'The GP has their own duty to coordinate the medical side, whoever coordinates the cooperation.',
            },
            source: (0, vocabulary_1.cite)('003', '1. En helhetlig struktur for koordinering', '1. An overall structure for coordination'),
        },
    ],
    escalation: {
        rotateYears: 1,
        noAgreement: {
            text: {
                nb: 'Bytt på rollen som stafettholder, for eksempel ett år hver, eller løft saken til nærmeste leder.',
                en: 'Take turns as relay holder, for example one year each, or lift the case to your nearest leader.',
            },
            source: (0, vocabulary_1.cite)('004', '2. Hvilken plantype og hvem skal koordinere?', '2. Which plan type and who coordinates?'),
        },
        statutoryNoAgreement: {
            text: {
                nb: 'Gjelder det koordinator eller individuell plan, går spørsmålet tilbake til KTK, som avgjør hvilket tjenestested som får ansvaret. Lederen der oppnevner koordinatoren.',
                en: 'For a coordinator or an individual plan, the question goes back to KTK, which decides which service gets the role. The leader there appoints the coordinator.',
            },
            source: (0, vocabulary_1.cite)('003', '3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
        },
        changeOfCoordinator: {
            text: {
                nb: 'Ved bytte av koordinator oppnevner lederen i tjenesten en ny. Trengs en ny vurdering av hvilket tjenestested som skal ha ansvaret, sender dere saken til KTK.',
                en: 'When the coordinator changes, the leader of the service appoints a new one. If it needs a fresh look at which service should hold the role, send the case to KTK.',
            },
            source: (0, vocabulary_1.cite)('003', '7.6 Endring eller avslutning av koordinering', '7.6 Changing or ending coordination'),
        },
    },
};
//# sourceMappingURL=vestre-toten.js.map