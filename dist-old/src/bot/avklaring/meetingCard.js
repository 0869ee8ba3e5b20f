"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingCard = meetingCard;
exports.serviceIdsOf = serviceIdsOf;
exports.currentCard = currentCard;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const common_1 = require("./common");
const decision_1 = require("./decision");
const recommendation_1 = require("./recommendation");
/** The shared avklaringsmøte card and "the card as it is now" for any state of an avklaring. */
function meetingCard(locale, doc, votes, proposals) {
    const { agreeing, majority, needed } = (0, decision_1.tally)(doc, votes, proposals);
    const total = doc.participants.length;
    const unit = (0, recommendation_1.decidingUnit)(doc);
    const short = unit ? (0, common_1.unitShort)(unit, locale) : '';
    const nameOf = (id) => doc.participants.find((p) => p.aadObjectId === id)?.name ?? id;
    const labelOf = (p) => (0, decision_1.holderLabel)(doc, p.serviceId, p.person?.name, locale);
    const byId = new Map(proposals.map((p) => [p.proposalId, p]));
    const serviceIds = serviceIdsOf(doc);
    const suggested = doc.recommendation.suggestedServiceId;
    const common = { avklaringId: doc.avklaringId, cardVersion: doc.version };
    return (0, render_1.renderCard)('avklaring-meeting', {
        title: (0, i18n_1.t)(locale, 'avklaring.meeting.title'),
        caseLine: `${(0, i18n_1.t)(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
        intro: (0, i18n_1.t)(locale, 'avklaring.meeting.intro'),
        unitNote: unit ? (0, i18n_1.t)(locale, 'avklaring.meeting.unitNote', { unit: short, unitFull: unit[locale] }) : '',
        suggested: `${(0, i18n_1.t)(locale, 'avklaring.meeting.suggested')}: ${suggested ? (0, common_1.serviceName)(doc.profileId, suggested, locale) : (0, i18n_1.t)(locale, 'avklaring.rec.noSuggestion')}`,
        proposalsTitle: (0, i18n_1.t)(locale, 'avklaring.meeting.proposals'),
        noProposals: proposals.length === 0 ? (0, i18n_1.t)(locale, 'avklaring.meeting.noProposals') : '',
        proposals: proposals.map((p) => {
            const ids = agreeing.get(p.proposalId) ?? [];
            return {
                label: labelOf(p),
                count: (0, i18n_1.t)(locale, 'avklaring.meeting.agreeCount', { count: ids.length, total }),
                agreedBy: ids.length ? (0, i18n_1.t)(locale, 'avklaring.meeting.agreedBy', { names: ids.map(nameOf).join(', ') }) : '',
                // Short title: the proposal is named just above, and a long one is cut off on phones.
                agreeTitle: (0, i18n_1.t)(locale, 'avklaring.meeting.agree'),
                data: { ...common, proposalId: p.proposalId },
            };
        }),
        positionsTitle: (0, i18n_1.t)(locale, 'avklaring.meeting.positions'),
        positions: doc.participants.map((person) => {
            const v = votes.find((x) => x.actorId === person.aadObjectId);
            const agreed = v?.agreesWith ? byId.get(v.agreesWith) : undefined;
            const parts = [];
            if (agreed)
                parts.push((0, i18n_1.t)(locale, 'avklaring.meeting.pos.agrees', { proposal: labelOf(agreed) }));
            if (v?.cannotTake)
                parts.push((0, i18n_1.t)(locale, 'avklaring.meeting.pos.cannot'));
            return { name: person.name, status: parts.length ? parts.join('; ') : (0, i18n_1.t)(locale, 'avklaring.meeting.pos.none') };
        }),
        proposeTitle: (0, i18n_1.t)(locale, 'avklaring.meeting.proposeTitle'),
        serviceLabel: (0, i18n_1.t)(locale, 'avklaring.meeting.proposeService'),
        serviceChoices: serviceIds.map((id) => ({ title: (0, common_1.serviceName)(doc.profileId, id, locale), value: id })),
        serviceDefault: suggested ?? serviceIds[0] ?? '',
        personLabel: (0, i18n_1.t)(locale, 'avklaring.meeting.proposePerson'),
        personChoices: doc.participants.map((p) => ({ title: p.name, value: p.aadObjectId })),
        proposeLabel: (0, i18n_1.t)(locale, 'avklaring.meeting.propose'),
        cannotLabel: (0, i18n_1.t)(locale, 'avklaring.meeting.cannot'),
        convenerTitle: (0, i18n_1.t)(locale, 'avklaring.meeting.convener'),
        // Offered only when a proposal has more than half of the participants behind it.
        showMajority: !!majority,
        majorityLabel: (0, i18n_1.t)(locale, 'avklaring.meeting.majority'),
        majorityText: majority
            ? (0, i18n_1.t)(locale, 'avklaring.meeting.majorityFound', { proposal: labelOf(majority), count: agreeing.get(majority.proposalId)?.length ?? 0, total })
            : (0, i18n_1.t)(locale, 'avklaring.meeting.majorityHint', { needed, total }),
        noAgreementLabel: unit ? (0, i18n_1.t)(locale, 'avklaring.meeting.noAgreementUnit', { unit: short }) : (0, i18n_1.t)(locale, 'avklaring.meeting.noAgreement'),
        verbs: common_1.VERBS,
        common,
        refreshUserIds: doc.participants.map((p) => p.teamsId).filter((id) => !!id),
        footer: (0, i18n_1.t)(locale, 'avklaring.meeting.footer'),
    });
}
function serviceIdsOf(doc) {
    const services = doc.answers.services ?? [];
    return services.map((s) => s.serviceId);
}
/** The card that shows the avklaring as it is now: meeting while open, the outcome afterwards. */
async function currentCard(ctx, locale, owner, doc, context) {
    if (doc.status === 'open') {
        const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
        return meetingCard(locale, doc, votes, proposals);
    }
    if (doc.status === 'recommended') {
        const caseDoc = await ctx.cases.get(owner, doc.caseRef);
        return (0, recommendation_1.recommendationCard)(locale, doc, await (0, recommendation_1.startPeopleFor)(ctx, context, owner, doc, caseDoc));
    }
    return (0, decision_1.outcomeCard)(locale, doc);
}
//# sourceMappingURL=meetingCard.js.map