import { TurnContext } from 'botbuilder';
import type { ConversationPort, Mention } from '../../actions/types';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { AvklaringDoc, AvklaringPerson, Handover } from '../../store/avklaring';
import { CaseMember } from '../../store/cases';
import type { ReminderDoc } from '../../store/reminders';
import { rememberConversation } from '../turn';
import { respondWithCard, respondWithMessage } from '../cardResponses';
import { turnLogger } from '../app';
import { AvklaringCtx, participant, serviceName, showDate, unitShort, VERBS } from './common';
import { cardVersionSchema } from '../cardActions';
import { holderLabel, recordCoordinator, tally } from './decision';
import { decidingUnit, rosterNow, unionOf } from './recommendation';
import { loadForPress, respondCurrent } from './meeting';
import { answerAfterEnding, steps as outboxSteps } from './outbox';
import { newLease } from '../outbox';
import { serviceIdsOf } from './meetingCard';

export const HANDOVER_KIND = 'avklaring-handover';
export const DEFAULT_PERIOD_MONTHS = 12;
const MAX_POSITIONS = 10;
const SKIP = 'none';

/** The convener's "Ingen enighet" card: rotation (order, period, start) or escalation to a leader. */
/** Teams refuses cards over 28 KB; leave room for what Teams adds around the card. */
const CARD_BUDGET_BYTES = 26 * 1024;
const cardBytes = (card: AdaptiveCardJson) => Buffer.byteLength(JSON.stringify(card), 'utf8');

/**
 * The rotation card offers a person for every position and every leader in the team; with many participants
 * or a large team that passes Teams' card limit. Then the person lists go first (a person per position is
 * optional: the service names its person at handover), and the leader list is shortened to fit.
 */
export function noAgreementCard(locale: Locale, doc: AvklaringDoc, leaders: { name: string; aadObjectId: string }[], today: string): AdaptiveCardJson {
  let card = noAgreementCardWith(locale, doc, leaders, today, true);
  if (cardBytes(card) <= CARD_BUDGET_BYTES) return card;
  card = noAgreementCardWith(locale, doc, leaders, today, false);
  for (let keep = leaders.length; cardBytes(card) > CARD_BUDGET_BYTES && keep > 5; ) {
    keep = Math.max(5, Math.floor(keep * 0.75));
    card = noAgreementCardWith(locale, doc, leaders.slice(0, keep), today, false);
  }
  return card;
}

