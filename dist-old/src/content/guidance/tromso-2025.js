"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const bti_levels_1 = require("./bti-levels");
const schema_1 = require("./schema");
const shared_1 = require("./shared");
/** Tromsø, revised 2025 (tverrfaglig plan in Samspill). Tools: the BTI guide's list (002) and source 004. */
const revised = (section, sectionEn) => (0, schema_1.cite)('002', `Reviderte BTI-verktøy; ${section}`, `Revised BTI tools; ${sectionEn}`);
const REVISED_TOOLS = [
    {
        id: 'samarbeide-barn-ungdom',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Hvordan samarbeide med barn og ungdom', en: 'How to cooperate with children and youth' },
        description: {
            nb: 'Råd om hvordan barnet eller ungdommen kan være med og bli hørt i samarbeidet, tilpasset alder og modenhet.',
            en: 'Advice on how the child or young person can take part and be heard in the cooperation, adapted to age and maturity.',
        },
        audience: ['staff', 'coordinator', 'participant'],
        link: undefined,
        keywords: {
            nb: ['medvirkning', 'barnets stemme', 'høre barnet', 'barn og unge', 'ungdom', 'samarbeid med barn', 'barns rettigheter'],
            en: ['child participation', 'hear the child', "child's voice", 'youth involvement', 'cooperate with children', "children's rights"],
        },
        source: revised('Nivå 2 – opprett plan', 'Level 2 – create the plan'),
    },
    {
        id: 'info-foresatte',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Informasjon om BTI og Samspill til foresatte', en: 'Information about BTI and Samspill for parents' },
        description: {
            nb: 'Et informasjonsskriv du kan gi foresatte, som forklarer hva BTI er og hvordan Samspill brukes i samarbeidet.',
            en: 'An information sheet for parents that explains what BTI is and how Samspill is used in the cooperation.',
        },
        audience: ['parents', 'staff'],
        link: undefined,
        keywords: {
            nb: ['informasjon til foreldre', 'infoskriv', 'foreldreinformasjon', 'hva er bti', 'forklare bti', 'foresatte'],
            en: ['information for parents', 'parent leaflet', 'what is bti', 'explain bti to parents', 'guardians'],
        },
        source: revised('liste', 'list'),
    },
    {
        id: 'samtykkeskjema-hand',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Samtykkeskjema (for utfylling for hånd)', en: 'Consent form (to fill in by hand)' },
        description: {
            nb: 'Papirskjema for skriftlig samtykke til at tjenester kan dele opplysninger – for ett møte eller for samarbeid over tid.',
            en: 'Paper form for written consent that lets services share information – for a single meeting or for cooperation over time.',
        },
        audience: ['staff', 'parents', 'child'],
        link: undefined,
        keywords: {
            nb: ['samtykke', 'samtykkeerklæring', 'skriftlig samtykke', 'taushetsplikt', 'dele opplysninger', 'papir', 'for hånd'],
            en: ['consent', 'consent form', 'written consent', 'confidentiality', 'share information', 'paper form', 'by hand'],
        },
        source: revised('samtykke', 'consent'),
    },
    {
        id: 'samtykkeskjema-digital',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Samtykkeskjema (for digital utfylling)', en: 'Consent form (to fill in digitally)' },
        description: {
            nb: 'Den digitale utgaven av samtykkeskjemaet, til å fylle ut på skjerm.',
            en: 'The digital version of the consent form, to fill in on screen.',
        },
        audience: ['staff', 'parents', 'child'],
        link: undefined,
        keywords: {
            nb: ['samtykke', 'samtykkeerklæring', 'digitalt samtykke', 'elektronisk samtykke', 'taushetsplikt', 'dele opplysninger'],
            en: ['consent', 'consent form', 'digital consent', 'electronic consent', 'confidentiality', 'share information'],
        },
        source: revised('samtykke', 'consent'),
    },
    {
        id: 'opprette-plan-samspill',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Hvordan opprette tverrfaglig plan i Samspill', en: 'How to create a cross-disciplinary plan in Samspill' },
        description: {
            nb: 'Steg for steg: slik lager du en ny tverrfaglig plan i Samspill når flere tjenester skal samarbeide.',
            en: 'Step by step: how to make a new cross-disciplinary plan in Samspill when several services need to cooperate.',
        },
        audience: ['coordinator', 'staff'],
        link: undefined,
        keywords: {
            // From 1 August 2025 the tverrfaglig plan replaces both the individual plan and the relay log (002, Samspill).
            nb: ['lage plan', 'opprette plan', 'ny plan', 'starte plan', 'tverrfaglig plan', 'samspill', 'plan i samspill', 'individuell plan', 'stafettlogg'],
            en: ['create plan', 'make a plan', 'new plan', 'start a plan', 'set up plan', 'cross-disciplinary plan', 'samspill', 'individual plan', 'relay log'],
        },
        source: revised('Nivå 2 – opprett plan', 'Level 2 – create the plan'),
    },
    {
        id: 'foreldre-plan-samspill',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Hvordan samarbeide med foreldre om plan i Samspill', en: 'How to cooperate with parents on the plan in Samspill' },
        description: {
            nb: 'Hvordan du tar med foresatte i arbeidet med planen i Samspill, slik at de kan følge med og bidra.',
            en: 'How to include parents in the work on the plan in Samspill so that they can follow it and contribute.',
        },
        audience: ['coordinator', 'participant', 'parents'],
        link: undefined,
        keywords: {
            nb: ['foreldre', 'foresatte', 'foreldresamarbeid', 'involvere foreldre', 'foreldre i samspill'],
            en: ['parents', 'cooperate with parents', 'involve parents', 'parents in samspill', 'guardians'],
        },
        source: revised('Nivå 2 – opprett plan', 'Level 2 – create the plan'),
    },
    {
        id: 'gode-moter',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Hvordan gjennomføre gode møter', en: 'How to run good meetings' },
        description: {
            nb: 'Tips til å forberede, lede og følge opp samarbeidsmøter og ansvarsgruppemøter med god struktur.',
            en: 'Tips for preparing, leading and following up cooperation and responsibility-group meetings with a clear structure.',
        },
        audience: ['coordinator', 'participant'],
        link: undefined,
        keywords: {
            nb: ['møte', 'møter', 'gode møter', 'møteledelse', 'lede møte', 'samarbeidsmøte', 'ansvarsgruppemøte', 'agenda', 'dagsorden'],
            en: ['meeting', 'meetings', 'good meetings', 'run a meeting', 'chair a meeting', 'agenda', 'cooperation meeting'],
        },
        source: revised('Nivå 2 – tiltak', 'Level 2 – measures'),
    },
    {
        id: 'felles-mal',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Hvordan jobbe mot felles mål i det tverrfaglige samarbeidet', en: 'How to work towards shared goals in cross-service cooperation' },
        description: {
            nb: 'Hjelp til å sette mål som alle tjenestene og familien står bak, og til å følge dem opp over tid.',
            en: 'Help to set goals that all services and the family stand behind, and to follow them up over time.',
        },
        audience: ['coordinator', 'participant'],
        link: undefined,
        keywords: {
            nb: ['mål', 'felles mål', 'målsetting', 'sette mål', 'målarbeid', 'tiltak'],
            en: ['goals', 'shared goals', 'common goals', 'set goals', 'objectives', 'measures'],
        },
        source: revised('Nivå 2 – opprett plan og tiltak', 'Level 2 – create the plan and measures'),
    },
    {
        id: 'mal-motereferat',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Mal for møtereferat og møtelogg', en: 'Template for meeting minutes and meeting log' },
        description: {
            nb: 'En ferdig mal for å skrive referat og logg fra møtene, så det er lett å se hva som ble avtalt.',
            en: 'A ready template for writing minutes and a log of the meetings, so it is easy to see what was agreed.',
        },
        audience: ['coordinator', 'participant'],
        link: undefined,
        whereToFind: { nb: 'Finnes også som mal i Samspill.', en: 'Also available as a template in Samspill.' },
        keywords: {
            nb: ['referat', 'møtereferat', 'møtelogg', 'logg', 'skrive referat', 'referatmal', 'mal'],
            en: ['minutes', 'meeting minutes', 'minutes template', 'meeting log', 'write minutes', 'template', 'notes'],
        },
        source: revised('Nivå 2 – tiltak', 'Level 2 – measures'),
    },
    {
        id: 'skjema-ressurser-mal-behov',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Skjema – oversikt over barnets ressurser, mål og behov', en: "Form – overview of the child's strengths, goals and needs" },
        description: {
            nb: 'Et skjema for å samle det barnet mestrer, hva det ønsker seg og hva det trenger hjelp til, som grunnlag for planen.',
            en: 'A form that gathers what the child masters, what they want and what they need help with, as a basis for the plan.',
        },
        audience: ['coordinator', 'participant', 'parents'],
        link: undefined,
        whereToFind: { nb: 'Finnes også som mal i Samspill.', en: 'Also available as a template in Samspill.' },
        keywords: {
            nb: ['ressurser', 'behov', 'mål', 'kartlegging', 'oversikt', 'styrker', 'barnets ressurser'],
            en: ['strengths', 'resources', 'needs', 'goals', 'mapping', 'assessment', 'overview'],
        },
        source: revised('Nivå 2 – opprett plan', 'Level 2 – create the plan'),
    },
    {
        id: 'administrere-deltakere',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Legge til og administrere deltakere', en: 'Adding and managing participants' },
        description: {
            nb: 'Slik legger du til, endrer og fjerner deltakere i planen, så bare de som er med i samarbeidet har tilgang.',
            en: 'How to add, change and remove participants in the plan, so that only those in the cooperation have access.',
        },
        audience: ['coordinator'],
        link: undefined,
        keywords: {
            nb: ['deltakere', 'legge til deltaker', 'tilgang', 'fjerne deltaker', 'invitere', 'plandeltaker'],
            en: ['participants', 'add participant', 'access', 'remove participant', 'invite', 'manage members'],
        },
        source: revised('Nivå 2 – opprett plan', 'Level 2 – create the plan'),
    },
    {
        id: 'veiledning-nye-deltakere',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Veiledning til deltakere som blir lagt til i Samspill', en: 'Guide for participants who are added in Samspill' },
        description: {
            nb: 'En kort innføring for deg som er lagt til i en plan i Samspill: hvordan du logger inn, leser meldinger og bidrar.',
            en: 'A short introduction for you who have been added to a plan in Samspill: how to log in, read messages and contribute.',
        },
        audience: ['participant', 'parents'],
        link: undefined,
        keywords: {
            nb: ['ny deltaker', 'lagt til', 'komme i gang', 'innføring', 'brukerveiledning', 'samspill'],
            en: ['new participant', 'added to plan', 'getting started', 'introduction', 'user guide', 'samspill'],
        },
        source: revised('Nivå 2 – opprett plan', 'Level 2 – create the plan'),
    },
    {
        id: 'arkivering-avslutte',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Arkivering underveis, til andre fagsystem og avslutte planer', en: 'Archiving along the way, to other case systems, and closing plans' },
        description: {
            nb: 'Hvordan du arkiverer fra planen underveis, overfører til andre fagsystem og avslutter en plan på riktig måte.',
            en: 'How to archive from the plan along the way, transfer to other case systems and close a plan properly.',
        },
        audience: ['coordinator', 'participant'],
        link: undefined,
        keywords: {
            nb: ['arkiv', 'arkivering', 'arkivere', 'avslutte plan', 'lukke plan', 'fagsystem', 'journal'],
            en: ['archive', 'archiving', 'close plan', 'end plan', 'case system', 'records'],
        },
        source: revised('Nivå 2 – evaluering', 'Level 2 – evaluation'),
    },
    {
        id: 'bytte-koordinator',
        kind: 'tool',
        generation: 'revised',
        name: { nb: 'Bytte av koordinator', en: 'Changing the coordinator' },
        description: {
            nb: 'Hva som må på plass når en annen skal overta koordinatorrollen, så ingenting faller mellom to stoler.',
            en: 'What needs to be in place when someone else takes over the coordinator role, so nothing falls through the cracks.',
        },
        audience: ['coordinator', 'leader'],
        link: undefined,
        keywords: {
            nb: ['bytte koordinator', 'ny koordinator', 'overta koordinator', 'koordinatorbytte', 'overlevering', 'skifte koordinator'],
            en: ['change coordinator', 'new coordinator', 'hand over', 'take over coordinator', 'handover', 'switch coordinator'],
        },
        source: revised('Nivå 2 – evaluering', 'Level 2 – evaluation'),
    },
    {
        id: 'avklare-plan-koordinator',
        kind: 'tool',
        generation: 'revised',
        name: {
            nb: 'Hvordan avklare om det skal være tverrfaglig plan, hvem skal være ansvarlig og hva innebærer rollen',
            en: 'How to clarify whether there should be a cross-disciplinary plan, who is responsible and what the role means',
        },
        description: {
            nb: 'Hjelper dere å finne ut om barnet trenger en plan, hvilken tjeneste som bør koordinere, og hva rollen innebærer. Boten har en egen veiviser for dette.',
            en: 'Helps you find out whether the child needs a plan, which service should coordinate, and what the role involves. The bot has its own guide for this.',
        },
        audience: ['staff', 'coordinator', 'leader'],
        link: undefined,
        keywords: {
            // 004's table and its section 3 cover the barnekoordinator role too.
            nb: ['hvem skal koordinere', 'hvem skal være koordinator', 'avklaring', 'avklaringsmøte', 'koordinator', 'ansvarlig', 'plantype', 'koordinatoransvar', 'barnekoordinator'],
            en: ['who should coordinate', 'who coordinates', 'clarify coordinator', 'clarification meeting', 'coordinator', 'responsible', 'plan type', 'child coordinator'],
        },
        source: (0, schema_1.cite)('004', 'Hele verktøyet; jf. 002 «Hvem skal være koordinator»', 'The whole tool; see 002 "Who should coordinate"'),
    },
];
const TOOLS_FROM_004 = [
    {
        id: 'mal-og-aktiviteter',
        kind: 'tool',
        generation: 'other',
        name: { nb: 'Hvordan bruke mål og aktiviteter på en god måte', en: 'How to use goals and activities well' },
        description: {
            nb: 'Hvordan du skriver mål og aktiviteter i planen slik at det er tydelig hvem som gjør hva, og når.',
            en: 'How to write goals and activities in the plan so it is clear who does what, and when.',
        },
        audience: ['coordinator', 'participant'],
        link: undefined,
        keywords: {
            nb: ['mål', 'aktiviteter', 'tiltak', 'hvem gjør hva', 'målformulering'],
            en: ['goals', 'activities', 'measures', 'who does what', 'writing goals'],
        },
        source: (0, schema_1.cite)('004', '4. Nyttige verktøy', '4. Useful tools'),
    },
    {
        id: 'ulike-planer-samspill',
        kind: 'tool',
        generation: 'other',
        name: { nb: 'Hvordan bruke ulike planer i Samspill', en: 'How to use the different plans in Samspill' },
        description: {
            nb: 'En oversikt over plantypene i Samspill (for eksempel IUP, IOP og aktivitetsplan) og når hver av dem passer.',
            en: 'An overview of the plan types in Samspill (such as IUP, IOP and activity plan) and when each one fits.',
        },
        audience: ['staff', 'coordinator'],
        link: undefined,
        keywords: {
            nb: ['plantyper', 'iup', 'iop', 'aktivitetsplan', 'samhandlingsplan', 'ulike planer', 'hvilken plan'],
            en: ['plan types', 'iup', 'iop', 'activity plan', 'which plan', 'different plans'],
        },
        source: (0, schema_1.cite)('004', '4. Nyttige verktøy', '4. Useful tools'),
    },
    {
        id: 'foreldre-uten-samspill',
        kind: 'tool',
        generation: 'other',
        name: { nb: 'Hvordan involvere foreldre i planer når de ikke bruker Samspill', en: 'How to involve parents in plans when they do not use Samspill' },
        description: {
            nb: 'Måter å holde foresatte informert og med i planarbeidet når de ikke logger inn i Samspill selv.',
            en: 'Ways to keep parents informed and involved in the plan work when they do not log in to Samspill themselves.',
        },
        audience: ['coordinator', 'parents'],
        link: undefined,
        keywords: {
            nb: ['foreldre uten samspill', 'bruker ikke samspill', 'involvere foreldre', 'foresatte', 'papir'],
            en: ['parents without samspill', 'parents not using samspill', 'involve parents', 'offline parents'],
        },
        source: (0, schema_1.cite)('004', '4. Nyttige verktøy', '4. Useful tools'),
    },
];
const OTHER_RESOURCES = [
    {
        id: 'barns-rettigheter',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'Barns rettigheter', en: "Children's rights (Barns rettigheter)" },
        description: {
            nb: 'Mer om barnets rettigheter og medvirkning i samarbeidet: å få si fritt hva det mener, å få informasjon det forstår, og å ha et privatliv.',
            en: 'More on the child’s rights and participation in the cooperation: to say freely what they think, to get information they understand, and to have a private life.',
        },
        audience: ['staff', 'coordinator', 'participant'],
        link: undefined,
        keywords: {
            // Not "medvirkning": the source sends that word to the tool "Hvordan samarbeide med barn og ungdom" first.
            nb: ['barns rettigheter', 'barnets rettigheter', 'rettigheter', 'barnekonvensjonen', 'barnets beste', 'bli hørt', 'privatliv'],
            en: ["children's rights", "child's rights", 'rights of the child', 'best interests of the child', 'right to be heard', 'privacy'],
        },
        source: (0, schema_1.cite)('002', 'Barnet/ungdommen; Introduksjon – barnets prosessrettigheter', 'The child; Introduction – the child’s process rights'),
    },
    {
        // The request form itself is source 000; 002's introduction tells parents when to use it and where it goes.
        id: 'henvendelse-tverrfaglig-plan',
        kind: 'tool',
        generation: 'other',
        name: {
            nb: 'Henvendelse om tverrfaglig plan, koordinator og barnekoordinator',
            en: 'Request for a cross-disciplinary plan, coordinator and child coordinator',
        },
        description: {
            nb: 'Skjema for foreldre som mener barnet trenger en tverrfaglig plan, når det ikke har ført fram å ta det opp med barnehagen, skolen eller hjelpetjenesten. Ressurssenteret sender henvendelsen videre til tjenesten som bør ha koordinatoransvaret.',
            en: 'A form for parents who think their child needs a cross-disciplinary plan, when raising it with the kindergarten, school or support service has not worked. Ressurssenteret passes the request on to the service that should hold the coordinator role.',
        },
        audience: ['parents', 'staff'],
        link: undefined,
        whereToFind: {
            nb: 'Sendes i posten til Ressurssenteret, Seksjon barn og familie, Rådhuset, Postboks 6900, 9299 Tromsø.',
            en: 'It goes by post to Ressurssenteret, Seksjon barn og familie, Rådhuset, Postboks 6900, 9299 Tromsø.',
        },
        keywords: {
            nb: ['barnekoordinator', 'henvendelse', 'søke om plan', 'søke tverrfaglig plan', 'søknad', 'tverrfaglig plan', 'individuell plan', 'foreldreskjema', 'ressurssenteret'],
            en: ['child coordinator', 'request form', 'apply for a plan', 'request a plan', 'application', 'individual plan', 'parents form'],
        },
        source: (0, schema_1.cite)('002', 'Introduksjon – forelder til barn som trenger tverrfaglig plan', 'Introduction – parents of a child who needs a cross-disciplinary plan'),
    },
    {
        id: 'handlingsplan-fravaer',
        kind: 'routine',
        generation: 'other',
        name: { nb: 'Handlingsplan ved bekymringsfullt fravær', en: 'Action plan for worrying absence' },
        description: {
            nb: 'Rutinene skolen følger når en elev har fravær som gir grunn til uro.',
            en: 'The routines the school follows when a pupil’s absence gives reason for concern.',
        },
        audience: ['staff', 'leader'],
        link: undefined,
        keywords: {
            nb: ['fravær', 'skolefravær', 'bekymringsfullt fravær', 'skolevegring', 'borte fra skolen', 'nærvær'],
            en: ['absence', 'school absence', 'truancy', 'school refusal', 'missing school', 'attendance'],
        },
        source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Andre ressurser', 'Level 0, step 1 – Other resources'),
    },
    {
        id: 'samspill-innlogging',
        kind: 'resource',
        generation: 'other',
        name: { nb: 'Flyt Samspill – logg inn', en: 'Flyt Samspill – log in' },
        description: {
            nb: 'Innloggingen til Samspill, der den tverrfaglige planen og meldingene ligger.',
            en: 'The login to Samspill, where the cross-disciplinary plan and its messages live.',
        },
        audience: ['coordinator', 'participant', 'parents'],
        link: undefined,
        keywords: {
            nb: ['logg inn', 'innlogging', 'samspill', 'visma flyt', 'flyt samspill'],
            en: ['log in', 'login', 'sign in', 'samspill', 'visma flyt'],
        },
        source: (0, schema_1.cite)('002', 'Samspill', 'Samspill'),
    },
];
const data = {
    profileId: 'tromso-2025',
    municipality: 'Tromsø kommune',
    missingLinkHint: {
        nb: 'Spør Ressurssenteret for barn og familie (ressurssenteret@tromso.kommune.no). Verktøyene ligger også under Filer på Teams-området for BTI og Samspill.',
        en: 'Ask your BTI resource centre (Ressurssenteret for barn og familie, ressurssenteret@tromso.kommune.no). The tools are also under Files in the BTI and Samspill Teams area.',
    },
    tools: [...shared_1.ORIGINAL_BTI_TOOLS, ...REVISED_TOOLS, ...TOOLS_FROM_004, shared_1.SNAKKEMEDBARN, shared_1.OMNI_MODELLEN, shared_1.TRYGT_BARNEHAGEMILJO, shared_1.TRYGT_SKOLEMILJO, ...OTHER_RESOURCES],
    levels: (0, bti_levels_1.btiLevels)({
        planName: { nb: 'den tverrfaglige planen i Samspill', en: 'the cross-disciplinary plan in Samspill' },
        clarifyExtra: [],
        createPlan: {
            title: { nb: 'Opprett tverrfaglig plan i Samspill', en: 'Create a cross-disciplinary plan in Samspill' },
            whatToDo: [
                {
                    nb: 'Trenger flere tjenester å samhandle, og finnes det ingen plan fra før? Opprett en tverrfaglig plan i Samspill. Fra 1. august 2025 erstatter den stafettlogg og individuell plan for alle nye planer.',
                    en: 'Do several services need to work together, and is there no plan yet? Create a cross-disciplinary plan in Samspill. From 1 August 2025 it replaces the relay log and the individual plan for all new plans.',
                },
            ],
            source: (0, schema_1.cite)('002', 'Nivå 2 – opprett tverrfaglig plan; Samspill', 'Level 2 – create a cross-disciplinary plan; Samspill'),
        },
        evaluateExtra: [],
        tools: {
            l0: [
                {
                    toolIds: ['observasjonsskjema', 'signaler-mistrivsel', 'bekymringsskala-barn', 'bekymringsskala-foreldre', 'handlingsplan-fravaer', 'trygt-barnehagemiljo', 'trygt-skolemiljo', 'omni-modellen'],
                    relatedToolIds: [],
                },
                { toolIds: [], relatedToolIds: ['bekymringsskala-barn', 'bekymringsskala-foreldre'] },
                { toolIds: ['snakkemedbarn'], relatedToolIds: ['samarbeide-barn-ungdom', 'barns-rettigheter'] },
                { toolIds: [], relatedToolIds: ['samtykkeskjema-hand', 'samtykkeskjema-digital', 'info-foresatte'] },
            ],
            l1: [
                { toolIds: [], relatedToolIds: ['samarbeide-barn-ungdom', 'barns-rettigheter', 'samtykkeskjema-hand', 'samtykkeskjema-digital'] },
                { toolIds: [], relatedToolIds: ['mal-og-aktiviteter'] },
                { toolIds: [], relatedToolIds: ['samtykkeskjema-hand', 'samtykkeskjema-digital'] },
            ],
            l2: [
                { toolIds: [], relatedToolIds: ['avklare-plan-koordinator', 'info-foresatte', 'henvendelse-tverrfaglig-plan'] },
                { toolIds: [], relatedToolIds: ['samtykkeskjema-hand', 'samtykkeskjema-digital', 'felles-mal'] },
                {
                    toolIds: [
                        'opprette-plan-samspill',
                        'samarbeide-barn-ungdom',
                        'foreldre-plan-samspill',
                        'felles-mal',
                        'skjema-ressurser-mal-behov',
                        'administrere-deltakere',
                        'veiledning-nye-deltakere',
                    ],
                    relatedToolIds: ['ulike-planer-samspill', 'foreldre-uten-samspill', 'samspill-innlogging'],
                },
                { toolIds: ['gode-moter', 'felles-mal', 'mal-motereferat'], relatedToolIds: ['mal-og-aktiviteter'] },
                { toolIds: [], relatedToolIds: ['bytte-koordinator', 'avklare-plan-koordinator', 'arkivering-avslutte'] },
            ],
        },
    }),
    specialRoutes: (0, shared_1.specialRoutes)('handlingsplan-fravaer'),
    contacts: [
        shared_1.POLICE_CONTACT,
        {
            id: 'barnevernvakta',
            name: { nb: 'Barnevernvakta i Tromsø', en: 'Child welfare emergency service (Barnevernvakta), Tromsø' },
            description: {
                nb: 'Åpen hele døgnet. Ring for råd om meldeplikten gjelder, eller når noe haster.',
                en: 'Open day and night. Call for advice on whether the duty to report applies, or when something is urgent.',
            },
            phone: '95 19 52 40',
            hours: { nb: 'Døgnåpen', en: 'Open day and night' },
            source: (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
        },
        {
            id: 'barneverntjenesten',
            name: { nb: 'Barneverntjenesten i Tromsø', en: 'Child welfare service, Tromsø' },
            description: {
                nb: 'Tar imot bekymringsmeldinger og kan drøfte hvordan du går fram. Haster det utenom kontortid, ring Barnevernvakta.',
                en: 'Receives reports of concern and can talk through how to proceed. Outside office hours, call Barnevernvakta if it is urgent.',
            },
            source: (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
        },
        shared_1.REPORTING_PORTAL_CONTACT,
        {
            id: 'ressurssenteret',
            name: { nb: 'Ressurssenter for barn og familie', en: 'Resource centre for children and families (Ressurssenteret)' },
            description: {
                nb: 'Spørsmål om BTI-modellen, tilgang til verktøy, eller henvendelser om tverrfaglig plan når andre veier ikke har ført fram.',
                en: 'Questions about the BTI model, access to tools, or requests for a cross-disciplinary plan when other routes have not worked.',
            },
            email: 'ressurssenteret@tromso.kommune.no',
            source: (0, schema_1.cite)('002', 'Verktøyliste; kontakt', 'Tool list; contact'),
        },
        {
            id: 'samspill-support',
            name: { nb: 'Samspill support', en: 'Samspill support' },
            description: { nb: 'Hjelp med bruk av Samspill. Send e-post til Samspill support.', en: 'Help with using Samspill. Send an e-mail to Samspill support.' },
            source: (0, schema_1.cite)('002', 'Samspill – hjelp', 'Samspill – help'),
        },
    ],
    meldepliktNote: {
        text: {
            nb: 'I Tromsø kan du ringe Barnevernvakta (95 19 52 40, døgnåpen) for å høre om meldeplikten gjelder.',
            en: 'In Tromsø you can call Barnevernvakta (95 19 52 40, open day and night) to ask whether the duty to report applies.',
        },
        source: (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
    },
};
exports.default = data;
//# sourceMappingURL=tromso-2025.js.map