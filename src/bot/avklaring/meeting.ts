import { randomUUID } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { AvklaringDoc, AvklaringPerson, AvklaringProposal, proposalIdFor } from '../../store/avklaring';
import { CaseDoc, CaseMember, isCaseMember } from '../../store/cases';
import { Mutation } from '../../store/documents';
import { actorId, ownerScope, rememberConversation } from '../turn';
import { respondWithCard, respondWithMessage, updateSharedCard } from '../cardResponses';
import { turnLogger } from '../app';
import { AvklaringCtx, avklaringRefSchema, isParticipant, participant } from './common';
import { actionData, isAutomatic } from '../cardActions';
import { decide, tally } from './decision';
import { MAX_PARTICIPANTS, recommendationCard, rosterNow, startPeople, startPeopleFor, unionOf } from './recommendation';
import { currentCard, serviceIdsOf } from './meetingCard';
import { pressPosition, PositionPress } from './positions';
import { answerAfterEnding, AVKLARING_STEPS, finishAvklaring, steps } from './outbox';
import { newLease } from '../outbox';
import { stepsOf, withSteps, type Lease } from '../../store/outbox';

/**
 * Answers with the current card and, when asked, updates the shared message. The card is rendered from a fresh
 * read; if the avklaring moved on while rendering (another press), render again so a slow press does not put
 * an older card over a newer one.
 */
export async function respondCurrent(ctx: AvklaringCtx, context: TurnContext, locale: Locale, owner: string, avklaringId: string, updateShared: boolean): Promise<void> {
  let doc = await ctx.avklaringer.get(owner, avklaringId);
  if (!doc) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  let card = await currentCard(ctx, locale, owner, doc, context);
  for (let i = 0; i < 3; i++) {
    const again = await ctx.avklaringer.get(owner, avklaringId);
    if (!again || again.version === doc.version) break;
    doc = again;
    card = await currentCard(ctx, locale, owner, doc, context);
  }
  await respondWithCard(context, card, { updateShared });
}

export type Loaded = { owner: string; doc: AvklaringDoc; actor: string; data: Record<string, unknown>; cardVersion: number };

/**
 * Common start of every shared-card press: parse, load, refuse non-participants (a message, nothing else).
 * Automatic refreshes are answered here with the current card and never go further.
 */
export async function loadForPress(ctx: AvklaringCtx, context: TurnContext, locale: Locale, opts: { convenerOnly?: boolean } = {}): Promise<Loaded | undefined> {
  const data = actionData(context);
  const ref = avklaringRefSchema.safeParse(data);
  if (!ref.success) {
    await respondWithMessage(context, t(locale, 'error.unknownAction'));
    return undefined;
  }
  const owner = ownerScope(context);
  const doc = await ctx.avklaringer.get(owner, ref.data.avklaringId);
  if (!doc) {
    await respondWithMessage(context, t(locale, 'error.unknownAction'));
    return undefined;
  }
  if (isAutomatic(context)) {
    await respondWithCard(context, await currentCard(ctx, locale, owner, doc, context), { updateShared: false });
    return undefined;
  }
  const actor = actorId(context);
  if (!actor || !isParticipant(doc, actor)) {
    turnLogger(context, ctx.deps.logger).info('avklaring.refused_non_participant');
    await respondWithMessage(context, t(locale, 'error.notMember'));
    return undefined;
  }
  if (opts.convenerOnly && doc.convenerId !== actor) {
    await respondWithMessage(context, t(locale, 'avklaring.meeting.onlyConvener'));
    return undefined;
  }
  if (doc.status !== 'open') {
    // Ended before: a re-delivery of the press that ended it (or any later press) finishes what that left.
    if (stepsOf(doc).length > 0) {
      await answerAfterEnding(ctx, context, locale, owner, doc.avklaringId, (shared) => respondCurrent(ctx, context, locale, owner, doc.avklaringId, shared), { updateShared: false });
      return undefined;
    }
    await respondWithCard(context, await currentCard(ctx, locale, owner, doc, context), { updateShared: false });
    return undefined;
  }
  return { owner, doc, actor, data, cardVersion: ref.data.cardVersion };
}

