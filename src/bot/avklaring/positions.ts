import { Locale, t } from '../../i18n';
import { AdaptiveCardJson } from '../../cards/render';
import { avklaringDocId, endedDoc, type AvklaringDoc, type AvklaringProposal, type AvklaringState, type AvklaringVote } from '../../store/avklaring';
import { backOff, ConcurrencyExhausted, Mutation, OPS_KEPT } from '../../store/documents';
import { GroupCommit } from '../../groupCommit';
import { reply, type CardPress, type Reply } from '../../actions/types';
import { changePosition, mayAct, unanimousDecision, type PositionChange } from '../../domain/avklaring/meeting';
import { AvklaringCtx, meetingOf, putSharedCard, refusalText } from './common';
import { afterDecision, decisionEnding, outcomeCard } from './decision';
import { currentCard, meetingCard } from './meetingCard';

/**
 * A participant changing their own position on the shared avklaringsmøte card (agree, "I cannot take it",
 * or the agreement that comes with a proposal). Presses on one card are committed in groups
 * (src/groupCommit.ts): per group one query for the avklaring with its votes and proposals, one write per
 * participant (starting from the copy just read, so no extra read), one update of the shared message and one
 * write on the avklaring (the version bump, or the decision), conditional on the copy read at the start. A
 * press on its own makes three store round trips: the query, the participant's write, the avklaring's write.
 * Only when another instance wrote the avklaring in between does it read again (one query) and write again;
 * settle() says why that keeps exactly one decision and the newest card on top.
 */
export interface PositionPress {
  press: CardPress;
  avklaringId: string;
  actor: string;
  opId: string;
  change: PositionChange;
  /** The press also wrote a proposal, so the card changes even if the participant's vote does not. */
  proposalWritten?: boolean;
}

type Answer = { card: AdaptiveCardJson } | { message: string };
type Status = 'applied' | 'same' | 'duplicate';

const groups = new WeakMap<AvklaringCtx, GroupCommit<PositionPress, Answer>>();

/** Records the press with others on the same card and answers it with the card as it is afterwards. */
export async function pressPosition(ctx: AvklaringCtx, position: PositionPress): Promise<Reply> {
  let group = groups.get(ctx);
  if (!group) {
    group = new GroupCommit((_key, presses) => commit(ctx, presses));
    groups.set(ctx, group);
  }
  // The group's store work runs once for everyone waiting here, so a waiting press holds no place in the turn
  // limiter: the crowd then lands in one group instead of in groups of the limiter's size.
  position.press.releaseStoreSlot();
  const answer = await group.submit(`${position.press.place.owner}\u0000${position.avklaringId}`, position);
  return 'message' in answer ? reply.message(answer.message) : reply.card(answer.card);
}

const localeOf = (p: PositionPress): Locale => p.press.locale;

async function commit(ctx: AvklaringCtx, presses: PositionPress[]): Promise<Answer[]> {
  const { avklaringId } = presses[0]!;
  const owner = presses[0]!.press.place.owner;
  const answers: (Answer | undefined)[] = presses.map(() => undefined);
  // The avklaring with its votes and proposals in one query: the starting copy the presses are checked against.
  const before = await ctx.avklaringer.state(owner, avklaringId);
  const { doc } = before;
  if (!doc) return gone(presses);
  presses.forEach((p, i) => {
    if (mayAct(meetingOf(doc), p.actor)?.code !== 'not-participant') return;
    p.press.log.info('avklaring.refused_non_participant');
    answers[i] = { message: t(localeOf(p), 'error.notMember') };
  });
  if (doc.status !== 'open') {
    // Decided, rotated or lifted meanwhile: nothing to record, show how it ended.
    const cards = new Map<Locale, AdaptiveCardJson>();
    for (const p of presses) if (!cards.has(localeOf(p))) cards.set(localeOf(p), await currentCard(ctx, localeOf(p), owner, doc));
    return answerAll(presses, answers, cards);
  }

  const meeting = meetingOf(doc, before);
  const byActor = new Map<string, number[]>();
  presses.forEach((p, i) => {
    if (answers[i]) return;
    // The rules check each press against the positions as read; the writes below keep re-deliveries out.
    const checked = changePosition(meeting, p.actor, p.change);
    if (!checked.ok) answers[i] = { message: refusalText(localeOf(p), checked, doc) };
    else byActor.set(p.actor, [...(byActor.get(p.actor) ?? []), i]);
  });

  let changed = presses.some((p, i) => p.proposalWritten && !answers[i]);
  const now = ctx.deps.now().toISOString();
  const written = new Map<string, AvklaringVote>();
  await Promise.all(
    [...byActor].map(async ([actor, indexes]) => {
      const mine = indexes.map((i) => presses[i]!);
      const known = before.votes.find((v) => v.actorId === actor);
      const outcome = await ctx.avklaringer.updateVote(owner, avklaringId, actor, (current) => applyPresses(current, mine, { owner, doc, actor, now }), {
        known: { doc: known },
      });
      // The vote as stored now (also when a re-delivery found it written already): what the card shows.
      if (outcome.doc) written.set(actor, outcome.doc);
      // A write that only recorded activity ids (a press repeating the participant's position) changes no card.
      if (!outcome.written || !outcome.result.includes('applied')) return;
      changed = true;
      outcome.result.forEach((status, k) => {
        if (status === 'applied') mine[k]!.press.log.info('avklaring.position', { caseRef: doc.caseRef });
      });
    }),
  );
  // The positions as read with our own writes in them: no second read, the write on the avklaring below is
  // conditional on the copy this came with.
  const after: AvklaringState = {
    doc,
    // In the order the query gave them, a first vote last, as a fresh read would have them.
    votes: [...before.votes.map((v) => written.get(v.actorId) ?? v), ...[...written.values()].filter((w) => !before.votes.some((v) => v.actorId === w.actorId))],
    proposals: before.proposals,
  };
  // Nothing changed (repeats, re-deliveries, refusals): answer with the card as read, touch nothing. Unless the
  // positions already agree, as after a press that stopped between its vote and the decision: decide now.
  if (!changed && !unanimousDecision(meetingOf(doc, after))) return answerAll(presses, answers, renderAll(presses, doc, after.votes, after.proposals));
  const cards = await settle(ctx, presses, answers, after);
  return cards ? answerAll(presses, answers, cards) : gone(presses);
}

