"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tally = tally;
exports.decide = decide;
exports.recordCoordinator = recordCoordinator;
exports.outcomeCard = outcomeCard;
exports.holderLabel = holderLabel;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const common_1 = require("./common");
const recommendation_1 = require("./recommendation");
const outbox_1 = require("./outbox");
const outbox_2 = require("../outbox");
const log_1 = require("../../log");
function tally(doc, votes, proposals) {
    const ids = new Set(doc.participants.map((p) => p.aadObjectId));
    const agreeing = new Map(proposals.map((p) => [p.proposalId, []]));
    const counted = new Set();
    for (const v of votes) {
        // One position per participant (one vote document each); the guard keeps a stray duplicate from counting twice.
        if (!ids.has(v.actorId) || !v.agreesWith || counted.has(v.actorId))
            continue;
        const list = agreeing.get(v.agreesWith);
        if (!list)
            continue;
        list.push(v.actorId);
        counted.add(v.actorId);
    }
    const total = ids.size;
    const needed = Math.floor(total / 2) + 1;
    const ranked = proposals.map((p) => ({ p, n: agreeing.get(p.proposalId)?.length ?? 0 })).sort((a, b) => b.n - a.n);
    const top = ranked[0];
    const unanimous = top && top.n === total && total > 0 ? top.p : undefined;
    const majority = top && total > 0 && top.n >= needed ? top.p : undefined;
    return { agreeing, unanimous, majority, needed, total };
}
/**
 * Records the decision: the open → decided transition happens in one ETag write on the avklaring document,
 * so of several concurrent final votes exactly one makes it; only that writer records the coordinator on the
 * case (with its own applied-once id as a second guard).
 */
