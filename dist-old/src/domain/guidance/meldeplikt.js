"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerSchema = exports.MELDEPLIKT_START_NODE = exports.OUTCOME_IDS = exports.OPPMERKSOMHETSPLIKT = exports.MELDEPLIKT_HOW = exports.MELDEPLIKT_STILL_APPLIES = exports.MELDEPLIKT_SITUATIONS = void 0;
exports.listDecisionNodes = listDecisionNodes;
exports.getOutcome = getOutcome;
exports.emergencyOutcome = emergencyOutcome;
exports.startMeldeplikt = startMeldeplikt;
exports.nextNode = nextNode;
const zod_1 = require("zod");
const schema_1 = require("../../content/guidance/schema");
const emergency_1 = require("./emergency");
/**
 * Oppmerksomhetsplikt and meldeplikt (source 002): what triggers the duty to report to child welfare, what
 * does not remove it, and a small yes/no decision helper that ends in one of three outcomes. The duty is
 * national law, so these texts are the same in every profile; who to call comes from the profile's contacts.
 */
const MELDEPLIKT_SOURCE = (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare');
const ATTENTION_SOURCE = (0, schema_1.cite)('002', 'Oppmerksomhetsplikt', 'Duty of attention');
/**
 * The first question and the emergency outcome rest on the level 0 note in source 002: when there is reason to
 * believe a child is exposed to violence in close relationships and/or sexual abuse, act at once – police and/or
 * child welfare the same day, without warning the parents, together with your leader. Sexual abuse counts
 * whoever commits it. Other violence is not this route: the meldeplikt section lists violence and mistreatment
 * among the situations that must be reported to child welfare (and says the parents are not told when the worry
 * is violence or sexual abuse, but to talk with child welfare about how to go on), and the note just before the
 * level 0 one sends a breach of a safe school or kindergarten environment to the school's own routine.
 */
const EMERGENCY_SOURCE = (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – OBS! vold i nære relasjoner og seksuelle overgrep', 'Level 0, step 1 – Note on violence in close relationships and sexual abuse');
/** The five situations in which you must report to child welfare. */
exports.MELDEPLIKT_SITUATIONS = [
    {
        id: 'vold-omsorgssvikt',
        text: {
            nb: 'Barnet blir utsatt for vold, mishandling eller alvorlig omsorgssvikt.',
            en: 'The child is exposed to violence, abuse or serious neglect.',
        },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'sykdom-skade',
        text: { nb: 'Barnet er alvorlig sykt eller skadet, men får ikke hjelp for det.', en: 'The child is seriously ill or injured but does not get help for it.' },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'saerlige-behov',
        text: {
            nb: 'Et barn med funksjonsnedsettelse eller et særlig stort hjelpebehov får ikke dekket de særlige behovene sine.',
            en: 'A child with a disability or a particular need for help does not get those special needs met.',
        },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'atferd',
        text: {
            nb: 'Barnet viser alvorlige atferdsproblemer, som rus, kriminalitet eller andre alvorlige normbrudd.',
            en: 'The child shows serious behavioural problems, such as substance use, crime or other serious rule-breaking.',
        },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'menneskehandel',
        // "Vil bli", not "kan bli": the duty covers trafficking that is happening or that is going to happen, not
        // every child who could in theory become a victim.
        text: {
            nb: 'Barnet blir utnyttet i menneskehandel nå, eller kommer til å bli det.',
            en: 'The child is being exploited through human trafficking, or is going to be.',
        },
        source: MELDEPLIKT_SOURCE,
    },
];
/** Things that do NOT remove the duty to report. */
exports.MELDEPLIKT_STILL_APPLIES = [
    {
        id: 'egen-tjeneste-hjelper',
        text: { nb: 'Du eller tjenesten din prøver allerede å hjelpe barnet.', en: 'You or your service are already trying to help the child.' },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'andre-vet',
        text: { nb: 'Andre vet det samme som deg.', en: 'Others know the same as you.' },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'meldt-for',
        text: { nb: 'Det er sendt bekymringsmelding før.', en: 'A report of concern has been sent before.' },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'barnevernet-har-sak',
        text: { nb: 'Du vet at barnevernet allerede har en sak på barnet.', en: 'You know that child welfare already has a case on the child.' },
        source: MELDEPLIKT_SOURCE,
    },
];
/** How and when to report, and who to tell. */
exports.MELDEPLIKT_HOW = [
    {
        id: 'uten-opphold',
        text: {
            nb: 'Når vilkårene er oppfylt, sender du bekymringsmeldingen uten unødig opphold – gjennom portalen for offentlig ansatte.',
            en: 'When the conditions are met, send the report of concern without undue delay – through the portal for public employees.',
        },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'informer-foreldre',
        text: {
            nb: 'Som hovedregel forteller du foreldrene at du melder til barnevernet.',
            en: 'As a rule, tell the parents that you are reporting to child welfare.',
        },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'unntak-vold-overgrep',
        text: {
            nb: 'Unntak: handler bekymringen om vold eller seksuelle overgrep, skal foreldrene ikke få vite det. Snakk med barnevernet om hvordan du går fram.',
            en: 'Exception: if the worry is about violence or sexual abuse, the parents must not be told. Talk with child welfare about how to proceed.',
        },
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'rad',
        text: {
            nb: 'Usikker på om meldeplikten gjelder? Ring barnevernvakta eller barneverntjenesten og spør – du kan drøfte uten å si hvem barnet er.',
            en: 'Unsure whether the duty applies? Call the child welfare emergency service or child welfare and ask – you can discuss it without saying who the child is.',
        },
        source: MELDEPLIKT_SOURCE,
    },
];
/** The duty of attention: what it is and what it asks of you. */
exports.OPPMERKSOMHETSPLIKT = [
    {
        id: 'hva',
        text: {
            nb: 'Alle ansatte skal være oppmerksomme på om et barn, en ungdom eller foresatte trenger hjelp fra barnevernet, helse- og omsorgstjenesten eller NAV – for eksempel foreldreveiledning, støttekontakt, økonomisk hjelp, psykisk helsehjelp eller bolig.',
            en: 'All staff must notice whether a child, young person or parent needs help from child welfare, health and care services or NAV – for example parenting support, a support contact, financial help, mental health care or housing.',
        },
        source: ATTENTION_SOURCE,
    },
    {
        id: 'gjor',
        text: {
            nb: 'Ser du et mulig behov, gir du informasjon om tilbudet eller hjelper familien i kontakt med riktig tjeneste.',
            en: 'When you see a possible need, tell the family about the service or help them get in touch with the right one.',
        },
        source: ATTENTION_SOURCE,
    },
    {
        id: 'samtykke',
        text: {
            nb: 'Tar du selv kontakt med en annen tjeneste på vegne av familien, trenger du samtykke først.',
            en: 'If you contact another service on the family’s behalf yourself, you need consent first.',
        },
        source: ATTENTION_SOURCE,
    },
];
/** `emergency` is the route for violence in close relationships and sexual abuse; it has its own id so a card or log never mixes it up with advice. */
exports.OUTCOME_IDS = ['emergency', 'report-now', 'call-barnevernvakta', 'oppmerksomhetsplikt'];
const OUTCOMES = {
    emergency: {
        id: 'emergency',
        emergency: true,
        title: { nb: 'Handle i dag: kontakt barnevernet og/eller politiet', en: 'Act today: contact child welfare and/or the police' },
        whatToDo: [
            { nb: 'Er barnet i fare nå, ring 112.', en: 'If the child is in danger right now, call 112.' },
            {
                nb: 'Kontakt barnevernvakta eller barneverntjenesten og/eller politiet samme dag.',
                en: 'Contact the child welfare emergency service or child welfare and/or the police the same day.',
            },
            { nb: 'Ikke si noe til foreldrene.', en: 'Do not tell the parents.' },
            { nb: 'Ta saken sammen med lederen din.', en: 'Handle it together with your leader.' },
        ],
        tellParents: 'no',
        contactIds: ['police', 'barnevernvakta', 'barneverntjenesten'],
        source: EMERGENCY_SOURCE,
    },
    'report-now': {
        id: 'report-now',
        emergency: false,
        title: { nb: 'Send bekymringsmelding nå', en: 'Send a report of concern now' },
        whatToDo: [
            {
                nb: 'Meldeplikten gjelder. Send bekymringsmelding til barneverntjenesten uten unødig opphold, gjennom portalen for offentlig ansatte.',
                en: 'The duty to report applies. Send a report of concern to child welfare without undue delay, through the portal for public employees.',
            },
            {
                nb: 'Plikten gjelder selv om tjenesten din hjelper, andre vet det samme, det er meldt før, eller barnevernet har en sak.',
                en: 'The duty stands even if your service is helping, others know the same, a report was sent before, or child welfare has a case.',
            },
            {
                // Source 002, meldeplikt section: the exception covers violence of any kind, and its advice is to talk
                // with child welfare – the same-day police route is only for close relationships and sexual abuse.
                nb: 'Fortell foreldrene at du melder. Unntak: gjelder bekymringen vold eller seksuelle overgrep, sier du ikke fra til foreldrene, men drøfter med barnevernet hvordan du går fram.',
                en: 'Tell the parents that you report. Exception: if the worry is about violence or sexual abuse, do not tell the parents; talk with child welfare about how to proceed.',
            },
        ],
        tellParents: 'yes',
        contactIds: ['bekymringsmelding-portal', 'barneverntjenesten'],
        source: MELDEPLIKT_SOURCE,
    },
    'call-barnevernvakta': {
        id: 'call-barnevernvakta',
        emergency: false,
        title: { nb: 'Ring og få råd om meldeplikten gjelder', en: 'Call and get advice on whether the duty applies' },
        whatToDo: [
            {
                nb: 'Ring barnevernvakta eller barneverntjenesten og beskriv situasjonen uten navn. De hjelper deg å vurdere om du skal melde.',
                en: 'Call the child welfare emergency service or child welfare and describe the situation without names. They help you judge whether to report.',
            },
            {
                nb: 'Drøft gjerne med lederen din også. Kommer dere fram til at vilkårene er oppfylt, sender du melding uten unødig opphold.',
                en: 'Talk it through with your leader too. If you conclude the conditions are met, send the report without undue delay.',
            },
        ],
        tellParents: 'not-applicable',
        contactIds: ['barnevernvakta', 'barneverntjenesten'],
        source: MELDEPLIKT_SOURCE,
    },
    oppmerksomhetsplikt: {
        id: 'oppmerksomhetsplikt',
        emergency: false,
        title: { nb: 'Oppmerksomhetsplikt: hjelp familien til riktig tjeneste', en: 'Duty of attention: help the family to the right service' },
        whatToDo: [
            {
                nb: 'Ut fra svarene dine ser det ikke ut til at meldeplikten er utløst nå. Du har likevel plikt til å være oppmerksom.',
                en: 'From your answers the duty to report does not seem to be triggered now. You still have a duty to pay attention.',
            },
            {
                nb: 'Trenger barnet eller familien hjelp fra barnevernet, helse- og omsorgstjenesten eller NAV? Fortell om tilbudet, eller hjelp dem i kontakt – med samtykke hvis du tar kontakt for dem.',
                en: 'Does the child or family need help from child welfare, health and care services or NAV? Tell them about it, or help them get in touch – with consent if you make contact for them.',
            },
            {
                nb: 'Følg BTI-nivåene videre, og tenk gjennom spørsmålene på nytt hvis bekymringen øker.',
                en: 'Carry on with the BTI levels, and go through the questions again if the worry grows.',
            },
        ],
        tellParents: 'not-applicable',
        contactIds: [],
        source: ATTENTION_SOURCE,
    },
};
/** Targets are node ids or `outcome:<id>`; `outcome:emergency` is the emergency route. */
const NODES = [
    {
        id: 'vold-overgrep',
        question: {
            nb: 'Har du grunn til å tro at barnet blir utsatt for vold i nære relasjoner eller for seksuelle overgrep?',
            en: 'Do you have reason to believe the child is exposed to violence in close relationships or to sexual abuse?',
        },
        help: {
            nb: 'Nære relasjoner er familien og andre barnet lever tett på: foreldre, steforeldre, søsken, besteforeldre eller en kjæreste. Seksuelle overgrep teller uansett hvem som står bak, også en trener, et annet barn eller noen på nett. Du trenger ikke være sikker – det holder at du har grunn til å tro det. Annen vold, for eksempel fra andre elever, svarer du nei på her og går videre. Skjer den på skolen eller i barnehagen, følger du i tillegg rutinen «Et trygt og godt skolemiljø» eller «Et trygt og godt barnehagemiljø».',
            en: 'Close relationships means the family and others the child lives close to: parents, step-parents, siblings, grandparents or a boyfriend or girlfriend. Sexual abuse counts whoever is behind it, including a coach, another child or someone online. You do not need to be sure – having reason to believe it is enough. For other violence, for example from other pupils, answer no here and go on. If it happens at school or in kindergarten, also follow the routine "A safe and good school environment" or "A safe and good kindergarten environment".',
        },
        yes: 'outcome:emergency',
        no: 'omsorgssvikt',
        source: EMERGENCY_SOURCE,
    },
    {
        id: 'omsorgssvikt',
        // Violence that the first question leaves out (by other pupils, a stranger, a coach) belongs here: source 002
        // lists violence, mistreatment and serious neglect as the first situation that triggers the duty.
        question: {
            nb: 'Er du bekymret for at barnet blir utsatt for annen vold, for mishandling eller for alvorlig omsorgssvikt?',
            en: 'Are you worried that the child is exposed to other violence, is mistreated or is seriously neglected?',
        },
        yes: 'grunn-til-a-tro',
        no: 'sykdom-skade',
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'sykdom-skade',
        question: { nb: 'Får barnet ikke hjelp ved alvorlig sykdom eller skade?', en: 'Is the child not getting help for a serious illness or injury?' },
        yes: 'grunn-til-a-tro',
        no: 'saerlige-behov',
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'saerlige-behov',
        question: {
            nb: 'Har barnet en funksjonsnedsettelse eller særlige behov som ikke blir dekket?',
            en: 'Does the child have a disability or special needs that are not being met?',
        },
        yes: 'grunn-til-a-tro',
        no: 'atferd',
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'atferd',
        question: {
            nb: 'Viser barnet alvorlige atferdsproblemer, som rus, kriminalitet eller andre alvorlige normbrudd?',
            en: 'Does the child show serious behavioural problems, such as substance use, crime or other serious rule-breaking?',
        },
        yes: 'grunn-til-a-tro',
        no: 'menneskehandel',
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'menneskehandel',
        question: {
            nb: 'Er du bekymret for at barnet blir utnyttet i menneskehandel, eller kommer til å bli det?',
            en: 'Are you worried that the child is being exploited through human trafficking, or is going to be?',
        },
        yes: 'grunn-til-a-tro',
        no: 'usikker',
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'grunn-til-a-tro',
        // The legal threshold is "grunn til å tro" (reason to believe). Asking for certainty or "good" reason would
        // set the bar higher than the law and talk people out of reports they must send.
        question: {
            nb: 'Har du grunn til å tro at dette skjer – eller, ved menneskehandel, at det kommer til å skje?',
            en: 'Do you have reason to believe this is happening – or, for trafficking, that it is going to happen?',
        },
        help: {
            nb: 'Du trenger ikke være sikker eller ha bevis. Svar ja også hvis tjenesten din hjelper, andre vet det, det er meldt før eller barnevernet har en sak – plikten gjelder likevel.',
            en: 'You do not need to be sure or have proof. Answer yes also if your service is helping, others know, it was reported before or child welfare has a case – the duty still applies.',
        },
        yes: 'outcome:report-now',
        no: 'outcome:call-barnevernvakta',
        source: MELDEPLIKT_SOURCE,
    },
    {
        id: 'usikker',
        question: {
            nb: 'Er du likevel usikker på om det du har sett er alvorlig nok til å melde?',
            en: 'Are you still unsure whether what you have seen is serious enough to report?',
        },
        yes: 'outcome:call-barnevernvakta',
        no: 'outcome:oppmerksomhetsplikt',
        source: MELDEPLIKT_SOURCE,
    },
];
const NODE_BY_ID = new Map(NODES.map((n) => [n.id, n]));
exports.MELDEPLIKT_START_NODE = 'vold-overgrep';
function resolve(target) {
    if (target.startsWith('outcome:')) {
        const id = target.slice('outcome:'.length);
        return { kind: 'outcome', outcome: OUTCOMES[id] };
    }
    const node = NODE_BY_ID.get(target);
    // The table is static and checked by the tests; a missing node here is a programming error.
    if (!node)
        throw new Error(`meldeplikt: unknown node '${target}'`);
    return { kind: 'question', node };
}
/** All questions of the helper (for tests and for rendering a summary). */
function listDecisionNodes() {
    return NODES;
}
function getOutcome(id) {
    return OUTCOMES[id];
}
/** The emergency outcome (violence in close relationships or sexual abuse): outranks every other answer. */
function emergencyOutcome() {
    return OUTCOMES.emergency;
}
/**
 * Where the helper starts. When the user's own words already call for the emergency route (see
 * detectEmergency: sexual abuse, violence in close relationships, or violence not placed among peers at
 * school), it skips the questions and goes straight to the emergency outcome.
 */
function startMeldeplikt(text) {
    if (text && (0, emergency_1.detectEmergency)(text))
        return { kind: 'outcome', outcome: OUTCOMES.emergency };
    return resolve(exports.MELDEPLIKT_START_NODE);
}
exports.answerSchema = zod_1.z.enum(['yes', 'no']);
/**
 * The next question or the outcome after answering `nodeId`. Returns null for an unknown node id or answer
 * (a stale or tampered card), so the caller can restart the helper.
 */
function nextNode(nodeId, answer) {
    const node = NODE_BY_ID.get(nodeId);
    const parsed = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : exports.answerSchema.safeParse(answer).data;
    if (!node || !parsed)
        return null;
    return resolve(parsed === 'yes' ? node.yes : node.no);
}
//# sourceMappingURL=meldeplikt.js.map