const MAX_ATTEMPTS = 100;

/**
 * After a change: one write on the avklaring, conditional (ETag) on the state the cards are rendered from. It
 * decides when everyone agrees, else it bumps the card version. When another write came first (412), the state
 * is read again (avklaring and positions in one query) and everything is decided anew from that read.
 *
 * Why this is enough for the unanimity rule across instances: every changed position is followed by such a write,
 * and each write succeeds only on a state read after the writer's own vote. Of two last voters, the one whose
 * write succeeds second read its state after the first one's write, so after the first one's vote: it sees both
 * and decides. Why the last shared card is the newest: the shared message is updated *before* the write that
 * makes its version current, and waited for. A writer whose write succeeds later read its state after that write,
 * so its update reaches Teams after ours; a writer whose write fails puts up the card of its fresh read again.
 * Undefined when the avklaring is gone.
 */
async function settle(ctx: AvklaringCtx, presses: PositionPress[], answers: (Answer | undefined)[], first: AvklaringState): Promise<Map<Locale, AdaptiveCardJson> | undefined> {
  const { avklaringId } = presses[0]!;
  const owner = presses[0]!.press.place.owner;
  const last = presses[presses.length - 1]!;
  const putter = [...presses].reverse().find((p, k) => !answers[presses.length - 1 - k] && p.press.cardMessageId);
  // Every press is stored and each presser gets the current card back; if an update fails, the shared message
  // catches up on the next press or when someone opens it (the card refreshes itself).
  const put = async (cards: Map<Locale, AdaptiveCardJson>) => !!putter && putSharedCard(putter.press, cards.get(localeOf(putter))!);
  let state = first;
  let putOpen = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (attempt > 1) {
      await backOff(attempt - 1);
      state = await ctx.avklaringer.state(owner, avklaringId);
    }
    const doc = state.doc;
    if (!doc) return undefined;
    if (doc.status !== 'open') {
      // Ended meanwhile by someone else, whose card may have gone up before our meeting card: put theirs back on top.
      const cards = renderAll(presses, doc, state.votes, state.proposals);
      if (putOpen) await put(cards);
      return cards;
    }
    if (!doc._etag) throw new Error(`avklaring ${avklaringId} read without its ETag`);
    const decision = unanimousDecision(meetingOf(doc, state));
    if (decision) {
      const { ending, outbox, lease } = decisionEnding(ctx, doc, decision);
      const decided = await ctx.avklaringer.replaceIfMatch(endedDoc(doc, ending, outbox), doc._etag);
      if (!decided) continue;
      last.press.log.info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'agreement' });
      await afterDecision(ctx, owner, decided, lease);
      const cards = renderAll(presses, decided, state.votes, state.proposals);
      await put(cards);
      return cards;
    }
    const next: AvklaringDoc = { ...doc, version: doc.version + 1 };
    const cards = renderAll(presses, next, state.votes, state.proposals);
    putOpen = (await put(cards)) || putOpen;
    if (await ctx.avklaringer.replaceIfMatch(next, doc._etag)) return cards;
  }
  throw new ConcurrencyExhausted(avklaringDocId(avklaringId), MAX_ATTEMPTS);
}

/** One participant's presses in arrival order, on their vote document; `ops` keeps re-deliveries out. */
function applyPresses(
  current: AvklaringVote | undefined,
  presses: PositionPress[],
  at: { owner: string; doc: AvklaringDoc; actor: string; now: string },
): Mutation<AvklaringVote, Status[]> {
  let vote: AvklaringVote = current ?? {
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
  const statuses: Status[] = [];
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
  if (!recorded) return { kind: 'unchanged', result: statuses };
  return { kind: 'write', doc: { ...vote, ops: ops.slice(-OPS_KEPT), ...(write ? { updatedAt: at.now } : {}) }, result: statuses };
}

function renderAll(presses: PositionPress[], doc: AvklaringDoc, votes: AvklaringVote[], proposals: AvklaringProposal[]): Map<Locale, AdaptiveCardJson> {
  const cards = new Map<Locale, AdaptiveCardJson>();
  for (const p of presses) {
    const locale = localeOf(p);
    if (!cards.has(locale)) cards.set(locale, doc.status === 'open' ? meetingCard(locale, doc, votes, proposals) : outcomeCard(locale, doc));
  }
  return cards;
}

const gone = (presses: PositionPress[]): Answer[] => presses.map((p) => ({ message: t(localeOf(p), 'error.unknownAction') }));

function answerAll(presses: PositionPress[], answers: (Answer | undefined)[], cards: Map<Locale, AdaptiveCardJson>): Answer[] {
  return presses.map((p, i) => answers[i] ?? { card: cards.get(localeOf(p))! });
}
