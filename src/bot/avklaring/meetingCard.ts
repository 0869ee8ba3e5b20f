import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { AvklaringDoc, AvklaringProposal, AvklaringVote } from '../../store/avklaring';
import { cannotTake, positionOf, tally } from '../../domain/avklaring/meeting';
import type { Turn } from '../../actions/types';
import { AvklaringCtx, meetingOf, serviceIdsOf, serviceName, unitShort, VERBS } from './common';
import { holderLabel, outcomeCard } from './decision';
import { decidingUnit, recommendationCard, startPeopleFor } from './recommendation';

/** The shared avklaringsmøte card and "the card as it is now" for any state of an avklaring. */

export function meetingCard(locale: Locale, doc: AvklaringDoc, votes: AvklaringVote[], proposals: AvklaringProposal[]): AdaptiveCardJson {
  const meeting = meetingOf(doc, { votes, proposals });
  const { agreeing, majority, needed } = tally(meeting);
  const saidNo = new Set(cannotTake(meeting).map((p) => p.aadObjectId));
  const total = doc.participants.length;
  const unit = decidingUnit(doc);
  const short = unit ? unitShort(unit, locale) : '';
  const nameOf = (id: string) => doc.participants.find((p) => p.aadObjectId === id)?.name ?? id;
  const rank = (id: string) => doc.participants.findIndex((p) => p.aadObjectId === id);
  const labelOf = (p: Pick<AvklaringProposal, 'serviceId' | 'person'>) => holderLabel(doc, p.serviceId, p.person?.name, locale);
  const byId = new Map(proposals.map((p) => [p.proposalId, p]));
  const serviceIds = serviceIdsOf(doc);
  const suggested = doc.recommendation.suggestedServiceId;
  const common = { avklaringId: doc.avklaringId, cardVersion: doc.version };
  return renderCard('avklaring-meeting', {
    title: t(locale, 'avklaring.meeting.title'),
    caseLine: `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
    intro: t(locale, 'avklaring.meeting.intro'),
    unitNote: unit ? t(locale, 'avklaring.meeting.unitNote', { unit: short, unitFull: unit[locale] }) : '',
    suggested: `${t(locale, 'avklaring.meeting.suggested')}: ${suggested ? serviceName(doc.profileId, suggested, locale) : t(locale, 'avklaring.rec.noSuggestion')}`,
    proposalsTitle: t(locale, 'avklaring.meeting.proposals'),
    noProposals: proposals.length === 0 ? t(locale, 'avklaring.meeting.noProposals') : '',
    proposals: proposals.map((p) => {
      // In the order of the participants, not of the stored votes: the same card whichever read rendered it.
      const ids = [...(agreeing.get(p.proposalId) ?? [])].sort((a, b) => rank(a) - rank(b));
      return {
        label: labelOf(p),
        count: t(locale, 'avklaring.meeting.agreeCount', { count: ids.length, total }),
        agreedBy: ids.length ? t(locale, 'avklaring.meeting.agreedBy', { names: ids.map(nameOf).join(', ') }) : '',
        // Short title: the proposal is named just above, and a long one is cut off on phones.
        agreeTitle: t(locale, 'avklaring.meeting.agree'),
        data: { ...common, proposalId: p.proposalId },
      };
    }),
    positionsTitle: t(locale, 'avklaring.meeting.positions'),
    positions: doc.participants.map((person) => {
      const v = positionOf(meeting, person.aadObjectId);
      const agreed = v?.agreesWith ? byId.get(v.agreesWith) : undefined;
      const parts: string[] = [];
      if (agreed) parts.push(t(locale, 'avklaring.meeting.pos.agrees', { proposal: labelOf(agreed) }));
      if (saidNo.has(person.aadObjectId)) parts.push(t(locale, 'avklaring.meeting.pos.cannot'));
      return { name: person.name, status: parts.length ? parts.join('; ') : t(locale, 'avklaring.meeting.pos.none') };
    }),
    proposeTitle: t(locale, 'avklaring.meeting.proposeTitle'),
    serviceLabel: t(locale, 'avklaring.meeting.proposeService'),
    serviceChoices: serviceIds.map((id) => ({ title: serviceName(doc.profileId, id, locale), value: id })),
    serviceDefault: suggested ?? serviceIds[0] ?? '',
    personLabel: t(locale, 'avklaring.meeting.proposePerson'),
    personChoices: doc.participants.map((p) => ({ title: p.name, value: p.aadObjectId })),
    proposeLabel: t(locale, 'avklaring.meeting.propose'),
    cannotLabel: t(locale, 'avklaring.meeting.cannot'),
    convenerTitle: t(locale, 'avklaring.meeting.convener'),
    // Offered only when a proposal has more than half of the participants behind it.
    showMajority: !!majority,
    majorityLabel: t(locale, 'avklaring.meeting.majority'),
    majorityText: majority
      ? t(locale, 'avklaring.meeting.majorityFound', { proposal: labelOf(majority), count: agreeing.get(majority.proposalId)?.length ?? 0, total })
      : t(locale, 'avklaring.meeting.majorityHint', { needed, total }),
    noAgreementLabel: unit ? t(locale, 'avklaring.meeting.noAgreementUnit', { unit: short }) : t(locale, 'avklaring.meeting.noAgreement'),
    verbs: VERBS,
    common,
    refreshUserIds: doc.participants.map((p) => p.teamsId).filter((id): id is string => !!id),
    footer: t(locale, 'avklaring.meeting.footer'),
  });
}

/** The card that shows the avklaring as it is now: meeting while open, the outcome afterwards. */
export async function currentCard(ctx: AvklaringCtx, locale: Locale, owner: string, doc: AvklaringDoc, turn?: Turn): Promise<AdaptiveCardJson> {
  if (doc.status === 'open') {
    const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
    return meetingCard(locale, doc, votes, proposals);
  }
  if (doc.status === 'recommended') {
    const caseDoc = await ctx.cases.get(owner, doc.caseRef);
    return recommendationCard(locale, doc, await startPeopleFor(turn, owner, doc, caseDoc));
  }
  return outcomeCard(locale, doc);
}
