"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.respondCurrent = respondCurrent;
exports.loadForPress = loadForPress;
exports.handleStart = handleStart;
exports.handleAgree = handleAgree;
exports.handleCannot = handleCannot;
exports.handlePropose = handlePropose;
exports.handleMajority = handleMajority;
exports.handleRefresh = handleRefresh;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const avklaring_1 = require("../../store/avklaring");
const cases_1 = require("../../store/cases");
const turn_1 = require("../turn");
const cardResponses_1 = require("../cardResponses");
const app_1 = require("../app");
const common_1 = require("./common");
const cardActions_1 = require("../cardActions");
const decision_1 = require("./decision");
const recommendation_1 = require("./recommendation");
const meetingCard_1 = require("./meetingCard");
const positions_1 = require("./positions");
const outbox_1 = require("./outbox");
const outbox_2 = require("../outbox");
const outbox_3 = require("../../store/outbox");
/**
 * Answers with the current card and, when asked, updates the shared message. The card is rendered from a fresh
 * read; if the avklaring moved on while rendering (another press), render again so a slow press does not put
 * an older card over a newer one.
 */
async function respondCurrent(ctx, context, locale, owner, avklaringId, updateShared) {
    let doc = await ctx.avklaringer.get(owner, avklaringId);
    if (!doc)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
    let card = await (0, meetingCard_1.currentCard)(ctx, locale, owner, doc, context);
    for (let i = 0; i < 3; i++) {
        const again = await ctx.avklaringer.get(owner, avklaringId);
        if (!again || again.version === doc.version)
            break;
        doc = again;
        card = await (0, meetingCard_1.currentCard)(ctx, locale, owner, doc, context);
    }
    await (0, cardResponses_1.respondWithCard)(context, card, { updateShared });
}
/**
 * Common start of every shared-card press: parse, load, refuse non-participants (a message, nothing else).
 * Automatic refreshes are answered here with the current card and never go further.
 */
async function loadForPress(ctx, context, locale, opts = {}) {
    const data = (0, cardActions_1.actionData)(context);
    const ref = common_1.avklaringRefSchema.safeParse(data);
    if (!ref.success) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
        return undefined;
    }
    const owner = (0, turn_1.ownerScope)(context);
    const doc = await ctx.avklaringer.get(owner, ref.data.avklaringId);
    if (!doc) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
        return undefined;
    }
    if ((0, cardActions_1.isAutomatic)(context)) {
        await (0, cardResponses_1.respondWithCard)(context, await (0, meetingCard_1.currentCard)(ctx, locale, owner, doc, context), { updateShared: false });
        return undefined;
    }
    const actor = (0, turn_1.actorId)(context);
    if (!actor || !(0, common_1.isParticipant)(doc, actor)) {
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.refused_non_participant');
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
        return undefined;
    }
    if (opts.convenerOnly && doc.convenerId !== actor) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.meeting.onlyConvener'));
        return undefined;
    }
    if (doc.status !== 'open') {
        // Ended before: a re-delivery of the press that ended it (or any later press) finishes what that left.
        if ((0, outbox_3.stepsOf)(doc).length > 0) {
            await (0, outbox_1.answerAfterEnding)(ctx, context, locale, owner, doc.avklaringId, (shared) => respondCurrent(ctx, context, locale, owner, doc.avklaringId, shared), { updateShared: false });
            return undefined;
        }
        await (0, cardResponses_1.respondWithCard)(context, await (0, meetingCard_1.currentCard)(ctx, locale, owner, doc, context), { updateShared: false });
        return undefined;
    }
    return { owner, doc, actor, data, cardVersion: ref.data.cardVersion };
}
/** "Start avklaringsmøte" on the recommendation card: posts the shared meeting card. */
async function handleStart(ctx, context, locale) {
    const data = (0, cardActions_1.actionData)(context);
    const ref = common_1.avklaringRefSchema.safeParse(data);
    const owner = (0, turn_1.ownerScope)(context);
    const doc = ref.success ? await ctx.avklaringer.get(owner, ref.data.avklaringId) : undefined;
    if (!doc)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
    const caseDoc = await ctx.cases.get(owner, doc.caseRef);
    if ((0, cardActions_1.isAutomatic)(context))
        return (0, cardResponses_1.respondWithCard)(context, (0, recommendation_1.recommendationCard)(locale, doc, await (0, recommendation_1.startPeopleFor)(ctx, context, owner, doc, caseDoc)), { updateShared: false });
    const actor = (0, turn_1.actorId)(context);
    if (doc.status !== 'recommended') {
        if (!caseDoc || !actor || !(0, cases_1.isCaseMember)(caseDoc, actor))
            return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
        // Started before: a re-delivery of the start (or a later press) finishes what the start left, e.g. the card.
        if ((0, outbox_3.stepsOf)(doc).length > 0)
            return answerAfterStart(ctx, context, locale, owner, doc, caseDoc, (0, outbox_2.newLease)(ctx.deps), false);
        return (0, cardResponses_1.respondWithCard)(context, (0, recommendation_1.recommendationCard)(locale, doc, await (0, recommendation_1.startPeopleFor)(ctx, context, owner, doc, caseDoc)), { updateShared: false });
    }
    // Case members and whoever is in the conversation now may start it and be chosen.
    const roster = await (0, recommendation_1.rosterNow)(ctx, context);
    const everyone = (0, recommendation_1.unionOf)(caseDoc?.members ?? [], roster);
    if (!caseDoc || !actor || !everyone.some((m) => m.aadObjectId === actor))
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
    const people = (0, recommendation_1.startPeople)(doc, caseDoc.members, roster, owner.startsWith('team:'));
    const chosen = zod_1.z.string().max(5000).safeParse(data.participants ?? '');
    const ids = new Set((chosen.success ? chosen.data : '').split(',').map((s) => s.trim()).filter(Boolean));
    ids.add(actor);
    const byId = new Map(everyone.map((m) => [m.aadObjectId, m]));
    const picked = [...ids].map((id) => byId.get(id)).filter((m) => !!m);
    if (picked.length > recommendation_1.MAX_PARTICIPANTS)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.rec.tooManyParticipants', { max: recommendation_1.MAX_PARTICIPANTS }));
    const participants = picked.map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, ...(m.teamsId ? { teamsId: m.teamsId } : {}) }));
    if (participants.length < 2)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.rec.tooFewParticipants'));
    const now = ctx.deps.now().toISOString();
    const opId = context.activity.id ?? (0, node_crypto_1.randomUUID)();
    const lease = (0, outbox_2.newLease)(ctx.deps);
    // The address first: the background sweep posts the shared card with it if this turn does not get that far.
    await (0, turn_1.rememberConversation)(context, ctx.conversations, locale, ctx.deps.now());
    const outcome = await ctx.avklaringer.update(owner, doc.avklaringId, (current) => {
        if (!current || current.status !== 'recommended')
            return { kind: 'unchanged', result: false };
        const open = { ...current, status: 'open', participants, convenerId: actor, startedAt: now, version: current.version + 1 };
        // Participants who joined the conversation after the case was made become members of the case, so they may
        // act on it later (meetings, referat) like the others; then the shared card goes out.
        return { kind: 'write', doc: (0, outbox_3.withSteps)(open, [outbox_1.steps.caseMembers(picked, opId), outbox_1.steps.post(locale, opId)], now, lease), result: true };
    }, context.activity.id);
    const started = outcome.doc ?? doc;
    const startedHere = outcome.written && outcome.result;
    if (startedHere)
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.meeting_started', { caseRef: doc.caseRef, participants: participants.length });
    return answerAfterStart(ctx, context, locale, owner, started, caseDoc, startedHere ? lease : (0, outbox_2.newLease)(ctx.deps), outcome.written, people);
}
/**
 * Finishes the start (participants into the case, the shared card posted) and answers: the recommendation card
 * as started, or, while the shared card is not out yet, a message saying so.
 */
