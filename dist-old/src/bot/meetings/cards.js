"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHILD_FORM_PROMPTS = exports.NEW_CASE = void 0;
exports.formCard = formCard;
exports.responders = responders;
exports.invitationCard = invitationCard;
const render_1 = require("../../cards/render");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const rotation_1 = require("../referat/rotation");
const common_1 = require("./common");
/** The value the case choice carries when the coordinator wants a new case made for the meeting. */
exports.NEW_CASE = 'new';
/** The form's own label of each input, so a message names what the person sees. */
const FIELD_LABEL = {
    meetingType: 'meetings.form.type',
    caseRef: 'meetings.form.case',
    date: 'meetings.form.date',
    start: 'meetings.form.start',
    end: 'meetings.form.end',
    place: 'meetings.form.place',
    onlineLink: 'meetings.form.link',
    agenda: 'meetings.form.agenda',
    invitees: 'meetings.form.invitees',
    childInvited: 'meetings.form.child',
    interpreterNeeded: 'meetings.form.interpreter',
    interpreterLanguage: 'meetings.form.language',
};
const str = (v) => {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return v.filter((x) => typeof x === 'string').join(',');
    return '';
};
/** Next to the "child invited" toggle: invite when possible, the child's view weighs heavily from 12, of age in health matters at 16. */
exports.CHILD_FORM_PROMPTS = ['child-invite-when-possible', 'child-weight-from-12', 'child-of-age-16'];
function formCard(locale, input) {
    const v = input.values;
    const caseChoices = [
        ...input.cases.map((c) => ({ title: c.ref, value: c.ref })),
        ...(input.mode === 'new' ? [{ title: (0, i18n_1.t)(locale, 'meetings.form.newCase'), value: exports.NEW_CASE }] : []),
    ];
    const defaultCase = input.cases.length === 1 ? (input.cases[0]?.ref ?? '') : input.cases.length === 0 ? exports.NEW_CASE : '';
    const agenda = Array.isArray(v.agenda) ? v.agenda.filter((x) => typeof x === 'string').join('\n') : str(v.agenda);
    // All problems at once: listed at the top, each on its own line under the label the person sees, and
    // again right under the input it is about.
    const errors = input.errors.map((e) => {
        const label = e.field && e.field !== 'form' ? (0, i18n_1.t)(locale, FIELD_LABEL[e.field]) : undefined;
        return { text: label ? (0, i18n_1.t)(locale, 'meetings.form.errorLine', { label, text: e.text }) : e.text };
    });
    const fieldErrors = Object.fromEntries(Object.keys(FIELD_LABEL).map((f) => {
        const mine = input.errors.filter((e) => e.field === f).map((e) => e.text);
        return [f, { show: mine.length > 0, text: mine.join(' ') }];
    }));
    return (0, render_1.renderCard)('meeting-form', {
        title: (0, i18n_1.t)(locale, input.mode === 'edit' ? 'meetings.form.editTitle' : 'meetings.form.title'),
        intro: (0, i18n_1.t)(locale, 'meetings.form.intro'),
        hasErrors: input.errors.length > 0,
        errorsTitle: (0, i18n_1.t)(locale, input.errors.length === 1 ? 'meetings.form.errorsTitleOne' : 'meetings.form.errorsTitle', { n: input.errors.length }),
        errors,
        fieldErrors,
        hasWarnings: (input.warnings ?? []).length > 0,
        warnings: (input.warnings ?? []).map((text) => ({ text: (0, i18n_1.t)(locale, 'meetings.form.warning', { text }) })),
        labels: {
            type: (0, i18n_1.t)(locale, 'meetings.form.type'),
            case: (0, i18n_1.t)(locale, 'meetings.form.case'),
            date: (0, i18n_1.t)(locale, 'meetings.form.date'),
            start: (0, i18n_1.t)(locale, 'meetings.form.start'),
            end: (0, i18n_1.t)(locale, 'meetings.form.end'),
            place: (0, i18n_1.t)(locale, 'meetings.form.place'),
            placePlaceholder: (0, i18n_1.t)(locale, 'meetings.form.placePlaceholder'),
            link: (0, i18n_1.t)(locale, 'meetings.form.link'),
            agenda: (0, i18n_1.t)(locale, 'meetings.form.agenda'),
            agendaPlaceholder: (0, i18n_1.t)(locale, 'meetings.form.agendaPlaceholder'),
            invitees: (0, i18n_1.t)(locale, 'meetings.form.invitees'),
            child: (0, i18n_1.t)(locale, 'meetings.form.child'),
            interpreter: (0, i18n_1.t)(locale, 'meetings.form.interpreter'),
            language: (0, i18n_1.t)(locale, 'meetings.form.language'),
            required: (0, i18n_1.t)(locale, 'meetings.form.required'),
        },
        typeChoices: meetings_1.MEETING_TYPES.map((m) => ({ title: meetings_1.MEETING_TYPE_INFO[m].label[locale], value: m })),
        meetingType: str(v.meetingType) || 'samarbeidsmote',
        staffOnlyNote: (0, i18n_1.t)(locale, 'meetings.form.staffOnly'),
        caseChoices,
        caseRef: str(v.caseRef) || defaultCase,
        hasCaseHint: input.mode === 'new' && input.cases.length === 0,
        caseHint: (0, i18n_1.t)(locale, 'meetings.form.noCaseHint'),
        date: str(v.date),
        minDate: (0, meetings_1.osloDateTime)(input.now)?.date ?? '',
        start: str(v.start),
        end: str(v.end),
        place: str(v.place),
        onlineLink: str(v.onlineLink),
        agenda,
        inviteeChoices: input.people.map((p) => ({ title: p.name, value: p.aadObjectId })),
        invitees: str(v.invitees),
        childInvited: str(v.childInvited) === 'true' ? 'true' : 'false',
        childPrompts: exports.CHILD_FORM_PROMPTS.map((id) => ({ text: (0, meetings_1.guidancePrompt)(id).text[locale] })),
        interpreterNeeded: str(v.interpreterNeeded) === 'true' ? 'true' : 'false',
        interpreterLanguage: str(v.interpreterLanguage),
        interpreterPrompts: [(0, meetings_1.guidancePrompt)('interpreter-telephone'), (0, meetings_1.guidancePrompt)('interpreter-no-relatives')].map((p) => ({ text: p.text[locale] })),
        privacy: (0, i18n_1.t)(locale, 'meetings.form.privacy'),
        submit: (0, i18n_1.t)(locale, input.mode === 'edit' ? 'meetings.form.save' : 'meetings.form.submit'),
        back: (0, i18n_1.t)(locale, 'meetings.form.back'),
        isEdit: input.mode === 'edit',
        mode: input.mode,
        meetingId: input.meetingId ?? '',
        cardVersion: String(input.cardVersion ?? 0),
    });
}
const ANSWERS = ['yes', 'no', 'maybe'];
/** Who may answer: the invitees and the coordinator. */
function responders(view) {
    return [...new Set([...view.meeting.invitees, view.meeting.coordinator.aadObjectId])];
}
/**
 * `warnings`: notes for the one who just saved the meeting (the autumn hour that comes twice), never shared.
 * `now` decides whether "Referatet er skrevet" is offered: only once the meeting has started (the card is
 * built again on every press, on refresh and when the referat falls due).
 */
