"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.annenTjeneste = exports.annenHelse = exports.fastlege = exports.nav = exports.barnehabilitering = exports.bup = exports.ppt = exports.fysioErgo = exports.ergoterapeut = exports.fysioterapeut = void 0;
exports.skoleBarnehage = skoleBarnehage;
exports.miljotjenesten = miljotjenesten;
exports.factUng = factUng;
exports.utekontakten = utekontakten;
exports.kulturFritid = kulturFritid;
exports.helsesykepleier = helsesykepleier;
exports.avlastning = avlastning;
exports.barnevern = barnevern;
exports.barnebolig = barnebolig;
exports.tildelingskontoret = tildelingskontoret;
exports.outsideTable = outsideTable;
const vocabulary_1 = require("./vocabulary");
const row = (section, sectionEn) => (0, vocabulary_1.cite)('004', `Tabell: ${section}`, `Table: ${sectionEn}`);
/** "Tett på": followed every week or several times a month. */
const CLOSE_FOLLOW_UP = ['weekly', 'several-monthly'];
const when = (fact, values) => ({ kind: 'service', fact, in: values });
/** A couple of check-ups a year or now and then: the table's "sporadisk oppfølging", not lasting help to coordinate. */
const rareFollowUp = () => when('followUp', ['1-2-a-year', 'sporadic']);
function skoleBarnehage(o) {
    const source = row('Skole/barnehage', 'School/kindergarten');
    return {
        id: o.id ?? 'skole-barnehage',
        name: o.name ?? { nb: 'Skole/barnehage', en: 'School/kindergarten' },
        category: 'education',
        inTable: true,
        roles: o.roles,
        facts: ['followUp'],
        noLastingHelpWhen: [],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'child-welfare-measures',
                verdict: 'not-natural',
                when: [
                    {
                        kind: 'others',
                        match: { categories: ['child-welfare'], fact: 'childWelfareStatus', in: ['support-measures', 'care-taken-over'] },
                        atLeast: 1,
                    },
                ],
                reason: {
                    nb: 'Barnevernet gir hjelpetiltak eller har omsorgen. Da bør en annen tjeneste enn barnehagen/skolen ha rollen.',
                    en: 'Child welfare gives support measures or has taken over care. Then a service other than the kindergarten/school should hold the role.',
                },
                source,
            },
            {
                id: 'several-health-services',
                verdict: 'not-natural',
                // The table's natural example is the school working with BUP, habilitation, a therapist and others, so
                // the number of health services alone decides nothing: they must also need to coordinate among
                // themselves, and check-ups a year or the universal health-nurse programme are not such follow-up.
                when: [
                    { kind: 'case', fact: 'mustCoordinateAmongThemselves', in: [true] },
                    { kind: 'others', match: { categories: ['municipal-health', 'specialist-health'], lastingHelp: true }, atLeast: 2 },
                ],
                reason: {
                    nb: 'Flere helsetjenester gir barnet varig hjelp og må samordne innsatsen seg imellom. Den samordningen er ikke en oppgave for barnehagen/skolen.',
                    en: 'Several health services give the child lasting help and must coordinate their efforts among themselves. That coordination is not a task for the kindergarten/school.',
                },
                source,
            },
            {
                id: 'problems-outside',
                verdict: 'not-natural',
                when: [{ kind: 'case', fact: 'measuresArena', in: ['elsewhere'] }],
                reason: {
                    nb: 'Det meste av utfordringene og tiltakene ligger utenfor barnehagen/skolen.',
                    en: 'Most of the difficulties and measures lie outside kindergarten/school.',
                },
                source,
            },
            {
                id: 'measures-in-school',
                verdict: 'natural',
                when: [{ kind: 'case', fact: 'measuresArena', in: ['kindergarten-school'] }],
                reason: {
                    nb: 'Tiltakene skjer mest i barnehagen/skolen. Da passer det at dere har rollen, også når for eksempel BUP, habiliteringstjenesten, fysioterapeut eller Lavterskelteamet samarbeider med dere.',
                    en: 'The measures mostly happen in kindergarten/school, so it fits for you to hold the role, also when e.g. BUP, habilitation services, a physiotherapist or the low-threshold team work with you.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Tiltakene skjer både i og utenfor barnehagen/skolen, så tabellen gir ikke et klart svar. Vurder sammen med de andre tjenestene.',
            en: 'The measures happen both in and outside kindergarten/school, so the table gives no clear answer. Weigh it together with the other services.',
        },
        source,
    };
}
const THERAPIST_NAMES = {
    'fysio-ergo': { nb: 'Fysioterapeut/ergoterapeut', en: 'Physiotherapist/occupational therapist' },
    fysioterapeut: { nb: 'Fysioterapeut', en: 'Physiotherapist' },
    ergoterapeut: { nb: 'Ergoterapeut', en: 'Occupational therapist' },
};
/**
 * One row of the table covers both therapists, but a child often sees one of them weekly and the other for a
 * check-up a year, so the form takes them as two services with the row's rules each. 'fysio-ergo' (the two as
 * one) stays for answers stored before the split and is no longer offered.
 */
