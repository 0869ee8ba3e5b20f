import { z } from 'zod';
import { t } from '../../i18n';
import { AvklaringDoc, AvklaringPerson, AvklaringProposal } from '../../store/avklaring';
import { CaseDoc, CaseMember, isCaseMember } from '../../store/cases';
import { Mutation } from '../../store/documents';
import { reply, type CardPress, type Reply } from '../../actions/types';
import { confirmMajority, propose, proposalIdFor, type Refusal } from '../../domain/avklaring/meeting';
import { AvklaringCtx, meetingOf, opIdOf, PressInput, putSharedCard, refusalText, rememberConversation, rosterNow } from './common';
import { decide } from './decision';
import { MAX_PARTICIPANTS, recommendationCard, startPeople, startPeopleFor, unionOf } from './recommendation';
import { currentCard } from './meetingCard';
import { pressPosition } from './positions';
import { answerAfterEnding, AVKLARING_STEPS, finishAvklaring, steps } from './outbox';
import { newLease } from '../outbox';
import { stepsOf, withSteps, type Lease } from '../../store/outbox';

const unknownAction = (press: CardPress) => reply.message(t(press.locale, 'error.unknownAction'));

/**
 * The current card and, when asked, an update of the shared message. The card is rendered from a fresh read;
 * if the avklaring moved on while rendering (another press), render again so a slow press does not put an
 * older card over a newer one.
 */
export async function current(ctx: AvklaringCtx, press: CardPress, avklaringId: string, updateShared: boolean): Promise<Reply> {
  const owner = press.place.owner;
  let doc = await ctx.avklaringer.get(owner, avklaringId);
  if (!doc) return unknownAction(press);
  let card = await currentCard(ctx, press.locale, owner, doc, press);
  for (let i = 0; i < 3; i++) {
    const again = await ctx.avklaringer.get(owner, avklaringId);
    if (!again || again.version === doc.version) break;
    doc = again;
    card = await currentCard(ctx, press.locale, owner, doc, press);
  }
  return reply.card(card, { updateShared });
}

/**
 * The start of every shared-card press: load the avklaring; an automatic refresh is answered with the current
 * card here and goes no further (it never writes).
 */
export async function load(ctx: AvklaringCtx, press: CardPress, input: PressInput): Promise<{ doc: AvklaringDoc } | { reply: Reply }> {
  const doc = await ctx.avklaringer.get(press.place.owner, input.avklaringId);
  if (!doc) return { reply: unknownAction(press) };
  if (press.automatic) return { reply: reply.card(await currentCard(ctx, press.locale, press.place.owner, doc, press)) };
  return { doc };
}

/**
 * A command's refusal as the presser's answer. After the end (`not-open`), a re-delivery of the press that
 * ended it (or any later press) finishes what that left; a convener's press on an older card (`stale-card`)
 * applies nothing and shows the card as it is now.
 */
export async function refused(ctx: AvklaringCtx, press: CardPress, doc: AvklaringDoc, refusal: Refusal): Promise<Reply> {
  if (refusal.code === 'not-participant') press.log.info('avklaring.refused_non_participant');
  if (refusal.code === 'not-open') {
    if (stepsOf(doc).length > 0) return answerAfterEnding(ctx, press, doc.avklaringId, (shared) => current(ctx, press, doc.avklaringId, shared), { updateShared: false });
    return reply.card(await currentCard(ctx, press.locale, press.place.owner, doc, press));
  }
  if (refusal.code === 'stale-card') return current(ctx, press, doc.avklaringId, false);
  return reply.message(refusalText(press.locale, refusal, doc));
}

const startSchema = z.object({ participants: z.string().max(5000).catch('') });

