"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pressPosition = pressPosition;
const i18n_1 = require("../../i18n");
const documents_1 = require("../../store/documents");
const groupCommit_1 = require("../../groupCommit");
const log_1 = require("../../log");
const app_1 = require("../app");
const turn_1 = require("../turn");
const cardResponses_1 = require("../cardResponses");
const common_1 = require("./common");
const decision_1 = require("./decision");
const meetingCard_1 = require("./meetingCard");
const groups = new WeakMap();
/** Records the press with others on the same card and answers it with the card as it is afterwards. */
async function pressPosition(ctx, press) {
    let group = groups.get(ctx);
    if (!group) {
        group = new groupCommit_1.GroupCommit((_key, presses) => commit(ctx, presses));
        groups.set(ctx, group);
    }
    // The group's store work runs once for everyone waiting here, so a waiting press holds no place in the turn
    // limiter: the crowd then lands in one group instead of in groups of the limiter's size.
    (0, turn_1.releaseTurnSlot)(press.context);
    const answer = await group.submit(`${press.owner}\u0000${press.avklaringId}`, press);
    if ('message' in answer)
        await (0, cardResponses_1.respondWithMessage)(press.context, answer.message);
    else
        await (0, cardResponses_1.respondWithCard)(press.context, answer.card, { updateShared: false });
}
async function commit(ctx, presses) {
    const { owner, avklaringId } = presses[0];
    const answers = presses.map(() => undefined);
    const doc = await ctx.avklaringer.get(owner, avklaringId);
    if (!doc)
        return presses.map((p) => ({ message: (0, i18n_1.t)(p.locale, 'error.unknownAction') }));
    presses.forEach((p, i) => {
        if ((0, common_1.isParticipant)(doc, p.actor))
            return;
        (0, app_1.turnLogger)(p.context, ctx.deps.logger).info('avklaring.refused_non_participant');
        answers[i] = { message: (0, i18n_1.t)(p.locale, 'error.notMember') };
    });
    if (doc.status !== 'open') {
        // Decided, rotated or lifted meanwhile: nothing to record, show how it ended.
        const cards = new Map();
        for (const { locale } of presses)
            if (!cards.has(locale))
                cards.set(locale, await (0, meetingCard_1.currentCard)(ctx, locale, owner, doc));
        return answerAll(presses, answers, cards);
    }
    const before = await ctx.avklaringer.positions(owner, avklaringId);
    const proposalIds = new Set(before.proposals.map((p) => p.proposalId));
    const byActor = new Map();
    presses.forEach((p, i) => {
        if (answers[i])
            return;
        if ('agreesWith' in p.change && !proposalIds.has(p.change.agreesWith))
            answers[i] = { message: (0, i18n_1.t)(p.locale, 'avklaring.meeting.unknownProposal') };
        else
            byActor.set(p.actor, [...(byActor.get(p.actor) ?? []), i]);
    });
    let changed = presses.some((p, i) => p.proposalWritten && !answers[i]);
    const now = ctx.deps.now().toISOString();
    await Promise.all([...byActor].map(async ([actor, indexes]) => {
        const mine = indexes.map((i) => presses[i]);
        const known = before.votes.find((v) => v.actorId === actor);
        const outcome = await ctx.avklaringer.updateVote(owner, avklaringId, actor, (current) => applyPresses(current, mine, { owner, doc, actor, now }), {
            known: { doc: known },
        });
        // A write that only recorded activity ids (a press repeating the participant's position) changes no card.
        if (!outcome.written || !outcome.result.includes('applied'))
            return;
        changed = true;
        outcome.result.forEach((status, k) => {
            if (status === 'applied')
                (0, app_1.turnLogger)(mine[k].context, ctx.deps.logger).info('avklaring.position', { caseRef: doc.caseRef });
        });
    }));
    // Nothing changed (repeats, re-deliveries, refusals): answer with the card as read, touch nothing.
    if (!changed)
        return answerAll(presses, answers, renderAll(presses, doc, before.votes, before.proposals));
    let positions = await ctx.avklaringer.positions(owner, avklaringId);
    let current = await settle(ctx, presses, doc, positions);
    let cards = renderAll(presses, current, positions.votes, positions.proposals);
    // Last writer wins on the shared message, so after our update we look once more: if the avklaring moved on
    // meanwhile (another instance), we put the newer card up ourselves rather than leave ours on top.
    const putter = [...presses].reverse().find((p, k) => !answers[presses.length - 1 - k] && p.context.activity.replyToId);
    for (let round = 0; putter && round < 3; round++) {
        try {
            await (0, cardResponses_1.updateSharedCard)(putter.context, cards.get(putter.locale));
        }
        catch (err) {
            // Every press is stored and each presser gets the current card back; the shared message catches up on
            // the next press or when someone opens it (the card refreshes itself). Not worth an error to the group.
            (0, app_1.turnLogger)(putter.context, ctx.deps.logger).warn('avklaring.shared_update_failed', (0, log_1.errorFields)(err));
            break;
        }
        const again = await ctx.avklaringer.get(owner, avklaringId);
        if (!again || (again.version === current.version && again.status === current.status))
            break;
        current = again;
        if (current.status === 'open')
            positions = await ctx.avklaringer.positions(owner, avklaringId);
        cards = renderAll(presses, current, positions.votes, positions.proposals);
    }
    return answerAll(presses, answers, cards);
}
/** After a change: decide when everyone agrees, else bump the card version once for the whole group. */
async function settle(ctx, presses, doc, positions) {
    const { owner, avklaringId } = presses[0];
    const result = (0, decision_1.tally)(doc, positions.votes, positions.proposals);
    if (result.unanimous) {
        const made = await (0, decision_1.decide)(ctx, owner, doc, result.unanimous, 'agreement', result.agreeing.get(result.unanimous.proposalId) ?? []);
        if (made)
            (0, app_1.turnLogger)(presses[presses.length - 1].context, ctx.deps.logger).info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'agreement' });
        return (await ctx.avklaringer.get(owner, avklaringId)) ?? doc;
    }
    // The first attempt writes on the copy read before our votes. If that loses (412), the fresh read comes after
    // our votes were stored; a bump by someone else after that point was rendered with our votes in it, so we
    // need not bump again. This keeps a crowd from turning the parent document into a queue of retries.
    let attempt = 0;
    let seenAfterOurWrites = 0;
    const bumped = await ctx.avklaringer.update(owner, avklaringId, (latest) => {
        attempt++;
        if (!latest || latest.status !== 'open')
            return { kind: 'unchanged', result: undefined };
        if (attempt === 2)
            seenAfterOurWrites = latest.version;
        else if (attempt > 2 && latest.version > seenAfterOurWrites)
            return { kind: 'unchanged', result: undefined };
        return { kind: 'write', doc: { ...latest, version: latest.version + 1 }, result: undefined };
    }, undefined, doc);
    return bumped.doc ?? doc;
}
/** One participant's presses in arrival order, on their vote document; `ops` keeps re-deliveries out. */
function applyPresses(current, presses, at) {
    let vote = current ?? {
        id: '',
        pk: at.owner,
        type: 'avklaring-vote',
        ops: [],
        avklaringId: at.doc.avklaringId,
        caseRef: at.doc.caseRef,
        actorId: at.actor,
        cannotTake: false,
        updatedAt: at.now,
    };
    const ops = [...vote.ops];
    const statuses = [];
    let write = false;
    let recorded = false;
    for (const p of presses) {
        if (ops.includes(p.opId)) {
            statuses.push('duplicate');
            continue;
        }
        // Every new press id is kept, also when it changes nothing: a late re-delivery of it must be known as one,
        // or it would put back a position the participant has since changed.
        ops.push(p.opId);
        recorded = true;
        const next = { ...vote, ...p.change };
        if (next.agreesWith === vote.agreesWith && next.cannotTake === vote.cannotTake) {
            statuses.push('same');
            continue;
        }
        vote = next;
        write = true;
        statuses.push('applied');
    }
    if (!recorded)
        return { kind: 'unchanged', result: statuses };
    return { kind: 'write', doc: { ...vote, ops: ops.slice(-documents_1.OPS_KEPT), ...(write ? { updatedAt: at.now } : {}) }, result: statuses };
}
function renderAll(presses, doc, votes, proposals) {
    const cards = new Map();
    for (const { locale } of presses) {
        if (!cards.has(locale))
            cards.set(locale, doc.status === 'open' ? (0, meetingCard_1.meetingCard)(locale, doc, votes, proposals) : (0, decision_1.outcomeCard)(locale, doc));
    }
    return cards;
}
function answerAll(presses, answers, cards) {
    return presses.map((p, i) => answers[i] ?? { card: cards.get(p.locale) });
}
//# sourceMappingURL=positions.js.map