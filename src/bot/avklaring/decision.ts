import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { AvklaringDoc, AvklaringProposal, AvklaringVote } from '../../store/avklaring';
import { CaseDoc, Coordinator } from '../../store/cases';
import { Mutation } from '../../store/documents';
import { AvklaringCtx, serviceName, showDate } from './common';

/** Counts come from the stored vote documents, only from participants and only for proposals that exist. */
export interface Tally {
  agreeing: Map<string, string[]>;
  /** Every participant agrees with this proposal. */
  unanimous: AvklaringProposal | undefined;
  /** The proposal with the most agreements, strictly more than any other (no tie). */
  majority: AvklaringProposal | undefined;
}

export function tally(doc: AvklaringDoc, votes: AvklaringVote[], proposals: AvklaringProposal[]): Tally {
  const ids = new Set(doc.participants.map((p) => p.aadObjectId));
  const agreeing = new Map<string, string[]>(proposals.map((p) => [p.proposalId, []]));
  for (const v of votes) {
    if (!ids.has(v.actorId) || !v.agreesWith) continue;
    agreeing.get(v.agreesWith)?.push(v.actorId);
  }
  const ranked = proposals.map((p) => ({ p, n: agreeing.get(p.proposalId)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const top = ranked[0];
  const unanimous = top && top.n === ids.size && ids.size > 0 ? top.p : undefined;
  const majority = top && top.n > 0 && (ranked.length < 2 || ranked[1].n < top.n) ? top.p : undefined;
  return { agreeing, unanimous, majority };
}

/**
 * Records the decision: the open → decided transition happens in one ETag write on the avklaring document,
 * so of several concurrent final votes exactly one makes it; only that writer records the coordinator on the
 * case (with its own applied-once id as a second guard).
 */
export async function decide(
  ctx: AvklaringCtx,
  owner: string,
  doc: AvklaringDoc,
  proposal: AvklaringProposal,
  decidedBy: 'agreement' | 'majority',
  agreedBy: string[],
  opId?: string,
): Promise<boolean> {
  const now = ctx.deps.now().toISOString();
  const made = await ctx.avklaringer.end(
    owner,
    doc.avklaringId,
    { status: 'decided', decision: { proposalId: proposal.proposalId, serviceId: proposal.serviceId, person: proposal.person, decidedBy, at: now, agreedBy } },
    opId,
  );
  if (!made) return false;
  const coordinator: Coordinator = {
    service: proposal.serviceId,
    ...(proposal.person ? { aadObjectId: proposal.person.aadObjectId, name: proposal.person.name } : {}),
    since: now,
    decidedBy,
  };
  await recordCoordinator(ctx, owner, doc.caseRef, coordinator, `avklaring-decided:${doc.avklaringId}`);
  return true;
}

export async function recordCoordinator(ctx: AvklaringCtx, owner: string, caseRef: string, coordinator: Coordinator, opId: string, extra: Partial<CaseDoc> = {}): Promise<void> {
  await ctx.cases.update(
    owner,
    caseRef,
    (current): Mutation<CaseDoc, void> => {
      if (!current) return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...current, ...extra, coordinator, coordinatorHistory: [...current.coordinatorHistory, coordinator] }, result: undefined };
    },
    opId,
  );
}

function personName(doc: AvklaringDoc, id: string): string {
  return doc.participants.find((p) => p.aadObjectId === id)?.name ?? id;
}

/** The read-only outcome card (decided, rotation or escalated): no actions, nothing left to press. */
export function outcomeCard(locale: Locale, doc: AvklaringDoc): AdaptiveCardJson {
  const caseLine = `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`;
  if (doc.status === 'decided' && doc.decision) {
    const d = doc.decision;
    return renderCard('avklaring-decision', {
      title: t(locale, 'avklaring.decision.title'),
      caseLine,
      facts: [
        { title: t(locale, 'avklaring.decision.service'), value: serviceName(doc.profileId, d.serviceId, locale) },
        { title: t(locale, 'avklaring.decision.person'), value: d.person?.name ?? t(locale, 'avklaring.decision.personNotSet') },
        { title: t(locale, 'avklaring.decision.how'), value: t(locale, d.decidedBy === 'agreement' ? 'avklaring.decision.agreement' : 'avklaring.decision.majority') },
        { title: t(locale, 'avklaring.decision.agreedBy'), value: d.agreedBy.map((id) => personName(doc, id)).join(', ') || '–' },
      ],
      lines: [{ text: t(locale, 'avklaring.decision.next') }],
      footer: t(locale, 'avklaring.meeting.version', { version: doc.version }),
    });
  }
  if (doc.status === 'rotation' && doc.rotation) {
    const r = doc.rotation;
    return renderCard('avklaring-decision', {
      title: t(locale, 'avklaring.rotation.title'),
      caseLine,
      facts: [],
      lines: [
        { text: t(locale, 'avklaring.rotation.intro', { months: r.periodMonths }) },
        ...r.handovers.map((h) => ({
          text: t(locale, 'avklaring.rotation.row', {
            from: showDate(h.from, locale),
            to: showDate(h.to, locale),
            holder: holderLabel(doc, h.serviceId, h.person?.name, locale),
          }),
        })),
        { text: t(locale, 'avklaring.rotation.reminder') },
      ],
      footer: t(locale, 'avklaring.meeting.version', { version: doc.version }),
    });
  }
  if (doc.status === 'escalated' && doc.escalation) {
    return renderCard('avklaring-decision', {
      title: t(locale, 'avklaring.escalation.title'),
      caseLine,
      facts: [],
      lines: [{ text: t(locale, 'avklaring.escalation.intro', { leader: doc.escalation.leader.name }) }],
      footer: t(locale, 'avklaring.meeting.version', { version: doc.version }),
    });
  }
  throw new Error(`avklaring ${doc.avklaringId} has no outcome in status ${doc.status}`);
}

export function holderLabel(doc: Pick<AvklaringDoc, 'profileId'>, serviceId: string, person: string | undefined, locale: Locale): string {
  const service = serviceName(doc.profileId, serviceId, locale);
  return person ? `${service} (${person})` : service;
}