function invitationCard(locale, view, opts) {
    const m = view.meeting;
    const cancelled = m.status === 'cancelled';
    const invitedPeople = m.invitees.map((id) => m.people.find((p) => p.aadObjectId === id) ?? { aadObjectId: id, name: (0, common_1.personName)(view, id) });
    const mentioned = invitedPeople.filter((p) => 'teamsId' in p && typeof p.teamsId === 'string');
    const names = invitedPeople.map((p) => (mentioned.includes(p) ? `<at>${p.name}</at>` : p.name)).join(', ');
    const facts = [
        { title: (0, i18n_1.t)(locale, 'meetings.card.type'), value: (0, common_1.typeName)(m.meetingType, locale) },
        { title: (0, i18n_1.t)(locale, 'meetings.card.case'), value: m.caseRef },
        { title: (0, i18n_1.t)(locale, 'meetings.card.time'), value: (0, meetings_1.formatOsloRange)(m.startUtc, m.endUtc, locale) },
        ...(m.place ? [{ title: (0, i18n_1.t)(locale, 'meetings.card.place'), value: m.place }] : []),
        ...(m.onlineLink ? [{ title: (0, i18n_1.t)(locale, 'meetings.card.link'), value: `[${(0, i18n_1.t)(locale, 'meetings.card.link')}](${m.onlineLink})` }] : []),
        { title: (0, i18n_1.t)(locale, 'meetings.card.coordinator'), value: m.coordinator.name },
        ...(meetings_1.MEETING_TYPE_INFO[m.meetingType].staffOnly
            ? []
            : [{ title: (0, i18n_1.t)(locale, 'meetings.card.child'), value: (0, i18n_1.t)(locale, m.childInvited ? 'meetings.card.childYes' : 'meetings.card.childNo') }]),
        ...(m.interpreterNeeded
            ? [
                {
                    title: (0, i18n_1.t)(locale, 'meetings.card.interpreter'),
                    value: m.interpreterLanguage
                        ? (0, i18n_1.t)(locale, 'meetings.card.interpreterYes', { language: m.interpreterLanguage })
                        : (0, i18n_1.t)(locale, 'meetings.card.interpreterYesNoLanguage'),
                },
            ]
            : []),
    ];
    // Answers given for an earlier time are not counted: those people are asked again, and named apart.
    const current = (0, common_1.currentRsvps)(m, view.rsvps);
    const who = responders(view);
    const byPerson = new Map(current.map((r) => [r.aadObjectId, r.answer]));
    const stale = view.rsvps.filter((r) => !current.includes(r) && !byPerson.has(r.aadObjectId) && who.includes(r.aadObjectId));
    const groups = { yes: [], no: [], maybe: [], none: [] };
    for (const id of who)
        groups[byPerson.get(id) ?? 'none'].push((0, common_1.personName)(view, id));
    const answers = [...ANSWERS, 'none'].map((a) => ({
        title: `${(0, i18n_1.t)(locale, `meetings.card.${a}`)} (${groups[a].length})`,
        value: groups[a].length ? groups[a].join(', ') : '—',
    }));
    const w = (0, rotation_1.currentWriter)(view.rotation, m.meetingId);
    const started = opts.now.getTime() >= Date.parse(m.startUtc);
    const change = m.lastChange;
    const changeLines = cancelled || !change
        ? []
        : [
            ...(change.kinds.includes('time') ? [{ text: (0, i18n_1.t)(locale, 'meetings.card.changedTime', { old: (0, meetings_1.formatOsloRange)(change.previousStartUtc, change.previousEndUtc, locale) }) }] : []),
            ...(change.kinds.includes('place') ? [{ text: (0, i18n_1.t)(locale, 'meetings.card.changedPlace') }] : []),
        ];
    const referentLine = w.writer
        ? (0, i18n_1.t)(locale, w.written ? 'meetings.card.referentWritten' : 'meetings.card.referent', { name: (0, common_1.personName)(view, w.writer) })
        : (0, i18n_1.t)(locale, 'meetings.card.referentNone');
    return (0, render_1.renderCard)('meeting-invitation', {
        meetingId: m.meetingId,
        cardVersion: String(m.sequence),
        hasWarnings: (opts.warnings ?? []).length > 0,
        warnings: (opts.warnings ?? []).map((text) => ({ text: (0, i18n_1.t)(locale, 'meetings.form.warning', { text }) })),
        refreshUserIds: m.people.map((p) => p.teamsId).filter((x) => !!x).slice(0, 60),
        mentions: cancelled ? [] : mentioned.map((p) => ({ id: p.teamsId, name: p.name })),
        hasMentions: invitedPeople.length > 0,
        invitedLine: (0, i18n_1.t)(locale, 'meetings.card.invited', { names: cancelled ? invitedPeople.map((p) => p.name).join(', ') : names }),
        isCancelled: cancelled,
        isOpen: !cancelled,
        cancelledTitle: (0, i18n_1.t)(locale, 'meetings.card.cancelled'),
        cancelledText: (0, i18n_1.t)(locale, 'meetings.card.cancelledText'),
        title: (0, i18n_1.t)(locale, 'meetings.card.title', { type: (0, common_1.typeName)(m.meetingType, locale) }),
        facts,
        agendaTitle: (0, i18n_1.t)(locale, 'meetings.card.agenda'),
        agenda: m.agenda.length ? m.agenda.map((p, i) => ({ text: `${i + 1}. ${p}` })) : [{ text: (0, i18n_1.t)(locale, 'meetings.card.noAgenda') }],
        referentLine,
        referatNote: (0, i18n_1.t)(locale, 'meetings.card.referatNote'),
        answersTitle: (0, i18n_1.t)(locale, 'meetings.card.answers'),
        tally: (0, i18n_1.t)(locale, 'meetings.card.tally', { yes: groups.yes.length, no: groups.no.length, maybe: groups.maybe.length, none: groups.none.length }),
        answers,
        hasStale: stale.length > 0,
        staleLine: (0, i18n_1.t)(locale, 'meetings.card.staleAnswers', { names: stale.map((r) => (0, common_1.personName)(view, r.aadObjectId)).join(', ') }),
        hasChange: changeLines.length > 0,
        changeLines,
        hasSequence: m.sequence > 0 && !cancelled,
        sequenceLine: (0, i18n_1.t)(locale, m.sequence === 1 ? 'meetings.card.sequence.one' : 'meetings.card.sequence.other', { n: m.sequence }),
        // Before the meeting "Referatet er skrevet" would only be refused: it appears once the meeting has started,
        // and from then on it is the main referat button.
        canMarkWritten: !cancelled && started && !w.written,
        showReferatLater: !cancelled && !started,
        referatLater: (0, i18n_1.t)(locale, 'meetings.card.referatLater'),
        volunteerMode: started ? 'secondary' : 'primary',
        skipReasons: meetings_1.USER_SKIP_REASONS.map((r) => ({ title: meetings_1.SKIP_REASON_INFO[r].label[locale], value: r })),
        icsUrl: (0, common_1.icsUrl)(opts.publicUrl, m),
        labels: {
            yes: (0, i18n_1.t)(locale, 'meetings.card.yes'),
            no: (0, i18n_1.t)(locale, 'meetings.card.no'),
            maybe: (0, i18n_1.t)(locale, 'meetings.card.maybe'),
            volunteer: (0, i18n_1.t)(locale, 'meetings.card.volunteer'),
            swap: (0, i18n_1.t)(locale, 'meetings.card.swap'),
            skip: (0, i18n_1.t)(locale, 'meetings.card.skip'),
            skipReason: (0, i18n_1.t)(locale, 'meetings.card.skipReason'),
            skipConfirm: (0, i18n_1.t)(locale, 'meetings.card.skipConfirm'),
            written: (0, i18n_1.t)(locale, 'meetings.card.written'),
            ics: (0, i18n_1.t)(locale, 'meetings.card.ics'),
            icsCancel: (0, i18n_1.t)(locale, 'meetings.card.icsCancel'),
            edit: (0, i18n_1.t)(locale, 'meetings.card.edit'),
            cancel: (0, i18n_1.t)(locale, 'meetings.card.cancel'),
            cancelQuestion: (0, i18n_1.t)(locale, 'meetings.card.cancelQuestion'),
            cancelConfirm: (0, i18n_1.t)(locale, 'meetings.card.cancelConfirm'),
        },
    });
}
//# sourceMappingURL=cards.js.map