/** "Start avklaringsmøte" on the recommendation card: posts the shared meeting card. */
export async function handleStart(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const data = actionData(context);
  const ref = avklaringRefSchema.safeParse(data);
  const owner = ownerScope(context);
  const doc = ref.success ? await ctx.avklaringer.get(owner, ref.data.avklaringId) : undefined;
  if (!doc) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  const caseDoc = await ctx.cases.get(owner, doc.caseRef);
  if (isAutomatic(context)) return respondWithCard(context, recommendationCard(locale, doc, await startPeopleFor(ctx, context, owner, doc, caseDoc)), { updateShared: false });
  const actor = actorId(context);
  if (doc.status !== 'recommended') {
    if (!caseDoc || !actor || !isCaseMember(caseDoc, actor)) return respondWithMessage(context, t(locale, 'error.notMember'));
    // Started before: a re-delivery of the start (or a later press) finishes what the start left, e.g. the card.
    if (stepsOf(doc).length > 0) return answerAfterStart(ctx, context, locale, owner, doc, caseDoc, newLease(ctx.deps), false);
    return respondWithCard(context, recommendationCard(locale, doc, await startPeopleFor(ctx, context, owner, doc, caseDoc)), { updateShared: false });
  }
  // Case members and whoever is in the conversation now may start it and be chosen.
  const roster = await rosterNow(ctx, context);
  const everyone = unionOf(caseDoc?.members ?? [], roster);
  if (!caseDoc || !actor || !everyone.some((m) => m.aadObjectId === actor)) return respondWithMessage(context, t(locale, 'error.notMember'));
  const people = startPeople(doc, caseDoc.members, roster, owner.startsWith('team:'));

  const chosen = z.string().max(5000).safeParse(data.participants ?? '');
  const ids = new Set((chosen.success ? chosen.data : '').split(',').map((s) => s.trim()).filter(Boolean));
  ids.add(actor);
  const byId = new Map(everyone.map((m) => [m.aadObjectId, m]));
  const picked = [...ids].map((id) => byId.get(id)).filter((m): m is CaseMember => !!m);
  if (picked.length > MAX_PARTICIPANTS) return respondWithMessage(context, t(locale, 'avklaring.rec.tooManyParticipants', { max: MAX_PARTICIPANTS }));
  const participants: AvklaringPerson[] = picked.map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, ...(m.teamsId ? { teamsId: m.teamsId } : {}) }));
  if (participants.length < 2) return respondWithMessage(context, t(locale, 'avklaring.rec.tooFewParticipants'));

  const now = ctx.deps.now().toISOString();
  const opId = context.activity.id ?? randomUUID();
  const lease = newLease(ctx.deps);
  // The address first: the background sweep posts the shared card with it if this turn does not get that far.
  await rememberConversation(context, ctx.conversations, locale, ctx.deps.now());
  const outcome = await ctx.avklaringer.update(
    owner,
    doc.avklaringId,
    (current): Mutation<AvklaringDoc, boolean> => {
      if (!current || current.status !== 'recommended') return { kind: 'unchanged', result: false };
      const open: AvklaringDoc = { ...current, status: 'open', participants, convenerId: actor, startedAt: now, version: current.version + 1 };
      // Participants who joined the conversation after the case was made become members of the case, so they may
      // act on it later (meetings, referat) like the others; then the shared card goes out.
      return { kind: 'write', doc: withSteps(open, [steps.caseMembers(picked, opId), steps.post(locale, opId)], now, lease), result: true };
    },
    context.activity.id,
  );
  const started = outcome.doc ?? doc;
  const startedHere = outcome.written && outcome.result;
  if (startedHere) turnLogger(context, ctx.deps.logger).info('avklaring.meeting_started', { caseRef: doc.caseRef, participants: participants.length });
  return answerAfterStart(ctx, context, locale, owner, started, caseDoc, startedHere ? lease : newLease(ctx.deps), outcome.written, people);
}

/**
 * Finishes the start (participants into the case, the shared card posted) and answers: the recommendation card
 * as started, or, while the shared card is not out yet, a message saying so.
 */
async function answerAfterStart(
  ctx: AvklaringCtx,
  context: TurnContext,
  locale: Locale,
  owner: string,
  doc: AvklaringDoc,
  caseDoc: CaseDoc,
  lease: Lease,
  updateShared: boolean,
  people?: Awaited<ReturnType<typeof startPeopleFor>>,
): Promise<void> {
  const result = await finishAvklaring(ctx, owner, doc.avklaringId, { lease, context });
  const now = result.doc ?? doc;
  const card = recommendationCard(locale, now, people ?? (await startPeopleFor(ctx, context, owner, now, caseDoc)));
  if (result.status === 'done' || result.status === 'missing') return respondWithCard(context, card, { updateShared });
  const posted = !stepsOf(now).some((s) => s.step === AVKLARING_STEPS.post);
  turnLogger(context, ctx.deps.logger).warn('avklaring.start_unfinished', { status: result.status, left: stepsOf(now).length });
  if (updateShared) {
    try {
      await updateSharedCard(context, card);
    } catch {
      // The recommendation card refreshes itself; the presser hears below how far the start got.
    }
  }
  if (posted) return respondWithMessage(context, t(locale, 'avklaring.unfinished'));
  return respondWithMessage(context, t(locale, result.status === 'busy' ? 'avklaring.rec.startPosting' : 'avklaring.rec.startNotPosted'));
}