/** "Start avklaringsmøte" on the recommendation card: posts the shared meeting card. */
export async function handleStart(ctx: AvklaringCtx, input: PressInput, press: CardPress): Promise<Reply> {
  const owner = press.place.owner;
  const actor = press.actor.aadObjectId;
  const doc = await ctx.avklaringer.get(owner, input.avklaringId);
  if (!doc) return unknownAction(press);
  const caseDoc = await ctx.cases.get(owner, doc.caseRef);
  if (press.automatic) return reply.card(recommendationCard(press.locale, doc, await startPeopleFor(press, owner, doc, caseDoc)));
  if (doc.status !== 'recommended') {
    if (!caseDoc || !actor || !isCaseMember(caseDoc, actor)) return reply.message(t(press.locale, 'error.notMember'));
    // Started before: a re-delivery of the start (or a later press) finishes what the start left, e.g. the card.
    if (stepsOf(doc).length > 0) return answerAfterStart(ctx, press, doc, caseDoc, newLease(ctx.deps), false);
    return reply.card(recommendationCard(press.locale, doc, await startPeopleFor(press, owner, doc, caseDoc)));
  }
  // Case members and whoever is in the conversation now may start it and be chosen.
  const roster = await rosterNow(press);
  const everyone = unionOf(caseDoc?.members ?? [], roster);
  if (!caseDoc || !actor || !everyone.some((m) => m.aadObjectId === actor)) return reply.message(t(press.locale, 'error.notMember'));
  const people = startPeople(doc, caseDoc.members, roster, owner.startsWith('team:'));

  const ids = new Set(startSchema.parse(input).participants.split(',').map((s) => s.trim()).filter(Boolean));
  ids.add(actor);
  const byId = new Map(everyone.map((m) => [m.aadObjectId, m]));
  const picked = [...ids].map((id) => byId.get(id)).filter((m): m is CaseMember => !!m);
  if (picked.length > MAX_PARTICIPANTS) return reply.message(t(press.locale, 'avklaring.rec.tooManyParticipants', { max: MAX_PARTICIPANTS }));
  const participants: AvklaringPerson[] = picked.map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, ...(m.teamsId ? { teamsId: m.teamsId } : {}) }));
  if (participants.length < 2) return reply.message(t(press.locale, 'avklaring.rec.tooFewParticipants'));

  const now = ctx.deps.now().toISOString();
  const opId = opIdOf(press);
  const lease = newLease(ctx.deps);
  // The address first: the background sweep posts the shared card with it if this turn does not get that far.
  await rememberConversation(ctx, press);
  const outcome = await ctx.avklaringer.update(
    owner,
    doc.avklaringId,
    (cur): Mutation<AvklaringDoc, boolean> => {
      if (!cur || cur.status !== 'recommended') return { kind: 'unchanged', result: false };
      const open: AvklaringDoc = { ...cur, status: 'open', participants, convenerId: actor, startedAt: now, version: cur.version + 1 };
      // Participants who joined the conversation after the case was made become members of the case, so they may
      // act on it later (meetings, referat) like the others; then the shared card goes out.
      return { kind: 'write', doc: withSteps(open, [steps.caseMembers(picked, opId), steps.post(press.locale, opId)], now, lease), result: true };
    },
    opId,
  );
  const started = outcome.doc ?? doc;
  const startedHere = outcome.written && outcome.result;
  if (startedHere) press.log.info('avklaring.meeting_started', { caseRef: doc.caseRef, participants: participants.length });
  return answerAfterStart(ctx, press, started, caseDoc, startedHere ? lease : newLease(ctx.deps), outcome.written, people);
}

/**
 * Finishes the start (participants into the case, the shared card posted) and answers: the recommendation card
 * as started, or, while the shared card is not out yet, a message saying so.
 */
async function answerAfterStart(
  ctx: AvklaringCtx,
  press: CardPress,
  doc: AvklaringDoc,
  caseDoc: CaseDoc,
  lease: Lease,
  updateShared: boolean,
  people?: Awaited<ReturnType<typeof startPeopleFor>>,
): Promise<Reply> {
  const result = await finishAvklaring(ctx, press.place.owner, doc.avklaringId, { lease, port: press, log: press.log });
  const now = result.doc ?? doc;
  const card = recommendationCard(press.locale, now, people ?? (await startPeopleFor(press, press.place.owner, now, caseDoc)));
  if (result.status === 'done' || result.status === 'missing') return reply.card(card, { updateShared });
  const posted = !stepsOf(now).some((s) => s.step === AVKLARING_STEPS.post);
  press.log.warn('avklaring.start_unfinished', { status: result.status, left: stepsOf(now).length });
  // The recommendation card refreshes itself; the presser hears below how far the start got.
  if (updateShared) await putSharedCard(press, card);
  if (posted) return reply.message(t(press.locale, 'avklaring.unfinished'));
  return reply.message(t(press.locale, result.status === 'busy' ? 'avklaring.rec.startPosting' : 'avklaring.rec.startNotPosted'));
}

const proposalIdSchema = z.string().regex(/^[a-f0-9]{16}$/);

/**
 * Stale-card rule for positions: agreeing, proposing and "I cannot take it" are idempotent statements about
 * oneself, so they are applied from an older card as long as the meeting is open and the proposal exists;
 * the answer is always the current card. Convener actions (majority) on an older card apply nothing.
 * The avklaring itself is read (and the presser checked against its participants) once per group in positions.ts.
 */
export async function handleAgree(ctx: AvklaringCtx, input: PressInput, press: CardPress): Promise<Reply> {
  if (press.automatic) return refresh(ctx, input, press);
  const actor = press.actor.aadObjectId;
  if (!actor) return reply.message(t(press.locale, 'error.notMember'));
  const proposalId = proposalIdSchema.safeParse(input.proposalId);
  if (!proposalId.success) return reply.message(t(press.locale, 'avklaring.meeting.unknownProposal'));
  return pressPosition(ctx, { press, avklaringId: input.avklaringId, actor, opId: opIdOf(press), change: { agreesWith: proposalId.data } });
}