function therapist(kind, o) {
    const source = row('Fysioterapeut/ergoterapeut', 'Physiotherapist/occupational therapist');
    return {
        id: o.id ?? kind,
        name: o.name ?? THERAPIST_NAMES[kind],
        category: 'municipal-health',
        inTable: true,
        roles: o.roles,
        facts: ['followUp'],
        noLastingHelpWhen: [rareFollowUp()],
        countsTowardsCoordination: true,
        legacy: kind === 'fysio-ergo',
        rules: [
            {
                id: 'close-follow-up',
                verdict: 'natural',
                when: [{ kind: 'service', fact: 'followUp', in: CLOSE_FOLLOW_UP }],
                reason: {
                    nb: 'Terapeuten følger barnet tett, hver uke eller flere ganger i måneden – for eksempel ved alvorlig CP eller andre tilstander der terapeuten har spesialkompetanse.',
                    en: 'The therapist follows the child closely, every week or several times a month – for example with severe cerebral palsy or other conditions where the therapist has special expertise.',
                },
                source,
            },
            {
                id: 'sporadic',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'followUp', in: ['1-2-a-year', 'sporadic'] }],
                reason: {
                    nb: 'Oppfølgingen er sjelden, for eksempel et par kontroller i året eller veiledning av barnehage/skole når det trengs.',
                    en: 'The follow-up is infrequent, for example a couple of check-ups a year or advice to the kindergarten/school when needed.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi hvor ofte terapeuten følger opp barnet, så kan tabellen si om det er naturlig.',
            en: 'Say how often the therapist follows up the child, and the table can tell whether it fits.',
        },
        source,
    };
}
const fysioterapeut = (o) => therapist('fysioterapeut', o);
exports.fysioterapeut = fysioterapeut;
const ergoterapeut = (o) => therapist('ergoterapeut', o);
exports.ergoterapeut = ergoterapeut;
/** The two therapists as one service, as the form offered them before; kept so stored answers still read. */
const fysioErgo = (o) => therapist('fysio-ergo', o);
exports.fysioErgo = fysioErgo;
function miljotjenesten(o) {
    const source = row('Miljøtjenesten', 'Support service (Miljøtjenesten)');
    return {
        id: o.id ?? 'miljotjenesten',
        name: o.name ?? { nb: 'Miljøtjenesten', en: 'Support service (Miljøtjenesten)' },
        category: 'municipal-health',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'miljoOffer'],
        noLastingHelpWhen: [rareFollowUp()],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'individual',
                verdict: 'natural',
                when: [{ kind: 'service', fact: 'miljoOffer', in: ['individual'] }],
                reason: {
                    nb: 'Miljøtjenesten gir tett, individuell oppfølging.',
                    en: 'The support service gives close, individual follow-up.',
                },
                source,
            },
            {
                id: 'group-only',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'miljoOffer', in: ['group-only'] }],
                reason: {
                    nb: 'Barnet er bare med i gruppetilbud eller har tilsyn før og etter skoletid.',
                    en: 'The child only takes part in group offers or has supervision before and after school.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi hva slags oppfølging miljøtjenesten gir, så kan tabellen si om det er naturlig.',
            en: 'Say what kind of follow-up the support service gives, and the table can tell whether it fits.',
        },
        source,
    };
}
function factUng(o) {
    const source = row('FACT Ung', 'FACT Ung');
    return {
        id: o.id ?? 'fact-ung',
        name: o.name ?? { nb: 'FACT Ung', en: 'FACT Ung (youth outreach team)' },
        // An integrated team of municipal and specialist staff; it counts as health and care for the plan rules.
        category: 'municipal-health',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'factUngFollows'],
        noLastingHelpWhen: [when('factUngFollows', [false])],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'existing-group-works',
                verdict: 'not-natural',
                when: [{ kind: 'case', fact: 'existingGroupWorksWell', in: [true] }],
                reason: {
                    nb: 'Det finnes allerede en samarbeidsgruppe med koordinator som fungerer godt. Da er det ingen grunn til å flytte rollen.',
                    en: 'A cooperation group with a coordinator already works well. Then there is no reason to move the role.',
                },
                source,
            },
            {
                id: 'follows',
                verdict: 'natural',
                when: [{ kind: 'service', fact: 'factUngFollows', in: [true] }],
                reason: { nb: 'Ungdommen følges opp av FACT Ung.', en: 'The young person is followed up by FACT Ung.' },
                source,
            },
            {
                id: 'not-following',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'factUngFollows', in: [false] }],
                reason: {
                    nb: 'FACT Ung følger ikke selv opp ungdommen. Tabellen peker bare på teamet når det gjør det.',
                    en: 'FACT Ung does not follow up the young person itself. The table only points to the team when it does.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi om FACT Ung følger opp ungdommen, så kan tabellen si om det er naturlig.',
            en: 'Say whether FACT Ung follows up the young person, and the table can tell whether it fits.',
        },
        source,
    };
}
function utekontakten(o) {
    const source = row('Utekontakten', 'Outreach service (Utekontakten)');
    return {
        id: o.id ?? 'utekontakten',
        name: o.name ?? { nb: 'Utekontakten', en: 'Outreach service (Utekontakten)' },
        category: 'other',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'outreachFollowUp'],
        noLastingHelpWhen: [when('outreachFollowUp', ['low-threshold-only'])],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'low-threshold-only',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'outreachFollowUp', in: ['low-threshold-only'] }],
                reason: {
                    nb: 'Ungdommen bruker bare lavterskeltilbud, som klatring eller åpen stue, uten individuell oppfølging over tid.',
                    en: 'The young person only uses drop-in offers, such as climbing or an open lounge, without individual follow-up over time.',
                },
                source,
            },
            {
                id: 'others-closer',
                verdict: 'not-natural',
                when: [
                    { kind: 'service', fact: 'outreachFollowUp', in: ['individual-over-time'] },
                    { kind: 'closer-others', exists: true },
                ],
                reason: {
                    nb: 'Utekontakten følger ungdommen over tid, men en annen tjeneste er tettere på. Tabellen peker på utekontakten når ingen er nærmere.',
                    en: 'The outreach service follows the young person over time, but another service is closer. The table points to the outreach service when no one is closer.',
                },
                source,
            },
            {
                id: 'over-time',
                verdict: 'natural',
                when: [
                    { kind: 'service', fact: 'outreachFollowUp', in: ['individual-over-time'] },
                    { kind: 'closer-others', exists: false },
                ],
                reason: {
                    nb: 'Utekontakten følger ungdommen over tid, det trengs samordning, og ingen annen tjeneste er tettere på.',
                    en: 'The outreach service follows the young person over time, coordination is needed, and no other service is closer.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi hva slags oppfølging utekontakten gir, så kan tabellen si om det er naturlig.',
            en: 'Say what kind of follow-up the outreach service gives, and the table can tell whether it fits.',
        },
        source,
    };
}
function kulturFritid(o) {
    const source = row('Ansatt i kultur/fritid (inkludert mentorleder)', 'Culture/leisure staff (including mentor leader)');
    return {
        id: o.id ?? 'kultur-fritid',
        name: o.name ?? { nb: 'Kultur/fritid (også mentorleder)', en: 'Culture/leisure (including mentor leader)' },
        category: 'other',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'followedOverTime'],
        noLastingHelpWhen: [when('followedOverTime', [false])],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'others-closer',
                verdict: 'not-natural',
                when: [
                    { kind: 'service', fact: 'followedOverTime', in: [true] },
                    { kind: 'closer-others', exists: true },
                ],
                reason: {
                    nb: 'Kultur/fritid følger barnet over tid, men en annen tjeneste er tettere på. Tabellen peker på kultur/fritid når ingen er nærmere.',
                    en: 'Culture/leisure follows the child over time, but another service is closer. The table points to culture/leisure when no one is closer.',
                },
                source,
            },
            {
                id: 'over-time',
                verdict: 'natural',
                when: [
                    { kind: 'service', fact: 'followedOverTime', in: [true] },
                    { kind: 'closer-others', exists: false },
                ],
                reason: {
                    nb: 'Kultur/fritid følger barnet over tid, det trengs samordning, og ingen annen tjeneste er tettere på.',
                    en: 'Culture/leisure follows the child over time, coordination is needed, and no other service is closer.',
                },
                source,
            },
            {
                id: 'not-over-time',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'followedOverTime', in: [false] }],
                reason: {
                    nb: 'Tabellen peker bare på kultur/fritid når de følger barnet opp over tid.',
                    en: 'The table only points to culture/leisure when they follow the child over time.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi om kultur/fritid følger barnet over tid, så kan tabellen si om det er naturlig.',
            en: 'Say whether culture/leisure follows the child over time, and the table can tell whether it fits.',
        },
        source,
    };
}
function helsesykepleier(o) {
    const source = row('Helsesykepleier', 'Public health nurse');
    return {
        id: o.id ?? 'helsesykepleier',
        name: o.name ?? { nb: 'Helsesykepleier', en: 'Public health nurse (helsesykepleier)' },
        category: 'municipal-health',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'healthNurseFollowUp'],
        noLastingHelpWhen: [when('healthNurseFollowUp', ['universal-only']), rareFollowUp()],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'universal-only',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'healthNurseFollowUp', in: ['universal-only'] }],
                reason: {
                    nb: 'Helsesykepleier gir bare det alle barn får, som samtaler på bestemte trinn og vaksiner.',
                    en: 'The health nurse only gives what every child gets, such as talks at certain school years and vaccines.',
                },
                source,
            },
            {
                id: 'close-young-child',
                verdict: 'natural',
                when: [
                    { kind: 'service', fact: 'healthNurseFollowUp', in: ['close-follow-up'] },
                    { kind: 'age', maxYears: 2, unborn: true },
                ],
                reason: {
                    nb: 'Helsestasjonen følger tett opp et lite barn med omfattende helseutfordringer, utviklingssykdom eller syndrom. Det gjelder særlig de første 2–3 leveårene.',
                    en: 'The health clinic closely follows a young child with extensive health problems, a developmental disease or a syndrome. This applies mainly to the first 2–3 years of life.',
                },
                source,
            },
            {
                id: 'close-older-child',
                verdict: 'natural',
                when: [
                    { kind: 'service', fact: 'healthNurseFollowUp', in: ['close-follow-up'] },
                    { kind: 'age', minYears: 3, unborn: false },
                ],
                reason: {
                    nb: 'Barnet er eldre, men trenger helsesykepleiers kompetanse for å samordne tjenestene. Det er et unntak, så sjekk om en annen tjeneste er tettere på.',
                    en: 'The child is older but needs the health nurse’s expertise to coordinate the services. That is an exception, so check whether another service is closer.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi hva slags oppfølging helsesykepleier gir, så kan tabellen si om det er naturlig.',
            en: 'Say what kind of follow-up the health nurse gives, and the table can tell whether it fits.',
        },
        source,
    };
}
function avlastning(o) {
    const source = row(o.section ?? 'Ansatt på Selnes/Seminaret avlastning', 'Staff at an institutional respite service');
    return {
        id: o.id ?? 'avlastning',
        name: o.name ?? { nb: 'Avlastning i institusjon', en: 'Institutional respite care' },
        category: 'municipal-health',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'respiteGranted'],
        noLastingHelpWhen: [when('respiteGranted', [false])],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'others-more-central',
                verdict: 'not-natural',
                when: [
                    { kind: 'service', fact: 'respiteGranted', in: [true] },
                    { kind: 'closer-others', exists: true },
                ],
                reason: {
                    nb: 'Avlastning er innvilget, men en annen tjeneste er mer sentral i oppfølgingen.',
                    en: 'Respite care is granted, but another service is more central in the follow-up.',
                },
                source,
            },
            {
                id: 'respite-granted',
                verdict: 'natural',
                when: [
                    { kind: 'service', fact: 'respiteGranted', in: [true] },
                    { kind: 'closer-others', exists: false },
                ],
                reason: {
                    nb: 'Avlastning i institusjon er innvilget, og ingen annen tjeneste er mer sentral i oppfølgingen.',
                    en: 'Institutional respite care is granted, and no other service is more central in the follow-up.',
                },
                source,
            },
            {
                id: 'no-respite',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'respiteGranted', in: [false] }],
                reason: {
                    nb: 'Tabellen peker bare på avlastningen når avlastning i institusjon er innvilget.',
                    en: 'The table only points to the respite service when institutional respite care is granted.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi om avlastning i institusjon er innvilget, så kan tabellen si om det er naturlig.',
            en: 'Say whether institutional respite care is granted, and the table can tell whether it fits.',
        },
        source,
    };
}
function barnevern(o) {
    const source = row('Barneverntjenesten', 'Child welfare service');
    return {
        id: o.id ?? 'barneverntjenesten',
        name: o.name ?? { nb: 'Barneverntjenesten', en: 'Child welfare service (barneverntjenesten)' },
        category: 'child-welfare',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'childWelfareStatus'],
        noLastingHelpWhen: [when('childWelfareStatus', ['investigating'])],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'investigating',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'childWelfareStatus', in: ['investigating'] }],
                reason: {
                    nb: 'Barnevernet undersøker saken etter en bekymringsmelding. Mens undersøkelsen pågår, bør en annen tjeneste ha rollen.',
                    en: 'Child welfare is investigating after a report of concern. While the investigation goes on, another service should hold the role.',
                },
                source,
            },
            {
                id: 'care-taken-over',
                verdict: 'natural',
                role: o.careRole,
                when: [{ kind: 'service', fact: 'childWelfareStatus', in: ['care-taken-over'] }],
                reason: { nb: 'Barnevernet har overtatt omsorgen for barnet.', en: 'Child welfare has taken over care of the child.' },
                source,
            },
            {
                id: 'support-measures',
                verdict: 'natural',
                role: o.supportMeasuresRole,
                when: [{ kind: 'service', fact: 'childWelfareStatus', in: ['support-measures'] }],
                reason: {
                    nb: 'Barnevernet gir hjelpetiltak eller følger en omsorgssak.',
                    en: 'Child welfare gives support measures or follows a care case.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi hva barnevernet gjør i saken nå, så kan tabellen si om det er naturlig.',
            en: 'Say what child welfare is doing in the case now, and the table can tell whether it fits.',
        },
        source,
    };
}
function barnebolig(o) {
    const source = row('Barnebolig', 'Children’s home (barnebolig)');
    return {
        id: o.id ?? 'barnebolig',
        name: o.name ?? { nb: 'Barnebolig', en: 'Children’s home (barnebolig)' },
        category: 'municipal-health',
        inTable: true,
        roles: o.roles,
        facts: ['followUp', 'livesInBarnebolig'],
        noLastingHelpWhen: [when('livesInBarnebolig', [false])],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'lives-there',
                verdict: 'natural',
                when: [{ kind: 'service', fact: 'livesInBarnebolig', in: [true] }],
                reason: { nb: 'Barnet bor i barneboligen.', en: 'The child lives in the children’s home.' },
                source,
            },
            {
                id: 'does-not-live-there',
                verdict: 'not-natural',
                when: [{ kind: 'service', fact: 'livesInBarnebolig', in: [false] }],
                reason: {
                    nb: 'Tabellen peker bare på barneboligen når barnet bor der.',
                    en: 'The table only points to the children’s home when the child lives there.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Oppgi om barnet bor i barneboligen, så kan tabellen si om det er naturlig.',
            en: 'Say whether the child lives in the children’s home, and the table can tell whether it fits.',
        },
        source,
    };
}
/** Tromsø's row for the child coordinator held by case officers at the allocation office. */
function tildelingskontoret(o) {
    const source = row('Saksbehandler ved Tildelingskontoret', 'Case officer at the allocation office');
    return {
        id: o.id ?? 'tildelingskontoret',
        name: o.name ?? { nb: 'Saksbehandler ved Tildelingskontoret', en: 'Case officer at the allocation office (Tildelingskontoret)' },
        category: 'coordinating-unit',
        inTable: true,
        roles: o.roles,
        facts: ['followUp'],
        noLastingHelpWhen: [],
        countsTowardsCoordination: true,
        legacy: false,
        rules: [
            {
                id: 'age-18-or-more',
                verdict: 'not-natural',
                when: [{ kind: 'age', minYears: 18, unborn: false }],
                reason: {
                    nb: 'Barnekoordinator gjelder bare til barnet fyller 18 år.',
                    en: 'A child coordinator only applies until the child turns 18.',
                },
                source: (0, vocabulary_1.cite)('004', '3. Særskilt for barnekoordinator', '3. Specific to the child coordinator'),
            },
            {
                id: 'not-serious',
                verdict: 'not-natural',
                when: [{ kind: 'case', fact: 'seriousCondition', in: [false] }],
                reason: {
                    nb: 'Barnekoordinator er for familier der barnet har alvorlig sykdom, skade eller funksjonsnedsettelse, og det er ikke tilfellet her.',
                    en: 'A child coordinator is for families whose child has a serious illness, injury or disability, which is not the case here.',
                },
                source,
            },
            {
                id: 'others-close',
                verdict: 'not-natural',
                when: [{ kind: 'others', match: { fact: 'followUp', in: CLOSE_FOLLOW_UP }, atLeast: 1 }],
                reason: {
                    nb: 'Andre tjenester er tett på barnet og familien, så familien kan være bedre hjulpet av en annen koordinator.',
                    en: 'Other services are close to the child and family, so the family may be better served by another coordinator.',
                },
                source,
            },
            {
                id: 'serious-condition',
                verdict: 'natural',
                when: [
                    { kind: 'case', fact: 'seriousCondition', in: [true] },
                    { kind: 'age', maxYears: 17, unborn: true },
                ],
                reason: {
                    nb: 'Familien venter eller har et barn med alvorlig sykdom, skade eller funksjonsnedsettelse og har rett til barnekoordinator.',
                    en: 'The family is expecting or has a child with a serious illness, injury or disability and has a right to a child coordinator.',
                },
                source,
            },
        ],
        noMatchReason: {
            nb: 'Tabellen gir ikke et klart svar for Tildelingskontoret i denne saken.',
            en: 'The table gives no clear answer for the allocation office in this case.',
        },
        source,
    };
}
/* Services that are not rows of the table. They are listed so the plan rules can count them (PPT for IUP/IOP,
   health/child welfare/NAV for the statutory plan) and so the user can name every service involved. */
