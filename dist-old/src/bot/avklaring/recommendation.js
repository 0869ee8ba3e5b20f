"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PARTICIPANTS = exports.MAX_CHOICES = void 0;
exports.adviceOf = adviceOf;
exports.recommendationSummary = recommendationSummary;
exports.decidingUnit = decidingUnit;
exports.startPeople = startPeople;
exports.unionOf = unionOf;
exports.rosterNow = rosterNow;
exports.startPeopleFor = startPeopleFor;
exports.recommendationData = recommendationData;
exports.recommendationCard = recommendationCard;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const avklaring_1 = require("../../domain/avklaring");
const sources_1 = require("../../domain/sources");
const roster_1 = require("../roster");
const log_1 = require("../../log");
const app_1 = require("../app");
const common_1 = require("./common");
/** The advice again from the stored answers (the engine is pure, so it is what the user saw unless the rules changed since). */
function adviceOf(doc) {
    // Answers stored before the "must the services coordinate among themselves" question existed: an
    // individuell plan was only found when that was so, and the advice must stay what the user saw.
    const answers = doc.answers.mustCoordinateAmongThemselves === undefined && doc.recommendation.planKind === 'individuell-plan'
        ? { ...doc.answers, mustCoordinateAmongThemselves: true }
        : doc.answers;
    const parsed = (0, avklaring_1.parseAdviceInput)(answers);
    if (!parsed.ok)
        return undefined;
    const advice = (0, avklaring_1.advise)(parsed.value);
    return advice.ok ? advice : undefined;
}
/** What the avklaring document keeps of the advice: enough to show it in lists without running the rules again. */
function recommendationSummary(advice) {
    return {
        planNeeded: advice.planNeeded.needed,
        planKind: advice.planType.kind,
        suggestedServiceId: advice.suggestedServiceId,
        rankedServiceIds: advice.candidates.map((c) => c.serviceId),
        decidedByUnit: advice.planType.decidedBy?.unit ?? null,
    };
}
/**
 * The unit that decides which service coordinates (Vestre Toten: KTK for individuell plan), or null when the
 * services settle it themselves. Then the meeting only agrees on a proposal to that unit.
 */
function decidingUnit(doc) {
    if (doc.recommendation.decidedByUnit !== undefined)
        return doc.recommendation.decidedByUnit;
    return adviceOf(doc)?.planType.decidedBy?.unit ?? null;
}
/** Most people a recommendation card offers as participants (the avklaring keeps at most 60). */
exports.MAX_CHOICES = 60;
/**
 * Most people who can take part in one avklaringsmøte. The shared meeting card lists each of them with their
 * position; with 30 long names it still stays under Teams' 28 KB card limit (checked by the card samples).
 */
exports.MAX_PARTICIPANTS = 30;
/**
 * Everyone who may take part: the case's stored members and the people in the conversation now (someone may
 * have joined the chat after the case was made). Ticked in advance: the one who asked for the advice, and in
 * a chat the case members too; in a channel the stored members are the whole team, so the rest are picked on
 * the card (a unanimous decision needs every participant).
 */
function startPeople(doc, caseMembers, roster, inChannel) {
    const all = unionOf(caseMembers, roster);
    const creator = all.filter((m) => m.aadObjectId === doc.createdBy);
    const offered = [...creator, ...all.filter((m) => m.aadObjectId !== doc.createdBy)].slice(0, exports.MAX_CHOICES);
    const ticked = new Set([doc.createdBy, ...(inChannel ? [] : caseMembers.map((m) => m.aadObjectId))]);
    // Never more ticked than a meeting takes, or pressing Start unchanged could only be refused.
    return { offered, preselected: offered.filter((m) => ticked.has(m.aadObjectId)).map((m) => m.aadObjectId).slice(0, exports.MAX_PARTICIPANTS) };
}
/**
 * Case members first, then the roster; each person once. Family members never take part (the child and
 * family are not present where the role is discussed), also when the roster lists them like anyone else.
 */