export async function handleCannot(ctx: AvklaringCtx, input: PressInput, press: CardPress): Promise<Reply> {
  if (press.automatic) return refresh(ctx, input, press);
  const actor = press.actor.aadObjectId;
  if (!actor) return reply.message(t(press.locale, 'error.notMember'));
  return pressPosition(ctx, { press, avklaringId: input.avklaringId, actor, opId: opIdOf(press), change: { cannotTake: true } });
}

const proposeSchema = z.object({ proposeService: z.string().catch(''), proposePerson: z.unknown() });

export async function handlePropose(ctx: AvklaringCtx, input: PressInput, press: CardPress): Promise<Reply> {
  const loaded = await load(ctx, press, input);
  if ('reply' in loaded) return loaded.reply;
  const { doc } = loaded;
  const owner = press.place.owner;
  const actor = press.actor.aadObjectId;
  const fields = proposeSchema.parse(input);
  const personId = fields.proposePerson === undefined || fields.proposePerson === '' ? undefined : String(fields.proposePerson);
  const result = propose(meetingOf(doc, await ctx.avklaringer.positions(owner, doc.avklaringId)), actor, { serviceId: fields.proposeService, personId });
  if (!result.ok) return refused(ctx, press, doc, result);
  const opId = opIdOf(press);
  let proposalWritten = false;
  for (const effect of result.effects) {
    if (effect.kind !== 'proposal') continue;
    const { proposal } = effect;
    const now = ctx.deps.now().toISOString();
    const written = await ctx.avklaringer.updateProposal(
      owner,
      doc.avklaringId,
      proposal.proposalId,
      (cur): Mutation<AvklaringProposal, void> => {
        if (cur && cur.person?.aadObjectId === proposal.person?.aadObjectId) return { kind: 'unchanged', result: undefined };
        const base: AvklaringProposal = cur ?? {
          id: '',
          pk: owner,
          type: 'avklaring-proposal',
          ops: [],
          avklaringId: doc.avklaringId,
          caseRef: doc.caseRef,
          proposalId: proposal.proposalId,
          serviceId: proposal.serviceId,
          proposedBy: effect.proposedBy,
          createdAt: now,
        };
        const next: AvklaringProposal = { ...base };
        if (proposal.person) next.person = proposal.person;
        else delete next.person;
        return { kind: 'write', doc: next, result: undefined };
      },
      opId,
    );
    if (written.duplicate) return current(ctx, press, doc.avklaringId, false);
    proposalWritten = written.written;
  }
  // Proposing counts as agreeing with one's own proposal; a repeat is recognised there by its press id.
  const proposalId = proposalIdFor(actor!, fields.proposeService);
  return pressPosition(ctx, { press, avklaringId: doc.avklaringId, actor: actor!, opId, change: { agreesWith: proposalId }, proposalWritten });
}

/**
 * "Bekreft flertallets valg": convener only, only on the current card (the majority they saw), and only when
 * more than half of the participants agree with one proposal.
 */
export async function handleMajority(ctx: AvklaringCtx, input: PressInput, press: CardPress): Promise<Reply> {
  const loaded = await load(ctx, press, input);
  if ('reply' in loaded) return loaded.reply;
  const { doc } = loaded;
  const owner = press.place.owner;
  // Who may press is settled before the positions are read: a refused press costs one read.
  const early = confirmMajority(meetingOf(doc), press.actor.aadObjectId, input.cardVersion);
  if (!early.ok && early.code !== 'no-majority') return refused(ctx, press, doc, early);
  const result = confirmMajority(meetingOf(doc, await ctx.avklaringer.positions(owner, doc.avklaringId)), press.actor.aadObjectId, input.cardVersion);
  if (!result.ok) return refused(ctx, press, doc, result);
  const decided = result.effects.find((e) => e.kind === 'decided');
  const made = decided ? await decide(ctx, owner, doc, decided.decision, opIdOf(press)) : false;
  if (made) press.log.info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'majority' });
  // decide() ran the steps already; whatever failed there is tried once more here, in this turn.
  return answerAfterEnding(ctx, press, doc.avklaringId, (shared) => current(ctx, press, doc.avklaringId, shared), { updateShared: made });
}

/** "avklaring.refresh" (the card's automatic refresh, or a manual one): read only, never a write or a PUT. */
export async function refresh(ctx: AvklaringCtx, input: PressInput, press: CardPress): Promise<Reply> {
  const doc = await ctx.avklaringer.get(press.place.owner, input.avklaringId);
  if (!doc) return unknownAction(press);
  return reply.card(await currentCard(ctx, press.locale, press.place.owner, doc, press));
}
