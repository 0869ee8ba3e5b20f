import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson, } from '../../cards/render';
import { AvklaringDoc, AvklaringPerson, AvklaringProposal, AvklaringVote, proposalIdFor } from '../../store/avklaring';
import { isCaseMember } from '../../store/cases';
import { Mutation } from '../../store/documents';
import { actorId, ownerScope, replyWithCard } from '../turn';
import { respondWithCard, respondWithMessage } from '../cardResponses';
import { turnLogger } from '../app';
import { AvklaringCtx, avklaringRefSchema, isParticipant, participant, serviceName, VERBS } from './common';
import { actionData, isAutomatic } from '../cardActions';
import { decide, holderLabel, outcomeCard, tally } from './decision';
import { recommendationCard } from './recommendation';

export function meetingCard(locale: Locale, doc: AvklaringDoc, votes: AvklaringVote[], proposals: AvklaringProposal[]): AdaptiveCardJson {
  const { agreeing } = tally(doc, votes, proposals);
  const total = doc.participants.length;
  const nameOf = (id: string) => doc.participants.find((p) => p.aadObjectId === id)?.name ?? id;
  const labelOf = (p: AvklaringProposal) => holderLabel(doc, p.serviceId, p.person?.name, locale);
  const byId = new Map(proposals.map((p) => [p.proposalId, p]));
  const serviceIds = serviceIdsOf(doc);
  const suggested = doc.recommendation.suggestedServiceId;
  const common = { avklaringId: doc.avklaringId, cardVersion: doc.version };
  return renderCard('avklaring-meeting', {
    title: t(locale, 'avklaring.meeting.title'),
    caseLine: `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
    intro: t(locale, 'avklaring.meeting.intro'),
    suggested: `${t(locale, 'avklaring.meeting.suggested')}: ${suggested ? serviceName(doc.profileId, suggested, locale) : t(locale, 'avklaring.rec.noSuggestion')}`,
    proposalsTitle: t(locale, 'avklaring.meeting.proposals'),
    noProposals: proposals.length === 0 ? t(locale, 'avklaring.meeting.noProposals') : '',
    proposals: proposals.map((p) => {
      const ids = agreeing.get(p.proposalId) ?? [];
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
      const v = votes.find((x) => x.actorId === person.aadObjectId);
      const agreed = v?.agreesWith ? byId.get(v.agreesWith) : undefined;
      const parts: string[] = [];
      if (agreed) parts.push(t(locale, 'avklaring.meeting.pos.agrees', { proposal: labelOf(agreed) }));
      if (v?.cannotTake) parts.push(t(locale, 'avklaring.meeting.pos.cannot'));
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
    majorityLabel: t(locale, 'avklaring.meeting.majority'),
    noAgreementLabel: t(locale, 'avklaring.meeting.noAgreement'),
    verbs: VERBS,
    common,
    refreshUserIds: doc.participants.map((p) => p.teamsId).filter((id): id is string => !!id),
    footer: t(locale, 'avklaring.meeting.version', { version: doc.version }),
  });
}

export function serviceIdsOf(doc: AvklaringDoc): string[] {
  const services = (doc.answers as { services?: { serviceId: string }[] }).services ?? [];
  return services.map((s) => s.serviceId);
}

/** The card that shows the avklaring as it is now: meeting while open, the outcome afterwards. */
export async function currentCard(ctx: AvklaringCtx, locale: Locale, owner: string, doc: AvklaringDoc): Promise<AdaptiveCardJson> {
  if (doc.status === 'open') {
    const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
    return meetingCard(locale, doc, votes, proposals);
  }
  if (doc.status === 'recommended') return recommendationCard(locale, doc, (await ctx.cases.get(owner, doc.caseRef))?.members ?? []);
  return outcomeCard(locale, doc);
}

/**
 * Answers with the current card and, when asked, updates the shared message. The card is rendered from a fresh
 * read; if the avklaring moved on while rendering (another press), render again so a slow press does not put
 * an older card over a newer one.
 */
export async function respondCurrent(ctx: AvklaringCtx, context: TurnContext, locale: Locale, owner: string, avklaringId: string, updateShared: boolean): Promise<void> {
  let doc = await ctx.avklaringer.get(owner, avklaringId);
  if (!doc) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  let card = await currentCard(ctx, locale, owner, doc);
  for (let i = 0; i < 3; i++) {
    const again = await ctx.avklaringer.get(owner, avklaringId);
    if (!again || again.version === doc.version) break;
    doc = again;
    card = await currentCard(ctx, locale, owner, doc);
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
    await respondWithCard(context, await currentCard(ctx, locale, owner, doc), { updateShared: false });
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
    await respondWithCard(context, await currentCard(ctx, locale, owner, doc), { updateShared: false });
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
  const members = caseDoc?.members ?? [];
  if (isAutomatic(context)) return respondWithCard(context, recommendationCard(locale, doc, members), { updateShared: false });
  const actor = actorId(context);
  if (!caseDoc || !isCaseMember(caseDoc, actor) || !actor) return respondWithMessage(context, t(locale, 'error.notMember'));
  if (doc.status !== 'recommended') return respondWithCard(context, recommendationCard(locale, doc, members), { updateShared: false });

  const chosen = z.string().max(5000).safeParse(data.participants ?? '');
  const ids = new Set((chosen.success ? chosen.data : '').split(',').map((s) => s.trim()).filter(Boolean));
  ids.add(actor);
  const participants: AvklaringPerson[] = members
    .filter((m) => ids.has(m.aadObjectId) && m.role !== 'family')
    .map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, ...(m.teamsId ? { teamsId: m.teamsId } : {}) }))
    .slice(0, 60);
  if (participants.length < 2) return respondWithMessage(context, t(locale, 'avklaring.rec.tooFewParticipants'));

  const now = ctx.deps.now().toISOString();
  const outcome = await ctx.avklaringer.update(
    owner,
    doc.avklaringId,
    (current): Mutation<AvklaringDoc, boolean> => {
      if (!current || current.status !== 'recommended') return { kind: 'unchanged', result: false };
      return { kind: 'write', doc: { ...current, status: 'open', participants, convenerId: actor, startedAt: now, version: current.version + 1 }, result: true };
    },
    context.activity.id,
  );
  const started = outcome.doc ?? doc;
  if (outcome.written && outcome.result) {
    const sharedId = await replyWithCard(context, meetingCard(locale, started, [], []));
    if (sharedId) {
      await ctx.avklaringer.update(owner, doc.avklaringId, (current): Mutation<AvklaringDoc, void> =>
        current ? { kind: 'write', doc: { ...current, sharedActivityId: sharedId }, result: undefined } : { kind: 'unchanged', result: undefined },
      );
    }
    turnLogger(context, ctx.deps.logger).info('avklaring.meeting_started', { caseRef: doc.caseRef, participants: participants.length });
  }
  await respondWithCard(context, recommendationCard(locale, started, members), { updateShared: outcome.written });
}

/** After a participant's position changed: decide when everyone agrees, else bump the card version. */
async function afterChange(ctx: AvklaringCtx, context: TurnContext, locale: Locale, loaded: Loaded): Promise<void> {
  const { owner, doc } = loaded;
  const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
  const result = tally(doc, votes, proposals);
  if (result.unanimous) {
    const agreedBy = result.agreeing.get(result.unanimous.proposalId) ?? [];
    const made = await decide(ctx, owner, doc, result.unanimous, 'agreement', agreedBy);
    if (made) turnLogger(context, ctx.deps.logger).info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'agreement' });
  } else {
    // Every read inside this update happens after our position was stored. If another press bumps the version
    // between our first read and our write (the 412 retry sees a higher number), that newer card version was
    // rendered after our change and already shows it, so we need not bump again: under a crowd of presses this
    // keeps the parent document from becoming a queue of retries.
    let firstSeen: number | undefined;
    await ctx.avklaringer.update(owner, doc.avklaringId, (current): Mutation<AvklaringDoc, void> => {
      if (!current || current.status !== 'open') return { kind: 'unchanged', result: undefined };
      if (firstSeen === undefined) firstSeen = current.version;
      else if (current.version > firstSeen) return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...current, version: current.version + 1 }, result: undefined };
    });
  }
  await respondCurrent(ctx, context, locale, owner, doc.avklaringId, true);
}

/**
 * Stale-card rule for positions: agreeing, proposing and "I cannot take it" are idempotent statements about
 * oneself, so they are applied from an older card as long as the meeting is open and the proposal exists;
 * the answer is always the current card. Convener actions (majority) on an older card apply nothing.
 */
export async function handleAgree(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale);
  if (!loaded) return;
  const proposalId = z.string().regex(/^[a-f0-9]{16}$/).safeParse(loaded.data.proposalId);
  const proposal = proposalId.success ? await ctx.avklaringer.getProposal(loaded.owner, loaded.doc.avklaringId, proposalId.data) : undefined;
  if (!proposalId.success || !proposal) return respondWithMessage(context, t(locale, 'avklaring.meeting.unknownProposal'));
  await setPosition(ctx, context, locale, loaded, (v) => ({ ...v, agreesWith: proposalId.data }));
}

export async function handleCannot(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale);
  if (!loaded) return;
  await setPosition(ctx, context, locale, loaded, (v) => ({ ...v, cannotTake: true }));
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
  const opId = context.activity.id;
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
  await setPosition(ctx, context, locale, loaded, (v) => ({ ...v, agreesWith: proposalId }), written.written);
}

async function setPosition(
  ctx: AvklaringCtx,
  context: TurnContext,
  locale: Locale,
  loaded: Loaded,
  change: (v: AvklaringVote) => AvklaringVote,
  alreadyChanged = false,
): Promise<void> {
  const { owner, doc, actor } = loaded;
  const now = ctx.deps.now().toISOString();
  const outcome = await ctx.avklaringer.updateVote(
    owner,
    doc.avklaringId,
    actor,
    (current): Mutation<AvklaringVote, void> => {
      const base: AvklaringVote = current ?? { id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId: doc.avklaringId, caseRef: doc.caseRef, actorId: actor, cannotTake: false, updatedAt: now };
      const next = change(base);
      if (current && next.agreesWith === current.agreesWith && next.cannotTake === current.cannotTake) return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...next, updatedAt: now }, result: undefined };
    },
    context.activity.id,
  );
  if (outcome.duplicate || (!outcome.written && !alreadyChanged)) {
    // A re-delivered activity or a press that changes nothing: answer with the current card, touch nothing.
    return respondCurrent(ctx, context, locale, owner, doc.avklaringId, false);
  }
  turnLogger(context, ctx.deps.logger).info('avklaring.position', { caseRef: doc.caseRef });
  await afterChange(ctx, context, locale, loaded);
}

/** "Bekreft flertallets valg": convener only, and only on the current card (the majority they saw). */
export async function handleMajority(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const loaded = await loadForPress(ctx, context, locale, { convenerOnly: true });
  if (!loaded) return;
  const { owner, doc } = loaded;
  if (loaded.cardVersion < doc.version) return respondCurrent(ctx, context, locale, owner, doc.avklaringId, false);
  const { votes, proposals } = await ctx.avklaringer.positions(owner, doc.avklaringId);
  const result = tally(doc, votes, proposals);
  if (!result.majority) return respondWithMessage(context, t(locale, 'avklaring.meeting.noMajority'));
  const made = await decide(ctx, owner, doc, result.majority, 'majority', result.agreeing.get(result.majority.proposalId) ?? [], context.activity.id);
  if (made) turnLogger(context, ctx.deps.logger).info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'majority' });
  await respondCurrent(ctx, context, locale, owner, doc.avklaringId, made);
}

/** "avklaring.refresh" (the card's automatic refresh, or a manual one): read only, never a write or a PUT. */
export async function handleRefresh(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const ref = avklaringRefSchema.safeParse(actionData(context));
  const owner = ownerScope(context);
  const doc = ref.success ? await ctx.avklaringer.get(owner, ref.data.avklaringId) : undefined;
  if (!doc) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  await respondWithCard(context, await currentCard(ctx, locale, owner, doc), { updateShared: false });
}
