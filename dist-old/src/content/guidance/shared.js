"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPORTING_PORTAL_CONTACT = exports.POLICE_CONTACT = exports.TRYGT_SKOLEMILJO = exports.TRYGT_BARNEHAGEMILJO = exports.OMNI_MODELLEN = exports.SNAKKEMEDBARN = exports.ORIGINAL_BTI_TOOLS = void 0;
exports.specialRoutes = specialRoutes;
const schema_1 = require("./schema");
/**
 * Items that both profiles list the same way: the original BTI tools (part of the BTI model itself), the
 * national websites, and the special routes. Links appear only where a source gives them.
 */
exports.ORIGINAL_BTI_TOOLS = [
    {
        id: 'observasjonsskjema',
        kind: 'tool',
        generation: 'original',
        name: { nb: 'Observasjonsskjema', en: 'Observation form (Observasjonsskjema)' },
        description: {
            nb: 'Et skjema for å skrive ned hva du ser hos barnet over tid, så bekymringen bygger på konkrete observasjoner.',
            en: 'A form to note what you see in the child over time, so that the worry rests on concrete observations.',
        },
        audience: ['staff'],
        link: undefined,
        keywords: {
            nb: ['observasjon', 'observere', 'observasjoner', 'notere', 'kartlegge', 'se og høre', 'dokumentere bekymring'],
            en: ['observation', 'observe', 'observation form', 'record what i see', 'notes'],
        },
        source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Verktøy; Opprinnelige BTI-verktøy', 'Level 0, step 1 – Tools; Original BTI tools'),
    },
    {
        id: 'signaler-mistrivsel',
        kind: 'tool',
        generation: 'original',
        name: { nb: 'Barn og unges signaler på mulig mistrivsel', en: 'Signs that a child or young person may not be thriving' },
        description: {
            nb: 'En oversikt over tegn som kan tyde på at et barn eller en ungdom ikke har det bra, til hjelp når du skal sette ord på uroen din.',
            en: 'An overview of signs that may suggest a child or young person is not doing well, to help you put your unease into words.',
        },
        audience: ['staff'],
        link: undefined,
        keywords: {
            nb: ['signaler', 'tegn', 'mistrivsel', 'trives ikke', 'trivsel', 'varselstegn', 'faresignaler'],
            en: ['signs', 'signals', 'warning signs', 'not thriving', 'wellbeing', 'unhappy child'],
        },
        source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Verktøy; Opprinnelige BTI-verktøy', 'Level 0, step 1 – Tools; Original BTI tools'),
    },
    {
        id: 'bekymringsskala-barn',
        kind: 'tool',
        generation: 'original',
        name: { nb: 'Bekymringsskala barn og unge', en: 'Worry scale for children and youth (Bekymringsskala)' },
        description: {
            nb: 'En skala som hjelper deg å gradere hvor bekymret du er for et barn eller en ungdom, og hva det betyr for neste steg.',
            en: 'A scale that helps you rate how worried you are about a child or young person, and what that means for the next step.',
        },
        audience: ['staff', 'leader'],
        link: undefined,
        keywords: {
            nb: ['bekymringsskala', 'skala', 'hvor bekymret', 'grad av bekymring', 'vurdere bekymring'],
            en: ['worry scale', 'concern scale', 'how worried', 'level of concern', 'rate concern'],
        },
        source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Verktøy; Opprinnelige BTI-verktøy', 'Level 0, step 1 – Tools; Original BTI tools'),
    },
    {
        id: 'bekymringsskala-foreldre',
        kind: 'tool',
        generation: 'original',
        name: { nb: 'Bekymringsskala foreldre', en: 'Worry scale about parents (Bekymringsskala foreldre)' },
        description: {
            nb: 'En skala for å vurdere hvor bekymret du er når uroen gjelder foreldrene eller foreldrerollen.',
            en: 'A scale to rate how worried you are when the concern is about the parents or their parenting.',
        },
        audience: ['staff', 'leader'],
        link: undefined,
        keywords: {
            nb: ['bekymringsskala foreldre', 'foreldre', 'foresatte', 'foreldrerolle', 'omsorgsperson', 'skala'],
            en: ['worry scale parents', 'parents', 'parenting', 'concern about parents', 'scale'],
        },
        source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Verktøy; Opprinnelige BTI-verktøy', 'Level 0, step 1 – Tools; Original BTI tools'),
    },
];
exports.SNAKKEMEDBARN = {
    id: 'snakkemedbarn',
    kind: 'resource',
    generation: 'other',
    name: { nb: 'snakkemedbarn.no', en: 'snakkemedbarn.no (talking with children)' },
    description: {
        nb: 'Et nettsted der du kan øve på og få råd om samtaler med barn og unge om vanskelige tema som vold og seksuelle overgrep.',
        en: 'A website where you can practise and get advice on talking with children and youth about hard topics such as violence and sexual abuse.',
    },
    audience: ['staff'],
    link: 'https://snakkemedbarn.no',
    keywords: {
        nb: ['snakke med barn', 'samtale med barn', 'barnesamtale', 'vanskelige samtaler', 'sensitive tema', 'snakke med ungdom'],
        en: ['talk to children', 'talking with children', 'conversation with a child', 'difficult conversations', 'sensitive topics'],
    },
    source: (0, schema_1.cite)('002', 'Nivå 0, samtale med barnet – Ressurser; Andre ressurser', 'Level 0, talking with the child – Resources; Other resources'),
};
exports.OMNI_MODELLEN = {
    id: 'omni-modellen',
    kind: 'resource',
    generation: 'other',
    name: { nb: 'OMNI-modellen', en: 'The OMNI model' },
    description: {
        nb: 'En modell og et nettsted om hvordan barnehager og skoler kan jobbe for et trygt miljø og gripe inn når et barn ikke har det trygt.',
        en: 'A model and website on how kindergartens and schools can work for a safe environment and step in when a child is not safe.',
    },
    audience: ['staff', 'leader'],
    link: 'https://omnimodellen.no/',
    keywords: {
        nb: ['omni', 'omnimodellen', 'mobbing', 'krenkelser', 'trygt miljø', 'skolemiljø', 'barnehagemiljø'],
        en: ['omni', 'omni model', 'bullying', 'harassment', 'safe environment', 'school environment'],
    },
    source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Andre ressurser', 'Level 0, step 1 – Other resources'),
};
exports.TRYGT_BARNEHAGEMILJO = {
    id: 'trygt-barnehagemiljo',
    kind: 'routine',
    generation: 'other',
    name: { nb: 'Et trygt og godt barnehagemiljø', en: 'A safe and good kindergarten environment' },
    description: {
        nb: 'Rutinene barnehagen følger når det kan se ut som et barn ikke har det trygt og godt i barnehagen.',
        en: 'The routines the kindergarten follows when a child may not be safe and well in kindergarten.',
    },
    audience: ['staff', 'leader'],
    link: undefined,
    keywords: {
        nb: ['trygt barnehagemiljø', 'barnehagemiljø', 'mobbing i barnehagen', 'krenkelser', 'utestengt', 'trygg barnehage'],
        en: ['safe kindergarten', 'kindergarten environment', 'bullying in kindergarten', 'excluded child'],
    },
    source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Andre ressurser', 'Level 0, step 1 – Other resources'),
};
exports.TRYGT_SKOLEMILJO = {
    id: 'trygt-skolemiljo',
    kind: 'routine',
    generation: 'other',
    name: { nb: 'Et trygt og godt skolemiljø', en: 'A safe and good school environment' },
    description: {
        nb: 'Rutinene skolen følger når en elev kanskje ikke har det trygt og godt på skolen, for eksempel ved mobbing.',
        en: 'The routines the school follows when a pupil may not be safe and well at school, for example when bullied.',
    },
    audience: ['staff', 'leader'],
    link: undefined,
    keywords: {
        nb: ['trygt skolemiljø', 'skolemiljø', 'mobbing', 'mobbet', 'krenkelser', 'aktivitetsplan', 'elev mobbes'],
        en: ['safe school', 'school environment', 'bullying', 'bullied', 'harassment at school', 'activity plan'],
    },
    source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Andre ressurser', 'Level 0, step 1 – Other resources'),
};
/**
 * The special routes of level 0, step 1. `absenceToolId` differs per profile: each municipality names its
 * own absence routine.
 */