function noAgreementCardWith(locale: Locale, doc: AvklaringDoc, leaders: { name: string; aadObjectId: string }[], today: string, withPersons: boolean): AdaptiveCardJson {
  const ids = [...doc.recommendation.rankedServiceIds.filter((id) => serviceIdsOf(doc).includes(id))].slice(0, MAX_POSITIONS);
  const serviceChoices = ids.map((id) => ({ title: serviceName(doc.profileId, id, locale), value: id }));
  const personChoices = withPersons ? doc.participants.map((p) => ({ title: p.name, value: p.aadObjectId })) : [];
  const unit = decidingUnit(doc);
  const short = unit ? unitShort(unit, locale) : '';
  return renderCard('avklaring-noagreement', {
    title: t(locale, 'avklaring.noagree.title'),
    caseLine: `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
    intro: unit ? t(locale, 'avklaring.noagree.unitIntro', { unit: short, unitFull: unit[locale] }) : t(locale, 'avklaring.noagree.intro'),
    // Where a unit decides which service coordinates, rotating or letting a leader pick would settle what is
    // the unit's to decide: the card then offers sending it there.
    unitMode: !!unit,
    referTitle: unit ? t(locale, 'avklaring.noagree.referTitle', { unit: short }) : '',
    referHint: unit ? t(locale, 'avklaring.noagree.referHint', { unit: short }) : '',
    referButton: unit ? t(locale, 'avklaring.noagree.chooseRefer', { unit: short }) : '',
    rotationTitle: t(locale, 'avklaring.noagree.rotationTitle'),
    rotationHint: t(locale, 'avklaring.noagree.rotationHint'),
    personsHint: withPersons ? '' : t(locale, 'avklaring.noagree.personsLater'),
    positions: ids.map((id, i) => ({
      serviceId: `rot${i}`,
      personId: `rotp${i}`,
      serviceLabel: t(locale, 'avklaring.noagree.position', { n: i + 1 }),
      personLabel: t(locale, 'avklaring.noagree.positionPerson', { n: i + 1 }),
      value: id,
      // Positions after the second can be left out, so a rotation need not include every service.
      serviceChoices: i < 2 ? serviceChoices : [...serviceChoices, { title: t(locale, 'avklaring.noagree.skip'), value: SKIP }],
      personChoices,
    })),
    periodLabel: t(locale, 'avklaring.noagree.period'),
    period: DEFAULT_PERIOD_MONTHS,
    startLabel: t(locale, 'avklaring.noagree.start'),
    startDate: today,
    rotationButton: t(locale, 'avklaring.noagree.chooseRotation'),
    escalationTitle: t(locale, 'avklaring.noagree.escalationTitle'),
    escalationHint: t(locale, 'avklaring.noagree.escalationHint'),
    leaderLabel: t(locale, 'avklaring.noagree.leader'),
    leaderChoices: leaders.map((m) => ({ title: m.name, value: m.aadObjectId })),
    escalationButton: t(locale, 'avklaring.noagree.chooseEscalation'),
    backButton: t(locale, 'avklaring.noagree.back'),
    verbs: VERBS,
    common: { avklaringId: doc.avklaringId, cardVersion: doc.version },
  });
}

/** Answered to the convener only (no shared update): the others keep the meeting card until a choice is made. */
export async function handleNoAgreement(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
  if (!loaded) return;
  const leaders = await leaderCandidates(ctx, context, loaded.owner, loaded.doc);
  await respondWithCard(context, noAgreementCard(locale, loaded.doc, leaders, ctx.deps.now().toISOString().slice(0, 10)), { updateShared: false });
}

/**
 * Who can be named leader: the conversation roster now (a leader may have joined the chat for this), plus
 * the case members; the case members alone when the roster cannot be read.
 */
async function leaderCandidates(ctx: AvklaringCtx, context: TurnContext, owner: string, doc: AvklaringDoc): Promise<CaseMember[]> {
  const caseDoc = await ctx.cases.get(owner, doc.caseRef);
  return unionOf(caseDoc?.members ?? [], await rosterNow(ctx, context)).slice(0, 100);
}

export async function handleBack(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale);
  if (!loaded) return;
  await respondCurrent(ctx, context, locale, loaded.owner, loaded.doc.avklaringId, false);
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The k-th handover of a rotation (k counts from 0 and keeps counting): the order goes round, so after the last
 * holder the first takes over again, each for one period from start + k·period.
 */
type RotationOrder = { periodMonths: number; startDate: string; handovers: readonly { serviceId: string; person?: AvklaringPerson }[] };

export function handoverAt(rotation: RotationOrder, k: number): Handover {
  const h = rotation.handovers[k % rotation.handovers.length]!;
  return {
    index: k,
    serviceId: h.serviceId,
    ...(h.person ? { person: h.person } : {}),
    from: addMonths(rotation.startDate, k * rotation.periodMonths),
    to: addMonths(rotation.startDate, (k + 1) * rotation.periodMonths),
  };
}

/** The handover dates of the first round: holder i has the role from start + i·period until the next one takes over. */
export function rotationSchedule(order: { serviceId: string; person?: AvklaringPerson }[], startDate: string, periodMonths: number): Handover[] {
  return order.map((_, i) => handoverAt({ periodMonths, startDate, handovers: order }, i));
}

const rotationInputSchema = z.object({
  periodMonths: z.preprocess((v) => (v === undefined || v === '' ? DEFAULT_PERIOD_MONTHS : typeof v === 'string' ? Number(v) : v), z.number().int().min(1).max(60)),
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
  cardVersion: cardVersionSchema,
});

/** Handover reminders are sent at 07:00 UTC on the handover day (morning in Norway). */
const dueAtOf = (h: Handover) => `${h.from}T07:00:00.000Z`;
const reminderIdOf = (avklaringId: string, index: number) => `avklaring-handover:${avklaringId}:${index}`;

export async function handleRotation(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
  if (!loaded) return;
  const { owner, doc, data } = loaded;
  if (await refusedWhereUnitDecides(context, locale, doc)) return;
  const input = rotationInputSchema.safeParse(data);
  const allowed = serviceIdsOf(doc);
  const order: { serviceId: string; person?: AvklaringPerson }[] = [];
  let bad = !input.success;
  for (let i = 0; i < MAX_POSITIONS; i++) {
    const s = data[`rot${i}`];
    if (s === undefined || s === '' || s === SKIP) continue;
    const p = data[`rotp${i}`];
    const person = p === undefined || p === '' ? undefined : participant(doc, String(p));
    if (typeof s !== 'string' || !allowed.includes(s) || order.some((o) => o.serviceId === s) || (p !== undefined && p !== '' && !person)) bad = true;
    else order.push({ serviceId: s, ...(person ? { person } : {}) });
  }
  if (bad || !input.success || order.length < 2) return respondWithMessage(context, t(locale, 'avklaring.noagree.badRotation'));
  const handovers = rotationSchedule(order, input.data.startDate, input.data.periodMonths);
  const first = handovers[0]!;
  // The address first: handover reminders (and the sweep) send with it.
  await rememberConversation(context, ctx.conversations, locale, ctx.deps.now());
  const lease = newLease(ctx.deps);
  const made = await ctx.avklaringer.end(
    owner,
    doc.avklaringId,
    { status: 'rotation', rotation: { periodMonths: input.data.periodMonths, startDate: input.data.startDate, handovers } },
    context.activity.id,
    {
      steps: [
        outboxSteps.coordinator(
          {
            service: first.serviceId,
            ...(first.person ? { aadObjectId: first.person.aadObjectId, name: first.person.name } : {}),
            // The first holder has the role from the chosen start date, not from the moment of the press.
            since: `${first.from}T00:00:00.000Z`,
            decidedBy: 'rotation',
            until: first.to,
          },
          `avklaring-rotation:${doc.avklaringId}`,
        ),
        outboxSteps.nudge(),
        outboxSteps.handover(1),
      ],
      now: ctx.deps.now().toISOString(),
      lease,
    },
  );
  if (made) turnLogger(context, ctx.deps.logger).info('avklaring.rotation', { caseRef: doc.caseRef, holders: handovers.length });
  await answerAfterEnding(ctx, context, locale, owner, doc.avklaringId, (shared) => respondCurrent(ctx, context, locale, owner, doc.avklaringId, shared), { lease: made ? lease : undefined, updateShared: made });
}

export async function scheduleHandover(ctx: AvklaringCtx, owner: string, doc: Pick<AvklaringDoc, 'avklaringId' | 'caseRef' | 'conversationId'>, h: Handover): Promise<void> {
  await ctx.reminders.schedule({
    id: reminderIdOf(doc.avklaringId, h.index),
    kind: HANDOVER_KIND,
    dueAt: dueAtOf(h),
    conversationId: doc.conversationId,
    payload: { owner, avklaringId: doc.avklaringId, index: h.index },
    caseRef: doc.caseRef,
  });
}

export function mentionOf(person: AvklaringPerson | undefined): { text: string; mentions: Mention[] } {
  if (!person?.teamsId) return { text: person?.name ?? '', mentions: [] };
  return { text: `<at>${person.name}</at>`, mentions: [{ id: person.teamsId, name: person.name }] };
}

/**
 * Sends the handover message to the conversation, moves the coordinator on the case to the next holder and
 * schedules the following handover. Each step is applied once even if the worker retries this reminder.
 */
export function handoverSender(ctx: AvklaringCtx) {
  return async (port: ConversationPort, reminder: ReminderDoc, locale: Locale): Promise<void> => {
    const owner = String(reminder.payload.owner ?? '');
    const avklaringId = String(reminder.payload.avklaringId ?? '');
    const index = Number(reminder.payload.index);
    const doc = await ctx.avklaringer.get(owner, avklaringId);
    if (!doc?.rotation || !Number.isInteger(index) || index < 0) return; // the avklaring was deleted with its case: nothing to hand over
    if (await rotationOver(ctx, owner, doc)) return;
    const h = handoverAt(doc.rotation, index);
    // The store first (each write applied once, however often this runs), the message last: a retry of this
    // reminder then repeats only what cannot be checked, the message (at least once), never a lost handover.
    await recordCoordinator(
      ctx,
      owner,
      doc.caseRef,
      {
        service: h.serviceId,
        ...(h.person ? { aadObjectId: h.person.aadObjectId, name: h.person.name } : {}),
        since: `${h.from}T00:00:00.000Z`,
        decidedBy: 'rotation',
        until: h.to,
      },
      `avklaring-handover:${avklaringId}:${index}`,
    );
    // Round the order again and again, one reminder at a time, until the case is closed or the rotation replaced.
    await scheduleHandover(ctx, owner, doc, handoverAt(doc.rotation, index + 1));
    const who = mentionOf(h.person);
    const holder = h.person ? `${serviceName(doc.profileId, h.serviceId, locale)} (${who.text})` : holderLabel(doc, h.serviceId, undefined, locale);
    await port.send({ text: t(locale, 'avklaring.rotation.handover', { caseRef: doc.caseRef, holder, to: showDate(h.to, locale) }), mentions: who.mentions });
  };
}

/**
 * The rotation goes round until the case is closed or the coordinator is settled another way: set by other
 * means than rotation, or a later avklaring on the same case has ended (its outcome replaces this one).
 */
async function rotationOver(ctx: AvklaringCtx, owner: string, doc: AvklaringDoc): Promise<boolean> {
  const caseDoc = await ctx.cases.get(owner, doc.caseRef);
  if (!caseDoc || caseDoc.status === 'closed') return true;
  if (caseDoc.coordinator && caseDoc.coordinator.decidedBy !== 'rotation') return true;
  const others = await ctx.avklaringer.forCase(owner, doc.caseRef);
  return others.some(
    (o) => o.avklaringId !== doc.avklaringId && o.status !== 'recommended' && o.status !== 'open' && (o.startedAt ?? o.createdAt) > (doc.startedAt ?? doc.createdAt),
  );
}

/** Rotation and "a leader decides" are not for cases where a unit (KTK) decides: a clear message, nothing changed. */
async function refusedWhereUnitDecides(context: TurnContext, locale: Locale, doc: AvklaringDoc): Promise<boolean> {
  const unit = decidingUnit(doc);
  if (!unit) return false;
  await respondWithMessage(context, t(locale, 'avklaring.noagree.unitDecides', { unit: unitShort(unit, locale) }));
  return true;
}

/**
 * "Send til KTK": where a unit decides which service coordinates, the convener ends the meeting by sending the
 * question there, with the proposals and their support as they stood (service and staff names only).
 */
export async function handleReferral(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
  if (!loaded) return;
  const { owner, doc, actor } = loaded;
  if (!decidingUnit(doc)) return respondWithMessage(context, t(locale, 'avklaring.noagree.noUnit'));
  const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
  const result = tally(doc, votes, proposals);
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
  if (made) turnLogger(context, ctx.deps.logger).info('avklaring.referred', { caseRef: doc.caseRef, proposals: referral.proposals.length });
  await respondCurrent(ctx, context, locale, owner, doc.avklaringId, made);
}

const escalationSchema = z.object({ leader: z.string().min(1).max(100) });

export async function handleEscalate(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
  if (!loaded) return;
  const { owner, doc, data } = loaded;
  if (await refusedWhereUnitDecides(context, locale, doc)) return;
  const input = escalationSchema.safeParse(data);
  const member = input.success ? (await leaderCandidates(ctx, context, owner, doc)).find((m) => m.aadObjectId === input.data.leader) : undefined;
  if (!member) return respondWithMessage(context, t(locale, 'avklaring.noagree.badLeader'));
  const leader: AvklaringPerson = { aadObjectId: member.aadObjectId, name: member.name, ...(member.teamsId ? { teamsId: member.teamsId } : {}) };
  const now = ctx.deps.now().toISOString();
  const lease = newLease(ctx.deps);
  const made = await ctx.avklaringer.end(owner, doc.avklaringId, { status: 'escalated', escalation: { leader, at: now } }, context.activity.id, {
    steps: [outboxSteps.escalate(leader), outboxSteps.escalationMessage(leader, locale)],
    now,
    lease,
  });
  if (made) turnLogger(context, ctx.deps.logger).info('avklaring.escalated', { caseRef: doc.caseRef });
  await answerAfterEnding(ctx, context, locale, owner, doc.avklaringId, (shared) => respondCurrent(ctx, context, locale, owner, doc.avklaringId, shared), { lease: made ? lease : undefined, updateShared: made });
}