async function decide(ctx, owner, doc, proposal, decidedBy, agreedBy, opId) {
    const now = ctx.deps.now().toISOString();
    const coordinator = {
        service: proposal.serviceId,
        ...(proposal.person ? { aadObjectId: proposal.person.aadObjectId, name: proposal.person.name } : {}),
        since: now,
        decidedBy,
    };
    const lease = (0, outbox_2.newLease)(ctx.deps);
    const made = await ctx.avklaringer.end(owner, doc.avklaringId, { status: 'decided', decision: { proposalId: proposal.proposalId, serviceId: proposal.serviceId, person: proposal.person, decidedBy, at: now, agreedBy } }, opId, 
    // Where a unit (KTK) decides, the meeting agreed on a proposal to it: the case gets no coordinator from this.
    (0, recommendation_1.decidingUnit)(doc) ? undefined : { steps: [outbox_1.steps.coordinator(coordinator, `avklaring-decided:${doc.avklaringId}`), outbox_1.steps.nudge()], now, lease });
    if (!made)
        return false;
    // The coordinator on the case and its check: store writes only, so they run here without the turn; what fails
    // is left to the press's re-delivery or the background sweep.
    if (!(0, recommendation_1.decidingUnit)(doc)) {
        await (0, outbox_1.finishAvklaring)(ctx, owner, doc.avklaringId, { lease }).catch((err) => ctx.deps.logger.warn('avklaring.steps_failed', (0, log_1.errorFields)(err)));
    }
    return true;
}
async function recordCoordinator(ctx, owner, caseRef, coordinator, opId, extra = {}) {
    await ctx.cases.update(owner, caseRef, (current) => {
        if (!current)
            return { kind: 'unchanged', result: undefined };
        return { kind: 'write', doc: { ...current, ...extra, coordinator, coordinatorHistory: [...current.coordinatorHistory, coordinator] }, result: undefined };
    }, opId);
}
function personName(doc, id) {
    return doc.participants.find((p) => p.aadObjectId === id)?.name ?? id;
}
/** The read-only outcome card (decided, rotation or escalated): no actions, nothing left to press. */
function outcomeCard(locale, doc) {
    const caseLine = `${(0, i18n_1.t)(locale, 'avklaring.rec.case')}: ${doc.caseRef}`;
    const unit = (0, recommendation_1.decidingUnit)(doc);
    if (doc.status === 'decided' && doc.decision) {
        const d = doc.decision;
        const service = (0, common_1.serviceName)(doc.profileId, d.serviceId, locale);
        return (0, render_1.renderCard)('avklaring-decision', {
            title: unit ? (0, i18n_1.t)(locale, 'avklaring.decision.proposalTitle', { unit: (0, common_1.unitShort)(unit, locale), service }) : (0, i18n_1.t)(locale, 'avklaring.decision.title'),
            caseLine,
            facts: [
                { title: (0, i18n_1.t)(locale, 'avklaring.decision.service'), value: service },
                {
                    title: (0, i18n_1.t)(locale, 'avklaring.decision.person'),
                    value: d.person?.name ?? (0, i18n_1.t)(locale, unit ? 'avklaring.decision.personByLeader' : 'avklaring.decision.personNotSet'),
                },
                { title: (0, i18n_1.t)(locale, 'avklaring.decision.how'), value: (0, i18n_1.t)(locale, d.decidedBy === 'agreement' ? 'avklaring.decision.agreement' : 'avklaring.decision.majority') },
                { title: (0, i18n_1.t)(locale, 'avklaring.decision.agreedBy'), value: d.agreedBy.map((id) => personName(doc, id)).join(', ') || '–' },
            ],
            lines: [{ text: unit ? (0, i18n_1.t)(locale, 'avklaring.decision.proposalNext', { unit: (0, common_1.unitShort)(unit, locale), unitFull: unit[locale] }) : (0, i18n_1.t)(locale, 'avklaring.decision.next') }],
            footer: (0, i18n_1.t)(locale, 'avklaring.decision.footer'),
        });
    }
    if (doc.status === 'referred' && doc.referral) {
        const r = doc.referral;
        const short = unit ? (0, common_1.unitShort)(unit, locale) : '–';
        return (0, render_1.renderCard)('avklaring-decision', {
            title: (0, i18n_1.t)(locale, 'avklaring.referral.title', { unit: short }),
            caseLine,
            facts: [],
            lines: [
                { text: (0, i18n_1.t)(locale, 'avklaring.referral.intro', { unit: short, unitFull: unit ? unit[locale] : short }) },
                ...(r.proposals.length
                    ? r.proposals.map((p) => ({
                        text: (0, i18n_1.t)(locale, 'avklaring.referral.row', { proposal: holderLabel(doc, p.serviceId, p.person?.name, locale), count: p.agreed, total: r.total }),
                    }))
                    : [{ text: (0, i18n_1.t)(locale, 'avklaring.referral.noProposals') }]),
            ],
            footer: (0, i18n_1.t)(locale, 'avklaring.decision.footer'),
        });
    }
    if (doc.status === 'rotation' && doc.rotation) {
        const r = doc.rotation;
        return (0, render_1.renderCard)('avklaring-decision', {
            title: (0, i18n_1.t)(locale, 'avklaring.rotation.title'),
            caseLine,
            facts: [],
            lines: [
                { text: (0, i18n_1.t)(locale, 'avklaring.rotation.intro', { months: r.periodMonths }) },
                ...r.handovers.map((h) => ({
                    text: (0, i18n_1.t)(locale, 'avklaring.rotation.row', {
                        from: (0, common_1.showDate)(h.from, locale),
                        to: (0, common_1.showDate)(h.to, locale),
                        holder: holderLabel(doc, h.serviceId, h.person?.name, locale),
                    }),
                })),
                { text: (0, i18n_1.t)(locale, 'avklaring.rotation.cycle') },
                { text: (0, i18n_1.t)(locale, 'avklaring.rotation.reminder') },
            ],
            footer: (0, i18n_1.t)(locale, 'avklaring.decision.footer'),
        });
    }
    if (doc.status === 'escalated' && doc.escalation) {
        return (0, render_1.renderCard)('avklaring-decision', {
            title: (0, i18n_1.t)(locale, 'avklaring.escalation.title'),
            caseLine,
            facts: [],
            lines: [{ text: (0, i18n_1.t)(locale, 'avklaring.escalation.intro', { leader: doc.escalation.leader.name }) }],
            footer: (0, i18n_1.t)(locale, 'avklaring.decision.footer'),
        });
    }
    throw new Error(`avklaring ${doc.avklaringId} has no outcome in status ${doc.status}`);
}
function holderLabel(doc, serviceId, person, locale) {
    const service = (0, common_1.serviceName)(doc.profileId, serviceId, locale);
    return person ? `${service} (${person})` : service;
}
//# sourceMappingURL=decision.js.map