/**
 * Stale-card rule for positions: agreeing, proposing and "I cannot take it" are idempotent statements about
 * oneself, so they are applied from an older card as long as the meeting is open and the proposal exists;
 * the answer is always the current card. Convener actions (majority) on an older card apply nothing.
 */
export async function handleAgree(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const ref = await pressRef(ctx, context, locale);
  if (!ref) return;
  const proposalId = z.string().regex(/^[a-f0-9]{16}$/).safeParse(ref.data.proposalId);
  if (!proposalId.success) return respondWithMessage(context, t(locale, 'avklaring.meeting.unknownProposal'));
  await pressPosition(ctx, { ...ref.press, change: { agreesWith: proposalId.data } });
}

export async function handleCannot(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const ref = await pressRef(ctx, context, locale);
  if (!ref) return;
  await pressPosition(ctx, { ...ref.press, change: { cannotTake: true } });
}

/**
 * The cheap start of a position press: parse it and answer automatic refreshes; the avklaring itself is read
 * (and the presser checked against its participants) once per group in positions.ts.
 */
async function pressRef(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<{ press: Omit<PositionPress, 'change'>; data: Record<string, unknown> } | undefined> {
  const data = actionData(context);
  const ref = avklaringRefSchema.safeParse(data);
  const actor = actorId(context);
  if (!ref.success) {
    await respondWithMessage(context, t(locale, 'error.unknownAction'));
    return undefined;
  }
  if (isAutomatic(context)) {
    await handleRefresh(ctx, context, locale);
    return undefined;
  }
  if (!actor) {
    await respondWithMessage(context, t(locale, 'error.notMember'));
    return undefined;
  }
  return { press: { context, locale, owner: ownerScope(context), avklaringId: ref.data.avklaringId, actor, opId: context.activity.id ?? randomUUID() }, data };
}

export async function handlePropose(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale);
  if (!loaded) return;
  const { owner, doc, actor, data } = loaded;
  const serviceId = z.string().safeParse(data.proposeService);
  const personId = data.proposePerson === undefined || data.proposePerson === '' ? undefined : String(data.proposePerson);
  const person = personId ? participant(doc, personId) : undefined;
  if (!serviceId.success || !serviceIdsOf(doc).includes(serviceId.data) || (personId && !person)) return respondWithMessage(context, t(locale, 'avklaring.meeting.badInput'));
  const proposalId = proposalIdFor(actor, serviceId.data);
  const now = ctx.deps.now().toISOString();
  // Without an activity id a re-delivery cannot be recognised anyway; a fresh id keeps this press apart.
  const opId = context.activity.id ?? randomUUID();
  const written = await ctx.avklaringer.updateProposal(
    owner,
    doc.avklaringId,
    proposalId,
    (current): Mutation<AvklaringProposal, void> => {
      if (current && current.person?.aadObjectId === person?.aadObjectId) return { kind: 'unchanged', result: undefined };
      const base: AvklaringProposal = current ?? {
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
      const next: AvklaringProposal = { ...base };
      if (person) next.person = person;
      else delete next.person;
      return { kind: 'write', doc: next, result: undefined };
    },
    opId,
  );
  if (written.duplicate) return respondCurrent(ctx, context, locale, owner, doc.avklaringId, false);
  // Proposing counts as agreeing with one's own proposal.
  await pressPosition(ctx, {
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
export async function handleMajority(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
  if (!loaded) return;
  const { owner, doc } = loaded;
  if (loaded.cardVersion < doc.version) return respondCurrent(ctx, context, locale, owner, doc.avklaringId, false);
  const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
  const result = tally(doc, votes, proposals);
  if (!result.majority) return respondWithMessage(context, t(locale, 'avklaring.meeting.noMajority', { needed: result.needed, total: result.total }));
  const made = await decide(ctx, owner, doc, result.majority, 'majority', result.agreeing.get(result.majority.proposalId) ?? [], context.activity.id);
  if (made) turnLogger(context, ctx.deps.logger).info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'majority' });
  // decide() ran the steps already; whatever failed there is tried once more here, in this turn.
  await answerAfterEnding(ctx, context, locale, owner, doc.avklaringId, (shared) => respondCurrent(ctx, context, locale, owner, doc.avklaringId, shared), { updateShared: made });
}

/** "avklaring.refresh" (the card's automatic refresh, or a manual one): read only, never a write or a PUT. */
export async function handleRefresh(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const ref = avklaringRefSchema.safeParse(actionData(context));
  const owner = ownerScope(context);
  const doc = ref.success ? await ctx.avklaringer.get(owner, ref.data.avklaringId) : undefined;
  if (!doc) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  await respondWithCard(context, await currentCard(ctx, locale, owner, doc, context), { updateShared: false });
}