function unionOf(caseMembers, roster) {
    const family = new Set(caseMembers.filter((m) => m.role === 'family').map((m) => m.aadObjectId));
    const byId = new Map();
    for (const m of [...caseMembers, ...roster])
        if (!family.has(m.aadObjectId) && !byId.has(m.aadObjectId))
            byId.set(m.aadObjectId, m);
    return [...byId.values()];
}
/** The conversation roster now; an empty list (and a warning) when the connector cannot give it. */
async function rosterNow(ctx, context) {
    try {
        return await (0, roster_1.conversationMembers)(context);
    }
    catch (err) {
        (0, app_1.turnLogger)(context, ctx.deps.logger).warn('avklaring.roster_failed', (0, log_1.errorFields)(err));
        return [];
    }
}
/** The start choices for a recommendation card; the roster is read only while a meeting can still be started. */
async function startPeopleFor(ctx, context, owner, doc, caseDoc, roster) {
    const members = caseDoc?.members ?? [];
    if (doc.status !== 'recommended')
        return startPeople(doc, members, [], false);
    const here = roster ?? (context ? await rosterNow(ctx, context) : []);
    return startPeople(doc, members, here, owner.startsWith('team:'));
}
/** "Title: section; section" per source document, in the order the card first cites each. */
function sourceLines(locale, sources) {
    const byDoc = new Map();
    for (const s of sources) {
        const prefix = (0, sources_1.citationPrefix)(s.doc, locale);
        const section = s.label[locale].startsWith(prefix) ? s.label[locale].slice(prefix.length) : s.label[locale];
        const sections = byDoc.get(s.doc) ?? [];
        if (!sections.includes(section))
            sections.push(section);
        byDoc.set(s.doc, sections);
    }
    return [...byDoc].map(([doc, sections]) => ({ text: `${sources_1.SOURCE_TITLES[doc][locale]}: ${sections.join('; ')}` }));
}
/** Who coordinates, in a few words for the top of the card; undefined when no one needs the role. */
function whoCoordinates(locale, advice) {
    const { planNeeded, process, candidates } = advice;
    if (planNeeded.code === 'barnekoordinator')
        return (0, i18n_1.t)(locale, 'avklaring.rec.whoBk');
    if (planNeeded.code !== 'plan')
        return undefined;
    if (process.kind === 'keep-existing')
        return (0, i18n_1.t)(locale, 'avklaring.rec.whoExisting');
    const suggested = candidates.find((c) => c.serviceId === advice.suggestedServiceId);
    return suggested ? suggested.name[locale] : (0, i18n_1.t)(locale, 'avklaring.rec.whoUnclear');
}
/**
 * The recommendation as card data: the answer first (plan? which? who? barnekoordinator? next step), and the
 * reasons, every service's verdict, all steps, reminders and the sources behind "Vis mer".
 */
function recommendationData(locale, advice) {
    const yesNo = (b) => (0, i18n_1.t)(locale, b ? 'avklaring.rec.yes' : 'avklaring.rec.no');
    const { planNeeded, planType, barnekoordinator: bk, candidates, process, reminders } = advice;
    const showPlanType = planNeeded.needed || planType.kind === 'iup-iop';
    const who = whoCoordinates(locale, advice);
    const facts = [
        { title: (0, i18n_1.t)(locale, 'avklaring.rec.planNeeded'), value: yesNo(planNeeded.needed) },
        ...(showPlanType ? [{ title: (0, i18n_1.t)(locale, 'avklaring.rec.planType'), value: planType.name[locale] }] : []),
        ...(planNeeded.needed && planType.roleLabel ? [{ title: (0, i18n_1.t)(locale, 'avklaring.rec.role'), value: planType.roleLabel[locale] }] : []),
        ...(who ? [{ title: (0, i18n_1.t)(locale, 'avklaring.rec.whoCoordinates'), value: who }] : []),
        ...(planType.decidedBy ? [{ title: (0, i18n_1.t)(locale, 'avklaring.rec.decidedBy'), value: planType.decidedBy.unit[locale] }] : []),
        { title: (0, i18n_1.t)(locale, 'avklaring.rec.bk'), value: yesNo(bk.right) },
    ];
    const bold = (label, text) => ({ text: `**${label}:** ${text}` });
    // Where the services settle it themselves, the first step only says what to do *if* the table points to you;
    // what everyone does next is the one after it (contact the other service, or the avklaringsmøte).
    const settles = (process.kind === 'agree-directly' || process.kind === 'avklaringsmote') && !process.decidedBy;
    const nextStep = settles ? (process.steps[1] ?? process.steps[0]) : process.steps[0];
    const consent = reminders.filter((r) => r.id === 'consent' || r.id === 'consent-who').map((r) => r.text[locale]);
    const answerLines = [
        ...(bk.right ? [bold((0, i18n_1.t)(locale, 'avklaring.rec.bkHow'), bk.howToGet.text[locale])] : []),
        // With a barnekoordinator route the first step is that route, already said just above.
        ...(process.kind !== 'barnekoordinator' && nextStep ? [bold((0, i18n_1.t)(locale, 'avklaring.rec.next'), nextStep.text[locale])] : []),
        ...(consent.length ? [bold((0, i18n_1.t)(locale, 'avklaring.rec.consent'), consent.join(' '))] : []),
    ];
    const steps = [
        ...process.steps.map((s, i) => ({ text: `${i + 1}. ${s.text[locale]}`, source: s.source })),
        ...(process.ifNoAgreement ? [{ text: `${(0, i18n_1.t)(locale, 'avklaring.rec.ifNoAgreement')}: ${process.ifNoAgreement.text[locale]}`, source: process.ifNoAgreement.source }] : []),
        ...(process.kind === 'agree-directly' || process.kind === 'avklaringsmote' || process.kind === 'nobody-wants'
            ? [{ text: `${(0, i18n_1.t)(locale, 'avklaring.rec.change')}: ${process.changeOfCoordinator.text[locale]}`, source: process.changeOfCoordinator.source }]
            : []),
    ];
    const reasons = [
        { text: planNeeded.reason[locale], source: planNeeded.source },
        ...(showPlanType ? [{ text: planType.reason[locale], source: planType.source }] : []),
        { text: bk.reason[locale], source: bk.source },
        ...(bk.right
            ? [{ text: `${(0, i18n_1.t)(locale, 'avklaring.rec.bkHolder')}: ${bk.holder.text[locale]}${bk.holder.note ? ` ${bk.holder.note[locale]}` : ''}`, source: bk.holder.source }]
            : []),
    ];
    const rows = candidates.map((c) => ({
        // The role is named only where it differs from the plan's (e.g. barnekoordinator, or stafettholder).
        line: `${c.rank}. ${c.name[locale]} – ${(0, i18n_1.t)(locale, `avklaring.verdict.${c.verdict}`)}${c.roleLabel && c.role !== planType.role ? ` (${(0, i18n_1.t)(locale, 'avklaring.rec.roleHere', { role: c.roleLabel[locale] })})` : ''}`,
        reason: c.reason[locale],
        source: c.source,
    }));
    const sources = [
        ...reasons.map((r) => r.source),
        ...(bk.right ? [bk.howToGet.source] : []),
        ...rows.map((r) => r.source),
        ...steps.map((s) => s.source),
        ...reminders.map((r) => r.source),
    ];
    return {
        municipality: advice.profile.displayName[locale],
        facts,
        answerLines,
        more: (0, i18n_1.t)(locale, 'avklaring.rec.more'),
        less: (0, i18n_1.t)(locale, 'avklaring.rec.less'),
        whyTitle: (0, i18n_1.t)(locale, 'avklaring.rec.why'),
        reasons: reasons.map((r) => ({ text: r.text })),
        candidatesTitle: (0, i18n_1.t)(locale, 'avklaring.rec.candidates'),
        candidates: rows.map(({ line, reason }) => ({ line, reason })),
        processTitle: (0, i18n_1.t)(locale, 'avklaring.rec.process'),
        steps: steps.map((s) => ({ text: s.text })),
        remindersTitle: (0, i18n_1.t)(locale, 'avklaring.rec.reminders'),
        reminders: reminders.map((r) => ({ text: r.text[locale] })),
        note: advice.profile.tableNote ? `${(0, i18n_1.t)(locale, 'avklaring.rec.note')}: ${advice.profile.tableNote[locale]}` : '',
        sourcesTitle: (0, i18n_1.t)(locale, 'avklaring.rec.sources'),
        sources: sourceLines(locale, sources),
    };
}
/**
 * The recommendation card; while no meeting has started it also offers "Start avklaringsmøte", when there are
 * at least two services to choose between and two professionals to meet (not in a personal chat).
 */
