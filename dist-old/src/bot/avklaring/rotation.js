"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PERIOD_MONTHS = exports.HANDOVER_KIND = void 0;
exports.noAgreementCard = noAgreementCard;
exports.handleNoAgreement = handleNoAgreement;
exports.handleBack = handleBack;
exports.handoverAt = handoverAt;
exports.rotationSchedule = rotationSchedule;
exports.handleRotation = handleRotation;
exports.scheduleHandover = scheduleHandover;
exports.mentionOf = mentionOf;
exports.handoverSender = handoverSender;
exports.handleReferral = handleReferral;
exports.handleEscalate = handleEscalate;
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const turn_1 = require("../turn");
const cardResponses_1 = require("../cardResponses");
const app_1 = require("../app");
const common_1 = require("./common");
const cardActions_1 = require("../cardActions");
const decision_1 = require("./decision");
const recommendation_1 = require("./recommendation");
const meeting_1 = require("./meeting");
const outbox_1 = require("./outbox");
const outbox_2 = require("../outbox");
const meetingCard_1 = require("./meetingCard");
exports.HANDOVER_KIND = 'avklaring-handover';
exports.DEFAULT_PERIOD_MONTHS = 12;
const MAX_POSITIONS = 10;
const SKIP = 'none';
/** The convener's "Ingen enighet" card: rotation (order, period, start) or escalation to a leader. */
/** Teams refuses cards over 28 KB; leave room for what Teams adds around the card. */
const CARD_BUDGET_BYTES = 26 * 1024;
const cardBytes = (card) => Buffer.byteLength(JSON.stringify(card), 'utf8');
/**
 * The rotation card offers a person for every position and every leader in the team; with many participants
 * or a large team that passes Teams' card limit. Then the person lists go first (a person per position is
 * optional: the service names its person at handover), and the leader list is shortened to fit.
 */
