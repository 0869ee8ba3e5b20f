import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { AvklaringDoc, AvklaringEnding } from '../../store/avklaring';
import type { Lease, NewOutboxStep } from '../../store/outbox';
import { Coordinator } from '../../store/cases';
import type { Decision } from '../../domain/avklaring/meeting';
import { recordCoordinator as setCoordinator } from '../cases/coordinator';
import { AvklaringCtx, serviceName, showDate, unitShort } from './common';
import { decidingUnit } from './recommendation';
import { finishAvklaring, steps } from './outbox';
import { newLease } from '../outbox';
import { errorFields } from '../../log';

/**
 * Records the decision: the open → decided transition happens in one ETag write on the avklaring document,
 * so of several concurrent final votes exactly one makes it; only that writer records the coordinator on the
 * case (with its own applied-once id as a second guard).
 */
export async function decide(ctx: AvklaringCtx, owner: string, doc: AvklaringDoc, decision: Decision, opId?: string): Promise<boolean> {
  const { ending, outbox, lease } = decisionEnding(ctx, doc, decision);
  const made = await ctx.avklaringer.end(owner, doc.avklaringId, ending, opId, outbox);
  if (!made) return false;
  await afterDecision(ctx, owner, doc, lease);
  return true;
}

/** What a decision writes on the avklaring: its ending, and the steps that follow it with the lease to run them. */
export function decisionEnding(ctx: AvklaringCtx, doc: AvklaringDoc, { proposal, decidedBy, agreedBy }: Decision): { ending: AvklaringEnding; outbox?: { steps: NewOutboxStep[]; now: string; lease: Lease }; lease: Lease } {
  const now = ctx.deps.now().toISOString();
  const coordinator: Coordinator = {
    service: proposal.serviceId,
    ...(proposal.person ? { aadObjectId: proposal.person.aadObjectId, name: proposal.person.name } : {}),
    since: now,
    decidedBy,
  };
  const lease = newLease(ctx.deps);
  return {
    ending: { status: 'decided', decision: { proposalId: proposal.proposalId, serviceId: proposal.serviceId, person: proposal.person, decidedBy, at: now, agreedBy } },
    // Where a unit (KTK) decides, the meeting agreed on a proposal to it: the case gets no coordinator from this.
    ...(decidingUnit(doc) ? {} : { outbox: { steps: [steps.coordinator(coordinator, `avklaring-decided:${doc.avklaringId}`), steps.nudge()], now, lease } }),
    lease,
  };
}

/**
 * After the write that decided: the coordinator on the case and its check. Store writes only, so they run here
 * without the turn; what fails is left to the press's re-delivery or the background sweep.
 */
export async function afterDecision(ctx: AvklaringCtx, owner: string, doc: AvklaringDoc, lease: Lease): Promise<void> {
  if (decidingUnit(doc)) return;
  await finishAvklaring(ctx, owner, doc.avklaringId, { lease }).catch((err: unknown) => ctx.deps.logger.warn('avklaring.steps_failed', errorFields(err)));
}

/** The coordinator on the case, through the application service that also plans its twice-a-year check. */
export function recordCoordinator(ctx: AvklaringCtx, owner: string, caseRef: string, coordinator: Coordinator, opId: string): Promise<void> {
  return setCoordinator(ctx.deps.store, ctx.deps.logger, owner, caseRef, coordinator, opId);
}

function personName(doc: AvklaringDoc, id: string): string {
  return doc.participants.find((p) => p.aadObjectId === id)?.name ?? id;
}

/** The read-only outcome card (decided, rotation or escalated): no actions, nothing left to press. */
export function outcomeCard(locale: Locale, doc: AvklaringDoc): AdaptiveCardJson {
  const caseLine = `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`;
  const unit = decidingUnit(doc);
  if (doc.status === 'decided' && doc.decision) {
    const d = doc.decision;
    const service = serviceName(doc.profileId, d.serviceId, locale);
    return renderCard('avklaring-decision', {
      title: unit ? t(locale, 'avklaring.decision.proposalTitle', { unit: unitShort(unit, locale), service }) : t(locale, 'avklaring.decision.title'),
      caseLine,
      facts: [
        { title: t(locale, 'avklaring.decision.service'), value: service },
        {
          title: t(locale, 'avklaring.decision.person'),
          value: d.person?.name ?? t(locale, unit ? 'avklaring.decision.personByLeader' : 'avklaring.decision.personNotSet'),
        },
        { title: t(locale, 'avklaring.decision.how'), value: t(locale, d.decidedBy === 'agreement' ? 'avklaring.decision.agreement' : 'avklaring.decision.majority') },
        { title: t(locale, 'avklaring.decision.agreedBy'), value: d.agreedBy.map((id) => personName(doc, id)).join(', ') || '–' },
      ],
      lines: [{ text: unit ? t(locale, 'avklaring.decision.proposalNext', { unit: unitShort(unit, locale), unitFull: unit[locale] }) : t(locale, 'avklaring.decision.next') }],
      footer: t(locale, 'avklaring.decision.footer'),
    });
  }
  if (doc.status === 'referred' && doc.referral) {
    const r = doc.referral;
    const short = unit ? unitShort(unit, locale) : '–';
    return renderCard('avklaring-decision', {
      title: t(locale, 'avklaring.referral.title', { unit: short }),
      caseLine,
      facts: [],
      lines: [
        { text: t(locale, 'avklaring.referral.intro', { unit: short, unitFull: unit ? unit[locale] : short }) },
        ...(r.proposals.length
          ? r.proposals.map((p) => ({
              text: t(locale, 'avklaring.referral.row', { proposal: holderLabel(doc, p.serviceId, p.person?.name, locale), count: p.agreed, total: r.total }),
            }))
          : [{ text: t(locale, 'avklaring.referral.noProposals') }]),
      ],
      footer: t(locale, 'avklaring.decision.footer'),
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
        { text: t(locale, 'avklaring.rotation.cycle') },
        { text: t(locale, 'avklaring.rotation.reminder') },
      ],
      footer: t(locale, 'avklaring.decision.footer'),
    });
  }
  if (doc.status === 'escalated' && doc.escalation) {
    return renderCard('avklaring-decision', {
      title: t(locale, 'avklaring.escalation.title'),
      caseLine,
      facts: [],
      lines: [{ text: t(locale, 'avklaring.escalation.intro', { leader: doc.escalation.leader.name }) }],
      footer: t(locale, 'avklaring.decision.footer'),
    });
  }
  throw new Error(`avklaring ${doc.avklaringId} has no outcome in status ${doc.status}`);
}

export function holderLabel(doc: Pick<AvklaringDoc, 'profileId'>, serviceId: string, person: string | undefined, locale: Locale): string {
  const service = serviceName(doc.profileId, serviceId, locale);
  return person ? `${service} (${person})` : service;
}
