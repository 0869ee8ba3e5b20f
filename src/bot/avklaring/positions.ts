import { Locale, t } from '../../i18n';
import { AdaptiveCardJson } from '../../cards/render';
import { AvklaringDoc, AvklaringProposal, AvklaringVote } from '../../store/avklaring';
import { Mutation, OPS_KEPT } from '../../store/documents';
import { GroupCommit } from '../../groupCommit';
import { reply, type CardPress, type Reply } from '../../actions/types';
import { changePosition, mayAct, unanimousDecision, type PositionChange } from '../../domain/avklaring/meeting';
import { AvklaringCtx, meetingOf, putSharedCard, refusalText } from './common';
import { decide, outcomeCard } from './decision';
import { currentCard, meetingCard } from './meetingCard';

/**
 * A participant changing their own position on the shared avklaringsmøte card (agree, "I cannot take it",
 * or the agreement that comes with a proposal). Presses on one card are committed in groups
 * (src/groupCommit.ts): per group one read of the avklaring and its positions, one write per participant
 * (starting from the copy just read, so usually no extra read), one version bump, one render and one update of
 * the shared message. Under a crowd this replaces a dozen store round trips and a retry queue on the parent
 * document per press; a press on its own makes five store round trips: one query for the avklaring with its positions, the
 * participant's write, the positions read again after it, the version bump, and one read after the shared update.
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
  const { doc, ...before } = await ctx.avklaringer.state(owner, avklaringId);
  if (!doc) return presses.map((p) => ({ message: t(localeOf(p), 'error.unknownAction') }));
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
  await Promise.all(
    [...byActor].map(async ([actor, indexes]) => {
      const mine = indexes.map((i) => presses[i]!);
      const known = before.votes.find((v) => v.actorId === actor);
      const outcome = await ctx.avklaringer.updateVote(owner, avklaringId, actor, (current) => applyPresses(current, mine, { owner, doc, actor, now }), {
        known: { doc: known },
      });
      // A write that only recorded activity ids (a press repeating the participant's position) changes no card.
      if (!outcome.written || !outcome.result.includes('applied')) return;
      changed = true;
      outcome.result.forEach((status, k) => {
        if (status === 'applied') mine[k]!.press.log.info('avklaring.position', { caseRef: doc.caseRef });
      });
    }),
  );
  // Nothing changed (repeats, re-deliveries, refusals): answer with the card as read, touch nothing.
  if (!changed) return answerAll(presses, answers, renderAll(presses, doc, before.votes, before.proposals));

  // Read again after our writes, never patched from the first copy: of two last voters writing at the same time
  // on two instances, this read is what guarantees that at least one of them sees both votes (and decides).
  let positions = await ctx.avklaringer.positions(owner, avklaringId);
  let current = await settle(ctx, presses, doc, positions);
  let cards = renderAll(presses, current, positions.votes, positions.proposals);
  // Last writer wins on the shared message, so after our update we look once more: if the avklaring moved on
  // meanwhile (another instance), we put the newer card up ourselves rather than leave ours on top.
  const putter = [...presses].reverse().find((p, k) => !answers[presses.length - 1 - k] && p.press.cardMessageId);
  for (let round = 0; putter && round < 3; round++) {
    // Every press is stored and each presser gets the current card back; if the update fails, the shared
    // message catches up on the next press or when someone opens it (the card refreshes itself).
    if (!(await putSharedCard(putter.press, cards.get(localeOf(putter))!))) break;
    const again = await ctx.avklaringer.get(owner, avklaringId);
    if (!again || (again.version === current.version && again.status === current.status)) break;
    current = again;
    if (current.status === 'open') positions = await ctx.avklaringer.positions(owner, avklaringId);
    cards = renderAll(presses, current, positions.votes, positions.proposals);
  }
  return answerAll(presses, answers, cards);
}

/** After a change: decide when everyone agrees, else bump the card version once for the whole group. */
async function settle(ctx: AvklaringCtx, presses: PositionPress[], doc: AvklaringDoc, positions: { votes: AvklaringVote[]; proposals: AvklaringProposal[] }): Promise<AvklaringDoc> {
  const { avklaringId } = presses[0]!;
  const owner = presses[0]!.press.place.owner;
  const decision = unanimousDecision(meetingOf(doc, positions));
  if (decision) {
    const made = await decide(ctx, owner, doc, decision);
    if (made) presses[presses.length - 1]!.press.log.info('avklaring.decided', { caseRef: doc.caseRef, decidedBy: 'agreement' });
    return (await ctx.avklaringer.get(owner, avklaringId)) ?? doc;
  }
  // The first attempt writes on the copy read before our votes. If that loses (412), the fresh read comes after
  // our votes were stored; a bump by someone else after that point was rendered with our votes in it, so we
  // need not bump again. This keeps a crowd from turning the parent document into a queue of retries.
  let attempt = 0;
  let seenAfterOurWrites = 0;
  const bumped = await ctx.avklaringer.update(
    owner,
    avklaringId,
    (latest): Mutation<AvklaringDoc, void> => {
      attempt++;
      if (!latest || latest.status !== 'open') return { kind: 'unchanged', result: undefined };
      if (attempt === 2) seenAfterOurWrites = latest.version;
      else if (attempt > 2 && latest.version > seenAfterOurWrites) return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...latest, version: latest.version + 1 }, result: undefined };
    },
    undefined,
    doc,
  );
  return bumped.doc ?? doc;
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

function answerAll(presses: PositionPress[], answers: (Answer | undefined)[], cards: Map<Locale, AdaptiveCardJson>): Answer[] {
  return presses.map((p, i) => answers[i] ?? { card: cards.get(localeOf(p))! });
}