function noAgreementCard(locale, doc, leaders, today) {
    let card = noAgreementCardWith(locale, doc, leaders, today, true);
    if (cardBytes(card) <= CARD_BUDGET_BYTES)
        return card;
    card = noAgreementCardWith(locale, doc, leaders, today, false);
    for (let keep = leaders.length; cardBytes(card) > CARD_BUDGET_BYTES && keep > 5;) {
        keep = Math.max(5, Math.floor(keep * 0.75));
        card = noAgreementCardWith(locale, doc, leaders.slice(0, keep), today, false);
    }
    return card;
}
function noAgreementCardWith(locale, doc, leaders, today, withPersons) {
    const ids = [...doc.recommendation.rankedServiceIds.filter((id) => (0, meetingCard_1.serviceIdsOf)(doc).includes(id))].slice(0, MAX_POSITIONS);
    const serviceChoices = ids.map((id) => ({ title: (0, common_1.serviceName)(doc.profileId, id, locale), value: id }));
    const personChoices = withPersons ? doc.participants.map((p) => ({ title: p.name, value: p.aadObjectId })) : [];
    const unit = (0, recommendation_1.decidingUnit)(doc);
    const short = unit ? (0, common_1.unitShort)(unit, locale) : '';
    return (0, render_1.renderCard)('avklaring-noagreement', {
        title: (0, i18n_1.t)(locale, 'avklaring.noagree.title'),
        caseLine: `${(0, i18n_1.t)(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
        intro: unit ? (0, i18n_1.t)(locale, 'avklaring.noagree.unitIntro', { unit: short, unitFull: unit[locale] }) : (0, i18n_1.t)(locale, 'avklaring.noagree.intro'),
        // Where a unit decides which service coordinates, rotating or letting a leader pick would settle what is
        // the unit's to decide: the card then offers sending it there.
        unitMode: !!unit,
        referTitle: unit ? (0, i18n_1.t)(locale, 'avklaring.noagree.referTitle', { unit: short }) : '',
        referHint: unit ? (0, i18n_1.t)(locale, 'avklaring.noagree.referHint', { unit: short }) : '',
        referButton: unit ? (0, i18n_1.t)(locale, 'avklaring.noagree.chooseRefer', { unit: short }) : '',
        rotationTitle: (0, i18n_1.t)(locale, 'avklaring.noagree.rotationTitle'),
        rotationHint: (0, i18n_1.t)(locale, 'avklaring.noagree.rotationHint'),
        personsHint: withPersons ? '' : (0, i18n_1.t)(locale, 'avklaring.noagree.personsLater'),
        positions: ids.map((id, i) => ({
            serviceId: `rot${i}`,
            personId: `rotp${i}`,
            serviceLabel: (0, i18n_1.t)(locale, 'avklaring.noagree.position', { n: i + 1 }),
            personLabel: (0, i18n_1.t)(locale, 'avklaring.noagree.positionPerson', { n: i + 1 }),
            value: id,
            // Positions after the second can be left out, so a rotation need not include every service.
            serviceChoices: i < 2 ? serviceChoices : [...serviceChoices, { title: (0, i18n_1.t)(locale, 'avklaring.noagree.skip'), value: SKIP }],
            personChoices,
        })),
        periodLabel: (0, i18n_1.t)(locale, 'avklaring.noagree.period'),
        period: exports.DEFAULT_PERIOD_MONTHS,
        startLabel: (0, i18n_1.t)(locale, 'avklaring.noagree.start'),
        startDate: today,
        rotationButton: (0, i18n_1.t)(locale, 'avklaring.noagree.chooseRotation'),
        escalationTitle: (0, i18n_1.t)(locale, 'avklaring.noagree.escalationTitle'),
        escalationHint: (0, i18n_1.t)(locale, 'avklaring.noagree.escalationHint'),
        leaderLabel: (0, i18n_1.t)(locale, 'avklaring.noagree.leader'),
        leaderChoices: leaders.map((m) => ({ title: m.name, value: m.aadObjectId })),
        escalationButton: (0, i18n_1.t)(locale, 'avklaring.noagree.chooseEscalation'),
        backButton: (0, i18n_1.t)(locale, 'avklaring.noagree.back'),
        verbs: common_1.VERBS,
        common: { avklaringId: doc.avklaringId, cardVersion: doc.version },
    });
}
/** Answered to the convener only (no shared update): the others keep the meeting card until a choice is made. */
async function handleNoAgreement(ctx, context, locale) {
    const loaded = await (0, meeting_1.loadForPress)(ctx, context, locale, { convenerOnly: true });
    if (!loaded)
        return;
    const leaders = await leaderCandidates(ctx, context, loaded.owner, loaded.doc);
    await (0, cardResponses_1.respondWithCard)(context, noAgreementCard(locale, loaded.doc, leaders, ctx.deps.now().toISOString().slice(0, 10)), { updateShared: false });
}
/**
 * Who can be named leader: the conversation roster now (a leader may have joined the chat for this), plus
 * the case members; the case members alone when the roster cannot be read.
 */
async function leaderCandidates(ctx, context, owner, doc) {
    const caseDoc = await ctx.cases.get(owner, doc.caseRef);
    return (0, recommendation_1.unionOf)(caseDoc?.members ?? [], await (0, recommendation_1.rosterNow)(ctx, context)).slice(0, 100);
}
async function handleBack(ctx, context, locale) {
    const loaded = await (0, meeting_1.loadForPress)(ctx, context, locale);
    if (!loaded)
        return;
    await (0, meeting_1.respondCurrent)(ctx, context, locale, loaded.owner, loaded.doc.avklaringId, false);
}
function addMonths(date, months) {
    const [y, m, d] = date.split('-').map(Number);
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, lastDay));
    return target.toISOString().slice(0, 10);
}
function handoverAt(rotation, k) {
    const h = rotation.handovers[k % rotation.handovers.length];
    return {
        index: k,
        serviceId: h.serviceId,
        ...(h.person ? { person: h.person } : {}),
        from: addMonths(rotation.startDate, k * rotation.periodMonths),
        to: addMonths(rotation.startDate, (k + 1) * rotation.periodMonths),
    };
}
/** The handover dates of the first round: holder i has the role from start + i·period until the next one takes over. */
function rotationSchedule(order, startDate, periodMonths) {
    return order.map((_, i) => handoverAt({ periodMonths, startDate, handovers: order }, i));
}
const rotationInputSchema = zod_1.z.object({
    periodMonths: zod_1.z.preprocess((v) => (v === undefined || v === '' ? exports.DEFAULT_PERIOD_MONTHS : typeof v === 'string' ? Number(v) : v), zod_1.z.number().int().min(1).max(60)),
    startDate: zod_1.z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
    cardVersion: cardActions_1.cardVersionSchema,
});
/** Handover reminders are sent at 07:00 UTC on the handover day (morning in Norway). */
const dueAtOf = (h) => `${h.from}T07:00:00.000Z`;
const reminderIdOf = (avklaringId, index) => `avklaring-handover:${avklaringId}:${index}`;
async function handleRotation(ctx, context, locale) {
    const loaded = await (0, meeting_1.loadForPress)(ctx, context, locale, { convenerOnly: true });
    if (!loaded)
        return;
    const { owner, doc, data } = loaded;
    if (await refusedWhereUnitDecides(context, locale, doc))
        return;
    const input = rotationInputSchema.safeParse(data);
    const allowed = (0, meetingCard_1.serviceIdsOf)(doc);
    const order = [];
    let bad = !input.success;
    for (let i = 0; i < MAX_POSITIONS; i++) {
        const s = data[`rot${i}`];
        if (s === undefined || s === '' || s === SKIP)
            continue;
        const p = data[`rotp${i}`];
        const person = p === undefined || p === '' ? undefined : (0, common_1.participant)(doc, String(p));
        if (typeof s !== 'string' || !allowed.includes(s) || order.some((o) => o.serviceId === s) || (p !== undefined && p !== '' && !person))
            bad = true;
        else
            order.push({ serviceId: s, ...(person ? { person } : {}) });
    }
    if (bad || !input.success || order.length < 2)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.noagree.badRotation'));
    const handovers = rotationSchedule(order, input.data.startDate, input.data.periodMonths);
    const first = handovers[0];
    // The address first: handover reminders (and the sweep) send with it.
    await (0, turn_1.rememberConversation)(context, ctx.conversations, locale, ctx.deps.now());
    const lease = (0, outbox_2.newLease)(ctx.deps);
    const made = await ctx.avklaringer.end(owner, doc.avklaringId, { status: 'rotation', rotation: { periodMonths: input.data.periodMonths, startDate: input.data.startDate, handovers } }, context.activity.id, {
        steps: [
            outbox_1.steps.coordinator({
                service: first.serviceId,
                ...(first.person ? { aadObjectId: first.person.aadObjectId, name: first.person.name } : {}),
                // The first holder has the role from the chosen start date, not from the moment of the press.
                since: `${first.from}T00:00:00.000Z`,
                decidedBy: 'rotation',
                until: first.to,
            }, `avklaring-rotation:${doc.avklaringId}`),
            outbox_1.steps.nudge(),
            outbox_1.steps.handover(1),
        ],
        now: ctx.deps.now().toISOString(),
        lease,
    });
    if (made)
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.rotation', { caseRef: doc.caseRef, holders: handovers.length });
    await (0, outbox_1.answerAfterEnding)(ctx, context, locale, owner, doc.avklaringId, (shared) => (0, meeting_1.respondCurrent)(ctx, context, locale, owner, doc.avklaringId, shared), { lease: made ? lease : undefined, updateShared: made });
}
async function scheduleHandover(ctx, owner, doc, h) {
    await ctx.reminders.schedule({
        id: reminderIdOf(doc.avklaringId, h.index),
        kind: exports.HANDOVER_KIND,
        dueAt: dueAtOf(h),
        conversationId: doc.conversationId,
        payload: { owner, avklaringId: doc.avklaringId, index: h.index },
        caseRef: doc.caseRef,
    });
}
function mentionOf(person) {
    if (!person?.teamsId)
        return { text: person?.name ?? '', entities: [] };
    const text = `<at>${person.name}</at>`;
    return { text, entities: [{ type: 'mention', text, mentioned: { id: person.teamsId, name: person.name } }] };
}
/**
 * Sends the handover message to the conversation, moves the coordinator on the case to the next holder and
 * schedules the following handover. Each step is applied once even if the worker retries this reminder.
 */
function handoverSender(ctx) {
    return async (context, reminder, locale) => {
        const owner = String(reminder.payload.owner ?? '');
        const avklaringId = String(reminder.payload.avklaringId ?? '');
        const index = Number(reminder.payload.index);
        const doc = await ctx.avklaringer.get(owner, avklaringId);
        if (!doc?.rotation || !Number.isInteger(index) || index < 0)
            return; // the avklaring was deleted with its case: nothing to hand over
        if (await rotationOver(ctx, owner, doc))
            return;
        const h = handoverAt(doc.rotation, index);
        // The store first (each write applied once, however often this runs), the message last: a retry of this
        // reminder then repeats only what cannot be checked, the message (at least once), never a lost handover.
        await (0, decision_1.recordCoordinator)(ctx, owner, doc.caseRef, {
            service: h.serviceId,
            ...(h.person ? { aadObjectId: h.person.aadObjectId, name: h.person.name } : {}),
            since: `${h.from}T00:00:00.000Z`,
            decidedBy: 'rotation',
            until: h.to,
        }, `avklaring-handover:${avklaringId}:${index}`);
        // Round the order again and again, one reminder at a time, until the case is closed or the rotation replaced.
        await scheduleHandover(ctx, owner, doc, handoverAt(doc.rotation, index + 1));
        const who = mentionOf(h.person);
        const holder = h.person ? `${(0, common_1.serviceName)(doc.profileId, h.serviceId, locale)} (${who.text})` : (0, decision_1.holderLabel)(doc, h.serviceId, undefined, locale);
        await context.sendActivity({
            type: 'message',
            text: (0, i18n_1.t)(locale, 'avklaring.rotation.handover', { caseRef: doc.caseRef, holder, to: (0, common_1.showDate)(h.to, locale) }),
            entities: who.entities,
        });
    };
}
/**
 * The rotation goes round until the case is closed or the coordinator is settled another way: set by other
 * means than rotation, or a later avklaring on the same case has ended (its outcome replaces this one).
 */
async function rotationOver(ctx, owner, doc) {
    const caseDoc = await ctx.cases.get(owner, doc.caseRef);
    if (!caseDoc || caseDoc.status === 'closed')
        return true;
    if (caseDoc.coordinator && caseDoc.coordinator.decidedBy !== 'rotation')
        return true;
    const others = await ctx.avklaringer.forCase(owner, doc.caseRef);
    return others.some((o) => o.avklaringId !== doc.avklaringId && o.status !== 'recommended' && o.status !== 'open' && (o.startedAt ?? o.createdAt) > (doc.startedAt ?? doc.createdAt));
}
/** Rotation and "a leader decides" are not for cases where a unit (KTK) decides: a clear message, nothing changed. */
async function refusedWhereUnitDecides(context, locale, doc) {
    const unit = (0, recommendation_1.decidingUnit)(doc);
    if (!unit)
        return false;
    await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.noagree.unitDecides', { unit: (0, common_1.unitShort)(unit, locale) }));
    return true;
}
/**
 * "Send til KTK": where a unit decides which service coordinates, the convener ends the meeting by sending the
 * question there, with the proposals and their support as they stood (service and staff names only).
 */
async function handleReferral(ctx, context, locale) {
    const loaded = await (0, meeting_1.loadForPress)(ctx, context, locale, { convenerOnly: true });
    if (!loaded)
        return;
    const { owner, doc, actor } = loaded;
    if (!(0, recommendation_1.decidingUnit)(doc))
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.noagree.noUnit'));
    const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
    const result = (0, decision_1.tally)(doc, votes, proposals);
    const referral = {
        at: ctx.deps.now().toISOString(),
        by: actor,
        total: result.total,
        proposals: proposals
            .map((p) => ({ serviceId: p.serviceId, ...(p.person ? { person: p.person } : {}), agreed: result.agreeing.get(p.proposalId)?.length ?? 0 }))
            .sort((a, b) => b.agreed - a.agreed)
            .slice(0, 60),
    };
    const made = await ctx.avklaringer.end(owner, doc.avklaringId, { status: 'referred', referral }, context.activity.id);
    if (made)
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.referred', { caseRef: doc.caseRef, proposals: referral.proposals.length });
    await (0, meeting_1.respondCurrent)(ctx, context, locale, owner, doc.avklaringId, made);
}
const escalationSchema = zod_1.z.object({ leader: zod_1.z.string().min(1).max(100) });
async function handleEscalate(ctx, context, locale) {
    const loaded = await (0, meeting_1.loadForPress)(ctx, context, locale, { convenerOnly: true });
    if (!loaded)
        return;
    const { owner, doc, data } = loaded;
    if (await refusedWhereUnitDecides(context, locale, doc))
        return;
    const input = escalationSchema.safeParse(data);
    const member = input.success ? (await leaderCandidates(ctx, context, owner, doc)).find((m) => m.aadObjectId === input.data.leader) : undefined;
    if (!member)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.noagree.badLeader'));
    const leader = { aadObjectId: member.aadObjectId, name: member.name, ...(member.teamsId ? { teamsId: member.teamsId } : {}) };
    const now = ctx.deps.now().toISOString();
    const lease = (0, outbox_2.newLease)(ctx.deps);
    const made = await ctx.avklaringer.end(owner, doc.avklaringId, { status: 'escalated', escalation: { leader, at: now } }, context.activity.id, {
        steps: [outbox_1.steps.escalate(leader), outbox_1.steps.escalationMessage(leader, locale)],
        now,
        lease,
    });
    if (made)
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.escalated', { caseRef: doc.caseRef });
    await (0, outbox_1.answerAfterEnding)(ctx, context, locale, owner, doc.avklaringId, (shared) => (0, meeting_1.respondCurrent)(ctx, context, locale, owner, doc.avklaringId, shared), { lease: made ? lease : undefined, updateShared: made });
}
//# sourceMappingURL=rotation.js.map