async function answerAfterStart(ctx, context, locale, owner, doc, caseDoc, lease, updateShared, people) {
    const result = await (0, outbox_1.finishAvklaring)(ctx, owner, doc.avklaringId, { lease, context });
    const now = result.doc ?? doc;
    const card = (0, recommendation_1.recommendationCard)(locale, now, people ?? (await (0, recommendation_1.startPeopleFor)(ctx, context, owner, now, caseDoc)));
    if (result.status === 'done' || result.status === 'missing')
        return (0, cardResponses_1.respondWithCard)(context, card, { updateShared });
    const posted = !(0, outbox_3.stepsOf)(now).some((s) => s.step === outbox_1.AVKLARING_STEPS.post);
    (0, app_1.turnLogger)(context, ctx.deps.logger).warn('avklaring.start_unfinished', { status: result.status, left: (0, outbox_3.stepsOf)(now).length });
    if (updateShared) {
        try {
            await (0, cardResponses_1.updateSharedCard)(context, card);
        }
        catch {
            // The recommendation card refreshes itself; the presser hears below how far the start got.
        }
    }
    if (posted)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.unfinished'));
    return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, result.status === 'busy' ? 'avklaring.rec.startPosting' : 'avklaring.rec.startNotPosted'));
}
/**
 * Stale-card rule for positions: agreeing, proposing and "I cannot take it" are idempotent statements about
 * oneself, so they are applied from an older card as long as the meeting is open and the proposal exists;
 * the answer is always the current card. Convener actions (majority) on an older card apply nothing.
 */