function recommendationCard(locale, doc, people) {
    const advice = adviceOf(doc);
    if (!advice)
        throw new Error(`stored answers of avklaring ${doc.avklaringId} no longer give advice`);
    // A meeting about who takes the role only makes sense when the services need a plan among themselves.
    const meetingUseful = doc.status === 'recommended' && advice.planNeeded.code === 'plan' && advice.candidates.length >= 2;
    const showStart = meetingUseful && people.offered.length >= 2;
    const choosable = people.offered;
    return (0, render_1.renderCard)('avklaring-recommendation', {
        title: (0, i18n_1.t)(locale, 'avklaring.rec.title'),
        caseLine: `${(0, i18n_1.t)(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
        ...recommendationData(locale, advice),
        showStart,
        showStarted: doc.status !== 'recommended',
        startTitle: (0, i18n_1.t)(locale, 'avklaring.rec.startTitle'),
        startHint: (0, i18n_1.t)(locale, advice.process.kind === 'nobody-wants' ? 'avklaring.rec.startHintNobody' : 'avklaring.rec.startHint'),
        participantsLabel: (0, i18n_1.t)(locale, 'avklaring.rec.participants'),
        memberChoices: choosable.map((m) => ({ title: m.name, value: m.aadObjectId })),
        memberDefault: people.preselected.join(','),
        // A long expanded list pushes the button off screen; a drop-down with ticks holds many names.
        memberStyle: choosable.length > 12 ? 'compact' : 'expanded',
        needsTwo: meetingUseful && !showStart ? (0, i18n_1.t)(locale, 'avklaring.rec.needsTwo') : '',
        startLabel: (0, i18n_1.t)(locale, 'avklaring.rec.start'),
        started: (0, i18n_1.t)(locale, 'avklaring.rec.started'),
        verb: common_1.VERBS.start,
        avklaringId: doc.avklaringId,
        cardVersion: doc.version,
    });
}
//# sourceMappingURL=recommendation.js.map