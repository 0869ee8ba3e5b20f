"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const bti_levels_1 = require("./bti-levels");
const schema_1 = require("./schema");
const shared_1 = require("./shared");
/**
 * Vestre Toten (source 003): the older model with stafettlogg/stafettholder and, when the statutory right
 * applies, individuell plan with a koordinator appointed through KTK (Kontor for tildeling og koordinering).
 * The BTI levels are the same model; the tools are the municipality's own documents where 003 names them,
 * with the links 003 gives. Tromsø's own how-to documents are not listed here.
 */
const vt = (section, sectionEn = section) => (0, schema_1.cite)('003', section, sectionEn);
const VT_TOOLS = [
    {
        id: 'vt-fravaer',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Rutine for nærvær og fravær i grunnskolen', en: 'Routine for attendance and absence in primary and lower secondary school' },
        description: {
            nb: 'Kommunens rutine for hva skolen gjør når en elev har fravær som gir grunn til uro, eller står i fare for å falle ut.',
            en: 'The municipality’s routine for what the school does when a pupil’s absence is worrying or they risk dropping out.',
        },
        audience: ['staff', 'leader'],
        link: 'https://www.vestre-toten.kommune.no/barnehage-og-skole/rutine-for-narvar-og-fravar-i-grunnskolen/',
        keywords: {
            nb: ['fravær', 'skolefravær', 'nærvær', 'bekymringsfullt fravær', 'frafall', 'skolevegring'],
            en: ['absence', 'school absence', 'attendance', 'dropout', 'truancy', 'school refusal'],
        },
        source: vt('10. Livsfaser, kritiske overganger', '10. Life phases, critical transitions'),
    },
    {
        id: 'vt-samtykkeskjema',
        kind: 'tool',
        generation: 'other',
        name: { nb: 'Samtykkeskjema for samarbeid i Vestre Toten kommune', en: 'Consent form for cooperation, Vestre Toten' },
        description: {
            nb: 'Skjema for skriftlig samtykke til at tjenestene kan samarbeide og dele opplysninger om barnet.',
            en: 'Form for written consent that lets the services cooperate and share information about the child.',
        },
        audience: ['staff', 'coordinator', 'parents', 'child'],
        link: 'https://www.vestre-toten.kommune.no/globalassets/tjenesteomrader/helse-omsorg-og-sosial/bti---bedre-tverrfaglig-innsats/2024/samtykkeskjema_for_samarbeid_i_vestre_toten_kommune18-12-2023.pdf',
        keywords: {
            nb: ['samtykke', 'samtykkeskjema', 'samtykkeerklæring', 'taushetsplikt', 'dele opplysninger'],
            en: ['consent', 'consent form', 'confidentiality', 'share information'],
        },
        source: vt('7.5 Koordineringsprosessen – oppstartsamtale', '7.5 The coordination process – first talk'),
    },
    {
        id: 'stafettloggen',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'Stafettloggen – logg inn', en: 'Stafettloggen (relay log) – log in' },
        description: {
            nb: 'Innloggingen til stafettloggen, samarbeidsverktøyet som brukes når barnet får hjelp fra flere og retten til koordinator ikke er oppfylt.',
            en: 'The login to the relay log, the cooperation tool used when the child gets help from several services without a right to a coordinator.',
        },
        audience: ['coordinator', 'participant'],
        link: 'https://stafettloggen.conexus.no/Account',
        keywords: {
            nb: ['stafettlogg', 'stafettloggen', 'stafettholder', 'logg inn', 'lage plan', 'opprette stafettlogg'],
            en: ['relay log', 'stafettlogg', 'relay holder', 'log in', 'create plan'],
        },
        source: vt('2. Bedre Tverrfaglig Innsats – modellen (BTI)', '2. The BTI model'),
    },
    {
        id: 'stafettlogg-arkivrutine',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Stafettloggen – arkivrutine', en: 'Relay log – archiving routine' },
        description: {
            nb: 'Hvordan stafettloggen avsluttes og arkiveres, for eksempel når barnet får koordinator og individuell plan.',
            en: 'How the relay log is closed and archived, for example when the child gets a coordinator and an individual plan.',
        },
        audience: ['coordinator'],
        link: 'https://www.vestre-toten.kommune.no/globalassets/tjenesteomrader/helse-omsorg-og-sosial/bti---bedre-tverrfaglig-innsats/2022/pdf/stafettloggen---arkivrutine.pdf',
        keywords: {
            nb: ['arkiv', 'arkivering', 'arkivrutine', 'avslutte stafettlogg', 'avslutte plan'],
            en: ['archive', 'archiving', 'close relay log', 'close plan'],
        },
        source: vt('2. Bedre Tverrfaglig Innsats – modellen (BTI)', '2. The BTI model'),
    },
    {
        id: 'samspill-innlogging',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'Flyt Samspill – logg inn', en: 'Flyt Samspill – log in' },
        description: {
            nb: 'Innloggingen til Visma Flyt Samspill, der individuell plan, innkallinger og referater ligger.',
            en: 'The login to Visma Flyt Samspill, where the individual plan, invitations and minutes live.',
        },
        audience: ['coordinator', 'participant', 'parents'],
        link: 'https://www.individplan.no/samspill/nb/login',
        keywords: {
            nb: ['logg inn', 'innlogging', 'samspill', 'visma flyt', 'individuell plan'],
            en: ['log in', 'login', 'sign in', 'samspill', 'individual plan'],
        },
        source: vt('8. Flyt Samspill'),
    },
    {
        id: 'tverrfaglige-moteplasser',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Tverrfaglige møteplasser', en: 'Cross-service meeting forums' },
        description: {
            nb: 'En oversikt over møteformene i kommunen – samarbeidsmøter, arbeidsmøter og ansvarsgruppemøter – og når de brukes.',
            en: 'An overview of the meeting types in the municipality – cooperation meetings, working meetings and responsibility-group meetings – and when they are used.',
        },
        audience: ['staff', 'coordinator'],
        link: 'https://www.vestre-toten.kommune.no/globalassets/tjenesteomrader/helse-omsorg-og-sosial/bti---bedre-tverrfaglig-innsats/2023/pdf/tverrfaglige-moteplasser_31.10.2023.pdf',
        keywords: {
            nb: ['møteplasser', 'møteformer', 'samarbeidsmøte', 'arbeidsmøte', 'møte'],
            en: ['meeting forums', 'meeting types', 'cooperation meeting', 'working meeting', 'meeting'],
        },
        source: vt('9. Møte/møteledelse', '9. Meetings and chairing'),
    },
    {
        id: 'rutine-tverrfaglige-moter',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Rutine for tverrfaglige møter (BTI)', en: 'Routine for cross-service meetings (BTI)' },
        description: {
            nb: 'Hvordan et tverrfaglig møte forberedes, ledes og følges opp, med hvem som skriver referat.',
            en: 'How a cross-service meeting is prepared, chaired and followed up, including who writes the minutes.',
        },
        audience: ['coordinator', 'participant'],
        link: 'https://www.vestre-toten.kommune.no/globalassets/tjenesteomrader/helse-omsorg-og-sosial/bti---bedre-tverrfaglig-innsats/2023/24.02.23-veileder-tverrfaglig-mote.pdf',
        keywords: {
            nb: ['gode møter', 'møteledelse', 'lede møte', 'referat', 'møtereferat', 'tverrfaglig møte'],
            en: ['good meetings', 'chair a meeting', 'run a meeting', 'minutes', 'meeting minutes'],
        },
        source: vt('9. Møte/møteledelse', '9. Meetings and chairing'),
    },
    {
        id: 'rutine-ansvarsgruppemote',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Rutine for ansvarsgruppemøte', en: 'Routine for responsibility-group meetings' },
        description: {
            nb: 'Kommunens retningslinje for ansvarsgrupper: hvem som er med, hvor ofte dere møtes og hva møtet skal gjøre.',
            en: 'The municipality’s guideline for responsibility groups: who takes part, how often you meet and what the meeting is for.',
        },
        audience: ['coordinator', 'participant'],
        link: 'https://www.vestre-toten.kommune.no/globalassets/tjenesteomrader/helse-omsorg-og-sosial/omsorgstjenesten/koordinerende-enhet/retningslinje_for_ansvarsgrupper2021.pdf',
        keywords: {
            nb: ['ansvarsgruppe', 'ansvarsgruppemøte', 'retningslinje', 'møte'],
            en: ['responsibility group', 'responsibility group meeting', 'guideline', 'meeting'],
        },
        source: vt('9. Møte/møteledelse', '9. Meetings and chairing'),
    },
    {
        id: 'rutine-barn-som-parorende',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Rutine for barn som pårørende', en: 'Routine for children as next of kin' },
        description: {
            nb: 'Hvordan barn og søsken som er pårørende til en som er syk, skal bli sett og fulgt opp.',
            en: 'How children and siblings who are next of kin to someone who is ill should be seen and followed up.',
        },
        audience: ['staff', 'coordinator'],
        link: 'https://www.vestre-toten.kommune.no/globalassets/tjenesteomrader/helse-omsorg-og-sosial/bti---bedre-tverrfaglig-innsats/2022/pdf/17.10.22-rutine-barn-som-parorende_korrigert2022.pdf',
        keywords: {
            nb: ['pårørende', 'barn som pårørende', 'søsken', 'syk forelder', 'søsken som pårørende'],
            en: ['next of kin', 'young carers', 'siblings', 'ill parent', 'children as relatives'],
        },
        source: vt('7.3 Barn som pårørende', '7.3 Children as next of kin'),
    },
    {
        id: 'soknad-koordinator-ip',
        kind: 'tool',
        generation: 'other',
        name: { nb: 'Søknad om koordinator og individuell plan (til KTK)', en: 'Application for a coordinator and individual plan (to KTK)' },
        description: {
            nb: 'Søknadsskjemaet for helse- og omsorgstjenester, som også brukes når dere søker KTK om koordinator eller individuell plan.',
            en: 'The application form for health and care services, also used to apply to KTK for a coordinator or an individual plan.',
        },
        audience: ['staff', 'coordinator', 'parents'],
        link: 'https://skjema.kf.no/formsengine/?wizardId=5757&externalId=3443',
        whereToFind: { nb: 'Skjemaet finnes også i en utgave for utskrift.', en: 'There is also a printable version of the form.' },
        keywords: {
            nb: ['søknad', 'søke koordinator', 'individuell plan', 'ip', 'ktk', 'koordinerende enhet', 'lage plan'],
            en: ['application', 'apply for coordinator', 'individual plan', 'ip', 'ktk', 'coordinating unit'],
        },
        source: vt('3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
    },
    {
        id: 'e-laering-koordinator',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'E-læring: koordinator og individuell plan', en: 'E-learning: coordinator and individual plan' },
        description: {
            nb: 'Et nettkurs for nye koordinatorer om rollen og arbeidet med individuell plan.',
            en: 'An online course for new coordinators about the role and the work with an individual plan.',
        },
        audience: ['coordinator'],
        link: 'https://www.kompetansebroen.no/courses/koordinator-og-individuell-plan',
        keywords: {
            nb: ['kurs', 'e-læring', 'opplæring', 'ny koordinator', 'koordinatorrollen'],
            en: ['course', 'e-learning', 'training', 'new coordinator', 'coordinator role'],
        },
        source: vt('7.7 Hvilken støtte kan jeg forvente som koordinator?', '7.7 What support can I expect as coordinator?'),
    },
    {
        id: 'barns-rettigheter-kurs',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'E-læring om barns rettigheter (Barneombudet)', en: "E-learning on children's rights (Ombudsperson for Children)" },
        description: {
            nb: 'Et kort nettkurs om barnets beste og barnets rett til å bli hørt i saker som gjelder det.',
            en: "A short online course on the child's best interests and the child's right to be heard in matters that concern them.",
        },
        audience: ['staff'],
        link: 'https://www.barneombudet.no/e-kurs/kurs-1-barnets-beste-pa-individniva',
        keywords: {
            nb: ['barns rettigheter', 'barnets beste', 'medvirkning', 'høre barnet', 'barnets stemme'],
            en: ["children's rights", 'best interests of the child', 'participation', 'hear the child'],
        },
        source: vt('Innledning', 'Introduction'),
    },
    {
        id: 'bti-handlingsveileder-vt',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'BTI-handlingsveilederen i Vestre Toten', en: 'The BTI action guide, Vestre Toten' },
        description: {
            nb: 'Kommunens egen handlingsveileder for BTI, med nivåene fra undring og avklaring og videre.',
            en: 'The municipality’s own BTI action guide, with the levels from wondering and clarifying onwards.',
        },
        audience: ['staff'],
        link: 'https://www.vestre-toten.kommune.no/helse-og-omsorg/helse-og-omsorg-vestre-toten-kommune/bti-handlingsveileder/niva-0-undring-og-avklaring/',
        keywords: {
            nb: ['handlingsveileder', 'bti', 'nivå 0', 'undring', 'veileder'],
            en: ['action guide', 'bti', 'level 0', 'guide'],
        },
        source: vt('2. Bedre Tverrfaglig Innsats – modellen (BTI)', '2. The BTI model'),
    },
    {
        id: 'samordningsmote',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Samordningsmøte 0–24 år', en: 'Coordination meeting, ages 0–24' },
        description: {
            nb: 'Kommunens møte for å samordne innsatsen rundt et barn eller en ungdom når flere tjenester er inne.',
            en: 'The municipality’s meeting for coordinating the help around a child or young person when several services are involved.',
        },
        audience: ['staff', 'leader'],
        link: 'https://www.vestre-toten.kommune.no/helse-og-omsorg/helse-og-omsorg-vestre-toten-kommune/bti-handlingsveileder/samordningsmote-0-24-ar/',
        keywords: {
            nb: ['samordning', 'samordningsmøte', 'flere tjenester', 'hvem skal koordinere'],
            en: ['coordination meeting', 'several services', 'who should coordinate'],
        },
        source: vt('1. En helhetlig struktur for koordinering', '1. A coherent structure for coordination'),
    },
];
const data = {
    profileId: 'vestre-toten',
    municipality: 'Vestre Toten kommune',
    missingLinkHint: {
        nb: 'Spør BTI-ressurspersonen eller lederen din, eller Kontor for tildeling og koordinering (KTK).',
        en: 'Ask your BTI resource person or your leader, or the coordinating unit (KTK).',
    },
    tools: [...shared_1.ORIGINAL_BTI_TOOLS, shared_1.SNAKKEMEDBARN, shared_1.OMNI_MODELLEN, shared_1.TRYGT_BARNEHAGEMILJO, shared_1.TRYGT_SKOLEMILJO, ...VT_TOOLS],
    levels: (0, bti_levels_1.btiLevels)({
        planName: { nb: 'stafettloggen eller den individuelle planen', en: 'the relay log or the individual plan' },
        clarifyExtra: [
            {
                nb: 'Gjelder det retten til koordinator eller individuell plan, sendes søknaden til KTK. KTK bestemmer hvilken tjeneste som skal koordinere.',
                en: 'If it concerns the right to a coordinator or an individual plan, the application goes to KTK. KTK decides which service coordinates.',
                source: vt('3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
            },
        ],
        createPlan: {
            title: { nb: 'Opprett stafettlogg, eller søk om koordinator og IP', en: 'Create a relay log, or apply for a coordinator and IP' },
            whatToDo: [
                {
                    nb: 'Får barnet hjelp fra flere tjenester uten at retten til koordinator er oppfylt? Opprett en stafettlogg og avtal hvem som er stafettholder.',
                    en: 'Does the child get help from several services without a right to a coordinator? Create a relay log and agree who is the relay holder.',
                },
                {
                    nb: 'Trenger barnet langvarige og koordinerte tjenester? Søk KTK om koordinator og individuell plan. Stafettloggen kan brukes til søknaden er behandlet.',
                    en: 'Does the child need long-term, coordinated services? Apply to KTK for a coordinator and an individual plan. The relay log can be used until the application is decided.',
                },
            ],
            source: vt('2. BTI-modellen; 3. Koordinerende enhet (KTK)', '2. The BTI model; 3. Coordinating unit (KTK)'),
        },
        evaluateExtra: [
            {
                nb: 'Skal det byttes koordinator, oppnevner lederen i tjenesten en ny. Må det vurderes på nytt hvilken tjeneste som skal koordinere, går henvendelsen til KTK.',
                en: 'When the coordinator changes, the leader of the service appoints a new one. If it must be reassessed which service should coordinate, ask KTK.',
                source: vt('7.6 Endring eller avslutning av koordinering', '7.6 Changing or ending coordination'),
            },
            {
                nb: 'Går dere over til koordinator, ansvarsgruppe eller IP, avsluttes stafettloggen etter arkivrutinen.',
                en: 'When you move to a coordinator, a responsibility group or an IP, the relay log is closed following the archiving routine.',
                source: vt('2. Bedre Tverrfaglig Innsats – modellen (BTI)', '2. The BTI model'),
            },
        ],
        tools: {
            l0: [
                {
                    toolIds: ['observasjonsskjema', 'signaler-mistrivsel', 'bekymringsskala-barn', 'bekymringsskala-foreldre', 'trygt-barnehagemiljo', 'trygt-skolemiljo', 'omni-modellen'],
                    relatedToolIds: ['vt-fravaer', 'bti-handlingsveileder-vt'],
                },
                { toolIds: [], relatedToolIds: ['bekymringsskala-barn', 'bekymringsskala-foreldre'] },
                { toolIds: ['snakkemedbarn'], relatedToolIds: ['barns-rettigheter-kurs'] },
                { toolIds: [], relatedToolIds: ['vt-samtykkeskjema', 'rutine-barn-som-parorende'] },
            ],
            l1: [
                { toolIds: [], relatedToolIds: ['vt-samtykkeskjema', 'barns-rettigheter-kurs'] },
                { toolIds: [], relatedToolIds: [] },
                { toolIds: [], relatedToolIds: ['vt-samtykkeskjema'] },
            ],
            l2: [
                { toolIds: [], relatedToolIds: ['samordningsmote', 'soknad-koordinator-ip', 'tverrfaglige-moteplasser'] },
                { toolIds: [], relatedToolIds: ['vt-samtykkeskjema'] },
                { toolIds: [], relatedToolIds: ['stafettloggen', 'soknad-koordinator-ip', 'samspill-innlogging', 'e-laering-koordinator'] },
                { toolIds: [], relatedToolIds: ['rutine-tverrfaglige-moter', 'rutine-ansvarsgruppemote', 'tverrfaglige-moteplasser'] },
                { toolIds: [], relatedToolIds: ['stafettlogg-arkivrutine', 'soknad-koordinator-ip'] },
            ],
        },
    }),
    specialRoutes: (0, shared_1.specialRoutes)('vt-fravaer'),
    contacts: [
        shared_1.POLICE_CONTACT,
        {
            id: 'barnevernvakta',
            name: { nb: 'Barnevernvakt', en: 'Child welfare emergency service (barnevernvakt)' },
            description: {
                nb: 'Telefonnummeret til barnevernvakten er ikke lagt inn for Vestre Toten ennå – spør lederen din. Er barnet i fare nå, ring 112.',
                en: 'The phone number of the child welfare emergency service has not been added for Vestre Toten yet – ask your leader. If the child is in danger now, call 112.',
            },
            source: (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
        },
        {
            id: 'barneverntjenesten',
            name: { nb: 'Barneverntjenesten', en: 'Child welfare service' },
            description: {
                nb: 'Tar imot bekymringsmeldinger og kan drøfte med deg hvordan du går fram.',
                en: 'Receives reports of concern and can talk through with you how to proceed.',
            },
            source: (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
        },
        shared_1.REPORTING_PORTAL_CONTACT,
        {
            id: 'koordinerende-enhet',
            name: { nb: 'Kontor for tildeling og koordinering (KTK)', en: 'Office for allocation and coordination (KTK)' },
            description: {
                nb: 'Kommunens koordinerende enhet: behandler søknader om koordinator og individuell plan, bestemmer hvilken tjeneste som koordinerer, og gir råd til koordinatorer.',
                en: 'The municipality’s coordinating unit: handles applications for a coordinator and an individual plan, decides which service coordinates, and advises coordinators.',
            },
            source: vt('3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
        },
    ],
};
exports.default = data;
//# sourceMappingURL=vestre-toten.js.map