"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tromso2025 = void 0;
const table_004_1 = require("./table-004");
const vocabulary_1 = require("./vocabulary");
/**
 * Tromsø from 1 August 2025: one plan type (tverrfaglig plan) for all new plans, and the person responsible is
 * always called koordinator (source 000). The coordinator table from source 004 still decides who is natural.
 */
const KOORDINATOR = ['koordinator'];
exports.tromso2025 = {
    id: 'tromso-2025',
    displayName: {
        nb: 'Tromsø kommune (tverrfaglig plan fra 1. august 2025)',
        en: 'Tromsø municipality (cross-disciplinary plan from 1 August 2025)',
    },
    municipality: 'Tromsø',
    planModel: 'tverrfaglig-plan',
    ageRangeSource: (0, vocabulary_1.cite)('002', 'Introduksjon til BTI-prosessen', 'Introduction to the BTI process'),
    tableNote: {
        nb: 'Tabellen er laget før 2025 og bruker ordene stafettholder og koordinator. For nye planer etter 1. august 2025 heter rollen koordinator.',
        en: 'The table was made before 2025 and uses the words relay holder and coordinator. For new plans after 1 August 2025 the role is called coordinator.',
    },
    planTypes: {
        base: {
            name: { nb: 'Tverrfaglig plan', en: 'Cross-disciplinary plan (tverrfaglig plan)' },
            role: 'koordinator',
            tool: { nb: 'Samspill', en: 'Samspill' },
            description: {
                nb: 'Fra 1. august 2025 lages alle nye planer i Tromsø som tverrfaglig plan i Samspill. Den dekker det stafettlogg og individuell plan dekket før, og den som har ansvaret, er koordinator.',
                en: 'From 1 August 2025 every new plan in Tromsø is a cross-disciplinary plan in Samspill. It covers what the relay log and the individual plan used to cover, and the person in charge is the coordinator.',
            },
            source: (0, vocabulary_1.cite)('000', 'Tverrfaglig plan erstatter stafettlogg og individuell plan', 'The cross-disciplinary plan replaces the relay log and individual plan'),
        },
        statutoryCategories: [],
    },
    services: [
        (0, table_004_1.skoleBarnehage)({ roles: KOORDINATOR }),
        (0, table_004_1.fysioterapeut)({ roles: KOORDINATOR }),
        (0, table_004_1.ergoterapeut)({ roles: KOORDINATOR }),
        (0, table_004_1.miljotjenesten)({ roles: KOORDINATOR }),
        (0, table_004_1.factUng)({ roles: KOORDINATOR }),
        (0, table_004_1.utekontakten)({ roles: KOORDINATOR }),
        (0, table_004_1.kulturFritid)({ roles: KOORDINATOR }),
        (0, table_004_1.helsesykepleier)({ roles: KOORDINATOR }),
        (0, table_004_1.avlastning)({
            id: 'selnes-seminaret-avlastning',
            name: { nb: 'Selnes/Seminaret avlastning', en: 'Selnes/Seminaret respite care' },
            section: 'Ansatt på Selnes/Seminaret avlastning',
            roles: KOORDINATOR,
        }),
        (0, table_004_1.barnevern)({ roles: KOORDINATOR, careRole: 'koordinator', supportMeasuresRole: 'koordinator' }),
        (0, table_004_1.barnebolig)({ roles: KOORDINATOR }),
        (0, table_004_1.tildelingskontoret)({ roles: ['barnekoordinator'] }),
        (0, table_004_1.ppt)(),
        (0, table_004_1.bup)(),
        (0, table_004_1.barnehabilitering)(),
        (0, table_004_1.outsideTable)('lavterskelteamet', { nb: 'Lavterskelteamet', en: 'Low-threshold team (Lavterskelteamet)' }, 'municipal-health'),
        (0, table_004_1.fastlege)(),
        (0, table_004_1.nav)(),
        (0, table_004_1.annenHelse)(),
        (0, table_004_1.annenTjeneste)(),
        (0, table_004_1.fysioErgo)({ roles: KOORDINATOR }),
    ],
    barnekoordinator: {
        holder: {
            nb: 'Saksbehandlere ved Tildelingskontoret, koordinator ved Trudvang barne- og avlastningsbolig og koordinator i avdelingen «Helsetjenester for barn i hjemmet».',
            en: 'Case officers at the allocation office (Tildelingskontoret), the coordinator at Trudvang children’s and respite home, and the coordinator in the “Health services for children at home” unit.',
        },
        note: {
            nb: 'Barnekoordinatoren er en egen person, ikke den samme som saksbehandler i saken.',
            en: 'The child coordinator is a separate person, not the same as the case officer on the case.',
        },
        source: (0, vocabulary_1.cite)('002', 'Hvem skal være koordinator', 'Who should be coordinator'),
        howToGet: {
            text: {
                nb: 'Familien kan be om barnekoordinator, også før barnet er født. I Tromsø har saksbehandlere ved Tildelingskontoret rollen: hjelp familien å ta kontakt der (med samtykke hvis du tar kontakt for dem). Fører det ikke fram, kan familien sende skjemaet «Henvendelse om tverrfaglig plan, koordinator og barnekoordinator» til Ressurssenteret for barn og familie, som sender det videre til rett instans.',
                en: 'The family can ask for a child coordinator, also before the child is born. In Tromsø, case officers at the allocation office (Tildelingskontoret) hold the role: help the family contact them (with consent if you make the contact for them). If that does not work, the family can send the form “Henvendelse om tverrfaglig plan, koordinator og barnekoordinator” to the Resource Centre for children and families, which passes it on to the right service.',
            },
            source: (0, vocabulary_1.cite)('000', 'Barnekoordinator; Til informasjon (skjema til Ressurssenteret)', 'Child coordinator; For information (form to the Resource Centre)'),
        },
    },
    serviceDecision: {
        decidedBy: 'services',
        appliesTo: 'all-plans',
        text: {
            nb: 'Tjenestene blir enige seg imellom om hvem som koordinerer. Den tjenesten som ser behovet for samarbeid, sørger for at det kommer i gang. Får ikke familien hjelp gjennom tjenestene, kan de sende skjema til Ressurssenteret for barn og familie, som sender saken videre.',
            en: 'The services agree among themselves who coordinates. The service that sees the need for cooperation makes sure it gets started. If the family gets no help through the services, they can send the form to the Resource Centre for children and families, which passes the case on.',
        },
        source: (0, vocabulary_1.cite)('004', '2. Hvilken plantype og hvem skal koordinere?', '2. Which plan type and who coordinates?'),
    },
    escalation: {
        rotateYears: 1,
        noAgreement: {
            text: {
                nb: 'Bytt på rollen, for eksempel ett år hver, eller løft saken til nærmeste leder.',
                en: 'Take turns holding the role, for example one year each, or lift the case to your nearest leader.',
            },
            source: (0, vocabulary_1.cite)('004', '2. Hvilken plantype og hvem skal koordinere?', '2. Which plan type and who coordinates?'),
        },
        changeOfCoordinator: {
            text: {
                nb: 'Koordinatoren har rollen til en annen har tatt den over. Er det tvil om hvem som skal overta, holder tjenestene et møte om det – uten barnet og familien til stede.',
                en: 'The coordinator keeps the role until someone else has taken it over. If it is unclear who should take over, the services hold a meeting about it – without the child and family present.',
            },
            source: (0, vocabulary_1.cite)('002', 'Nivå 2, trinn 5: evaluer og ta beslutning', 'Level 2, step 5: evaluate and decide'),
        },
    },
    extraReminders: [
        {
            id: 'hear-family-wishes',
            onlyWhenPlanNeeded: true,
            text: {
                nb: 'Spør barnet og familien om de har ønsker om hvem som skal være koordinator. Ønskene skal telle med, selv om de ikke alltid kan oppfylles.',
                en: 'Ask the child and family whether they have wishes about who should be coordinator. Their wishes count, even if they cannot always be met.',
            },
            source: (0, vocabulary_1.cite)('000', 'Skjema: ønske om koordinator', 'Form: wish for a coordinator'),
        },
    ],
    barnevernvakta: {
        phone: '95 19 52 40',
        hours: { nb: 'døgnåpen', en: 'open day and night' },
        source: (0, vocabulary_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
    },
};
//# sourceMappingURL=tromso-2025.js.map