function specialRoutes(absenceToolId) {
    return [
        {
            id: 'vold-overgrep',
            title: { nb: 'Mistanke om vold eller seksuelle overgrep', en: 'Suspected violence or sexual abuse' },
            when: {
                nb: 'Når du har grunn til å tro at et barn blir utsatt for vold i nære relasjoner eller seksuelle overgrep.',
                en: 'When you have reason to believe a child is exposed to domestic violence or sexual abuse.',
            },
            whatToDo: [
                { nb: 'Handle med en gang – ikke vent.', en: 'Act at once – do not wait.' },
                {
                    nb: 'Kontakt politiet og/eller barneverntjenesten samme dag. Er barnet i fare nå, ring 112.',
                    en: 'Contact the police and/or child welfare the same day. If the child is in danger right now, call 112.',
                },
                { nb: 'Ikke si fra til foreldrene.', en: 'Do not tell the parents.' },
                { nb: 'Ta saken sammen med lederen din.', en: 'Handle the case together with your leader.' },
            ],
            emergency: true,
            toolIds: ['snakkemedbarn'],
            contactIds: ['police', 'barnevernvakta', 'barneverntjenesten'],
            source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – OBS! vold i nære relasjoner og seksuelle overgrep', 'Level 0, step 1 – Note on domestic violence and sexual abuse'),
        },
        {
            id: 'skolefravaer',
            title: { nb: 'Bekymringsfullt skolefravær', en: 'Worrying school absence' },
            when: { nb: 'Når bekymringen handler om skolefravær.', en: 'When the worry is about school absence.' },
            whatToDo: [
                { nb: 'Følg kommunens rutine for bekymringsfullt fravær.', en: 'Follow the municipality’s routine for worrying absence.' },
            ],
            emergency: false,
            toolIds: [absenceToolId],
            contactIds: [],
            source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Andre ressurser', 'Level 0, step 1 – Other resources'),
        },
        {
            id: 'trygt-miljo',
            title: { nb: 'Trygt og godt barnehage- eller skolemiljø', en: 'Safe and good kindergarten or school environment' },
            when: {
                nb: 'Når barnets rett til et trygt barnehage- eller skolemiljø kanskje er brutt, for eksempel ved mobbing.',
                en: 'When the child’s right to a safe kindergarten or school environment may be breached, for example by bullying.',
            },
            whatToDo: [
                { nb: 'Følg rutinene for et trygt og godt barnehage- eller skolemiljø.', en: 'Follow the routines for a safe and good kindergarten or school environment.' },
            ],
            emergency: false,
            toolIds: ['trygt-barnehagemiljo', 'trygt-skolemiljo', 'omni-modellen'],
            contactIds: [],
            source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – Andre ressurser', 'Level 0, step 1 – Other resources'),
        },
    ];
}
exports.POLICE_CONTACT = {
    id: 'police',
    name: { nb: 'Politiet – nødnummer', en: 'Police – emergency number' },
    description: {
        nb: 'Ring 112 når et barn er i fare nå. Ved mistanke om vold eller overgrep kontaktes politiet og/eller barnevernet samme dag.',
        en: 'Call 112 when a child is in danger right now. When you suspect violence or abuse, contact the police and/or child welfare the same day.',
    },
    phone: '112',
    hours: { nb: 'Hele døgnet', en: 'Day and night' },
    // 112 is the national emergency number; the source says to contact the police the same day.
    source: (0, schema_1.cite)('002', 'Nivå 0, trinn 1 – OBS! vold og seksuelle overgrep', 'Level 0, step 1 – Note on violence and sexual abuse'),
};
exports.REPORTING_PORTAL_CONTACT = {
    id: 'bekymringsmelding-portal',
    name: { nb: 'Portalen for bekymringsmelding (for offentlig ansatte)', en: 'The reporting portal for concerns (for public employees)' },
    description: {
        nb: 'Her sender du som ansatt en bekymringsmelding til barneverntjenesten. Privatpersoner har en egen portal.',
        en: 'This is where you, as an employee, send a report of concern to child welfare. Private persons have a separate portal.',
    },
    // The URL is given in source 002 (national KS Fiks portal for public employees).
    link: 'https://bekymringsmelding.fiks.ks.no/offentlig',
    source: (0, schema_1.cite)('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
};
//# sourceMappingURL=shared.js.map