const notInTable = {
    nb: 'Tjenesten er ikke med i tabellen over hvem som naturlig koordinerer. Den kan ha rollen hvis dere blir enige om det, men se først på tjenestene tabellen peker på.',
    en: 'This service is not in the table of who naturally coordinates. It can hold the role if you agree on it, but look first at the services the table points to.',
};
function outsideTable(id, name, category, source = (0, vocabulary_1.cite)('004', '1. Skal barnet/ungdommen ha en plan i Samspill?', '1. Should the child have a plan in Samspill?'), noMatchReason = notInTable, countsTowardsCoordination = true) {
    return {
        id,
        name,
        category,
        inTable: false,
        roles: [],
        facts: ['followUp'],
        rules: [],
        noLastingHelpWhen: [rareFollowUp()],
        countsTowardsCoordination,
        legacy: false,
        noMatchReason,
        source,
    };
}
const ppt = () => outsideTable('ppt', { nb: 'PPT (pedagogisk-psykologisk tjeneste)', en: 'PPT (educational psychology service)' }, 'ppt');
exports.ppt = ppt;
const bup = () => outsideTable('bup', { nb: 'BUP (psykisk helsevern for barn og unge)', en: 'BUP (child and adolescent mental health service)' }, 'specialist-health');
exports.bup = bup;
const barnehabilitering = () => outsideTable('barnehabilitering', { nb: 'Habiliteringstjenesten for barn', en: 'Child habilitation service' }, 'specialist-health');
exports.barnehabilitering = barnehabilitering;
const nav = () => outsideTable('nav', { nb: 'NAV', en: 'NAV (labour and welfare)' }, 'nav', (0, vocabulary_1.cite)('001', 'Koordineringstrappa: målgruppe for koordinator og individuell plan', 'Coordination ladder: who a coordinator and individual plan are for'));
exports.nav = nav;
const fastlege = () => outsideTable('fastlege', { nb: 'Fastlege', en: 'Regular GP (fastlege)' }, 'municipal-health', (0, vocabulary_1.cite)('003', '1. En helhetlig struktur for koordinering', '1. An overall structure for coordination'), {
    nb: 'Fastlegen har et eget ansvar for å samordne det medisinske, men er ikke med i tabellen over hvem som koordinerer samarbeidet.',
    en: 'The GP has their own duty to coordinate the medical side, but is not in the table of who coordinates the cooperation.',
}, 
// The GP's medical coordination runs beside the cooperation, so the GP never makes "several services".
false);
exports.fastlege = fastlege;
const annenHelse = () => outsideTable('annen-helse', { nb: 'Annen kommunal helse- eller omsorgstjeneste', en: 'Other municipal health or care service' }, 'municipal-health');
exports.annenHelse = annenHelse;
const annenTjeneste = () => outsideTable('annen-tjeneste', { nb: 'Annen tjeneste', en: 'Other service' }, 'other');
exports.annenTjeneste = annenTjeneste;
//# sourceMappingURL=table-004.js.map