async function handleAgree(ctx, context, locale) {
    const ref = await pressRef(ctx, context, locale);
    if (!ref)
        return;
    const proposalId = zod_1.z.string().regex(/^[a-f0-9]{16}$/).safeParse(ref.data.proposalId);
    if (!proposalId.success)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.meeting.unknownProposal'));
    await (0, positions_1.pressPosition)(ctx, { ...ref.press, change: { agreesWith: proposalId.data } });
}
async function handleCannot(ctx, context, locale) {
    const ref = await pressRef(ctx, context, locale);
    if (!ref)
        return;
    await (0, positions_1.pressPosition)(ctx, { ...ref.press, change: { cannotTake: true } });
}
/**
 * The cheap start of a position press: parse it and answer automatic refreshes; the avklaring itself is read
 * (and the presser checked against its participants) once per group in positions.ts.
 */
async function pressRef(ctx, context, locale) {
    const data = (0, cardActions_1.actionData)(context);
    const ref = common_1.avklaringRefSchema.safeParse(data);
    const actor = (0, turn_1.actorId)(context);
    if (!ref.success) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
        return undefined;
    }
    if ((0, cardActions_1.isAutomatic)(context)) {
        await handleRefresh(ctx, context, locale);
        return undefined;
    }
    if (!actor) {
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
        return undefined;
    }
    return { press: { context, locale, owner: (0, turn_1.ownerScope)(context), avklaringId: ref.data.avklaringId, actor, opId: context.activity.id ?? (0, node_crypto_1.randomUUID)() }, data };
}
async function handlePropose(ctx, context, locale) {
    const loaded = await loadForPress(ctx, context, locale);
    if (!loaded)
        return;
    const { owner, doc, actor, data } = loaded;
    const serviceId = zod_1.z.string().safeParse(data.proposeService);
    const personId = data.proposePerson === undefined || data.proposePerson === '' ? undefined : String(data.proposePerson);
    const person = personId ? (0, common_1.participant)(doc, personId) : undefined;
    if (!serviceId.success || !(0, meetingCard_1.serviceIdsOf)(doc).includes(serviceId.data) || (personId && !person))
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.meeting.badInput'));
    const proposalId = (0, avklaring_1.proposalIdFor)(actor, serviceId.data);
    const now = ctx.deps.now().toISOString();
    // Without an activity id a re-delivery cannot be recognised anyway; a fresh id keeps this press apart.
    const opId = context.activity.id ?? (0, node_crypto_1.randomUUID)();
    const written = await ctx.avklaringer.updateProposal(owner, doc.avklaringId, proposalId, (current) => {
        if (current && current.person?.aadObjectId === person?.aadObjectId)
            return { kind: 'unchanged', result: undefined };
        const base = current ?? {
            id: '',
            pk: owner,
            type: 'avklaring-proposal',
            ops: [],
            avklaringId: doc.avklaringId,
            caseRef: doc.caseRef,
            proposalId,
            serviceId: serviceId.data,
            proposedBy: actor,
            createdAt: now,
        };
        const next = { ...base };
        if (person)
            next.person = person;
        else
            delete next.person;
        return { kind: 'write', doc: next, result: undefined };
    }, opId);
    if (written.duplicate)
        return respondCurrent(ctx, context, locale, owner, doc.avklaringId, false);
    // Proposing counts as agreeing with one's own proposal.
    await (0, positions_1.pressPosition)(ctx, {
        context,
        locale,
        owner,
        avklaringId: doc.avklaringId,
        actor,
        opId,
        change: { agreesWith: proposalId },
        proposalWritten: written.written,
    });
}
/**
 * "Bekreft flertallets valg": convener only, only on the current card (the majority they saw), and only when
 * more than half of the participants agree with one proposal.
 */
async function handleMajority(ctx, context, locale) {
    const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
    if (!loaded)
        return;
    const { owner, doc } = loaded;
    if (loaded.cardVersion < doc.version)
        return respondCurrent(ctx, context, locale, owner, doc.avklaringId, false);
    const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
    const result = (0, decision_1.tally)(doc, votes, proposals);
    if (!result.majority)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.meeting.noMajority', { needed: result.needed, total: result.total }));
    const made = await (0, decision_1.decide)(ctx, owner, doc, result.majority, 'majority', result.agreeing.get(result.majority.proposalId) ?? [], context.activity.id);
    if (made)
        (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'majority' });
    // decide() ran the steps already; whatever failed there is tried once more here, in this turn.
    await (0, outbox_1.answerAfterEnding)(ctx, context, locale, owner, doc.avklaringId, (shared) => respondCurrent(ctx, context, locale, owner, doc.avklaringId, shared), { updateShared: made });
}
/** "avklaring.refresh" (the card's automatic refresh, or a manual one): read only, never a write or a PUT. */
async function handleRefresh(ctx, context, locale) {
    const ref = common_1.avklaringRefSchema.safeParse((0, cardActions_1.actionData)(context));
    const owner = (0, turn_1.ownerScope)(context);
    const doc = ref.success ? await ctx.avklaringer.get(owner, ref.data.avklaringId) : undefined;
    if (!doc)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
    await (0, cardResponses_1.respondWithCard)(context, await (0, meetingCard_1.currentCard)(ctx, locale, owner, doc, context), { updateShared: false });
}
//# sourceMappingURL=meeting.js.map