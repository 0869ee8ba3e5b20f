"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MEETING_RULE_PROMPTS = exports.INTERPRETER_PROMPTS = exports.CHILD_PARTICIPATION_PROMPTS = void 0;
exports.guidancePrompt = guidancePrompt;
exports.meetingPrompts = meetingPrompts;
const types_1 = require("./types");
exports.CHILD_PARTICIPATION_PROMPTS = [
    {
        id: 'child-invite-when-possible',
        text: {
            nb: 'Inviter barnet eller ungdommen når alder, modenhet og funksjon gjør det mulig. Det er de selv som velger om de vil være med.',
            en: 'Invite the child or young person when their age, maturity and abilities allow it. They decide for themselves whether to come.',
        },
        source: (0, types_1.source)('002', 'Introduksjon til BTI-prosessen (barn og unges medvirkning)', 'Introduction to the BTI process (participation of children and youth)'),
    },
    {
        id: 'child-voice-if-absent',
        text: {
            nb: 'Kommer ikke barnet, må det barnet mener likevel fram i møtet, for eksempel gjennom en voksen barnet er trygg på. Fortell barnet etterpå hva dere ble enige om.',
            en: 'If the child does not come, their view must still be heard in the meeting, for example through an adult they trust. Tell the child afterwards what you agreed.',
        },
        source: (0, types_1.source)('003', '7.2 Barn som tjenestemottaker', '7.2 Children receiving services'),
    },
    {
        id: 'child-weight-from-12',
        text: {
            nb: 'Fra barnet er 12 år, skal det barnet mener veie tungt.',
            en: 'From the age of 12, what the child thinks must carry great weight.',
        },
        source: (0, types_1.source)('003', 'Innledning', 'Introduction'),
    },
    {
        id: 'child-of-age-16',
        text: {
            nb: 'Som 16-åring er ungdommen myndig i helsesaker og samtykker selv. Ta ungdommen med i planarbeidet i god tid før 16-årsdagen.',
            en: 'At 16 the young person is of age in health matters and gives consent themselves. Involve them in the plan well before they turn 16.',
        },
        source: (0, types_1.source)('003', '7.2 Barn som tjenestemottaker', '7.2 Children receiving services'),
    },
    {
        id: 'staff-only-coordinator-talk',
        text: {
            nb: 'Når dere diskuterer hvem som skal ta over som koordinator, er barnet og foresatte ikke med. Fortell dem hva dere landet på etterpå.',
            en: 'When you discuss who takes over as coordinator, the child and the parents are not present. Tell them afterwards what you decided.',
        },
        source: (0, types_1.source)('002', 'Nivå 2, trinn 5: Evaluer', 'Level 2, step 5: Evaluate'),
    },
];
const INTERPRETER_SOURCE = (0, types_1.source)('003', '11. Bruk av tolk', '11. Using an interpreter');
exports.INTERPRETER_PROMPTS = [
    {
        id: 'interpreter-when',
        text: {
            nb: 'Bestill tolk når viktig informasjon skal gis og til samarbeids- og ansvarsgruppemøter – også når familien snakker godt norsk, så dere vet at alt blir forstått.',
            en: 'Book an interpreter when important information is given and for cooperation meetings – even when the family speaks Norwegian well, so you know everything is understood.',
        },
        source: INTERPRETER_SOURCE,
    },
    {
        id: 'interpreter-telephone',
        text: {
            nb: 'Bruk telefontolk som hovedregel. Tolk som møter opp kan bestilles når det trengs. Se kommunens avtale om tolketjenester.',
            en: 'Use a telephone interpreter as a rule. An interpreter in person can be booked when needed. See the municipality’s interpreting agreement.',
        },
        source: INTERPRETER_SOURCE,
    },
    {
        id: 'interpreter-no-relatives',
        text: {
            nb: 'Ikke la slektninger eller venner av familien tolke.',
            en: 'Do not let relatives or friends of the family interpret.',
        },
        source: INTERPRETER_SOURCE,
    },
];
exports.MEETING_RULE_PROMPTS = [
    {
        id: 'coordinator-calls-meeting',
        text: {
            nb: 'Koordinator kaller inn til og leder samarbeidsmøtene, og passer på at det blir skrevet referat.',
            en: 'The coordinator calls and chairs the cooperation meetings, and makes sure minutes are written.',
        },
        source: (0, types_1.source)('000', 'Koordinator: oppgaver', 'Coordinator: duties'),
    },
    {
        id: 'referat-rotates',
        text: {
            nb: 'Som hovedregel går det på omgang i gruppa hvem som skriver referat.',
            en: 'As a rule, the group takes turns writing the minutes.',
        },
        source: (0, types_1.source)('000', 'Koordinator: oppgaver', 'Coordinator: duties'),
    },
    {
        id: 'referat-agree-before',
        text: {
            nb: 'Bli enige om hvem som skriver referat før møtet begynner.',
            en: 'Agree who writes the minutes before the meeting starts.',
        },
        source: (0, types_1.source)('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
    },
    {
        id: 'twice-a-year',
        text: {
            nb: 'Hold samarbeidsmøte med alle tjenestene minst to ganger i året. Hvor ofte avtaler dere med familien.',
            en: 'Hold a cooperation meeting with all the services at least twice a year. Agree with the family how often.',
        },
        source: (0, types_1.source)('002', 'Tverrfaglige møter rundt enkeltbarn', 'Cross-disciplinary meetings about one child'),
    },
    {
        id: 'referat-stored-with-plan',
        text: {
            nb: 'Legg referatet i planen i Samspill, ikke her i chatten.',
            en: 'Put the minutes in the plan in Samspill, not here in the chat.',
        },
        source: (0, types_1.source)('003', '8. Flyt Samspill', '8. Flyt Samspill'),
    },
];
const ALL = [...exports.CHILD_PARTICIPATION_PROMPTS, ...exports.INTERPRETER_PROMPTS, ...exports.MEETING_RULE_PROMPTS];
function guidancePrompt(id) {
    return ALL.find((p) => p.id === id);
}
/**
 * The prompts that fit a meeting being planned: a staff-only meeting gets the "family not present" note;
 * other meetings get the child participation prompts; the interpreter prompts depend on the toggle.
 */
function meetingPrompts(meeting) {
    if (types_1.MEETING_TYPE_INFO[meeting.meetingType].staffOnly)
        return [guidancePrompt('staff-only-coordinator-talk')];
    const out = exports.CHILD_PARTICIPATION_PROMPTS.filter((p) => p.id !== 'staff-only-coordinator-talk');
    if (meeting.interpreterNeeded)
        out.push(guidancePrompt('interpreter-telephone'), guidancePrompt('interpreter-no-relatives'));
    else
        out.push(guidancePrompt('interpreter-when'));
    out.push(guidancePrompt('referat-agree-before'));
    return out;
}
//# sourceMappingURL=guidance.js.map