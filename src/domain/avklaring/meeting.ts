import { createHash } from 'node:crypto';

/**
 * The avklaringsmøte as a state machine: who may act, how positions are counted, when the meeting is decided,
 * and how it ends without agreement (rotation, a leader decides, or the question goes to the unit that decides).
 * No I/O and no texts: a command takes the meeting and the acting person's Entra object id and returns the next
 * state and what must follow (`effects`), or a refusal code that src/i18n words.
 *
 * Source: 004 "2. Hvilken plantype og hvem skal koordinere?" (the services agree; if not, an avklaringsmøte;
 * if still not, the leaders decide or the role rotates), and where a unit (KTK) decides, the meeting only
 * proposes to it.
 */

export interface Person {
  aadObjectId: string;
  name: string;
  /** The Teams channel account id: only to mention the person. Opaque. */
  teamsId?: string;
}

export interface Proposal {
  proposalId: string;
  serviceId: string;
  person?: Person;
}

/** One participant's position: the proposal they agree with, and whether they said they cannot take the role. */
export interface Position {
  actorId: string;
  agreesWith?: string;
  cannotTake: boolean;
}

export type MeetingStatus = 'recommended' | 'open' | 'decided' | 'rotation' | 'escalated' | 'referred';

export interface Meeting {
  status: MeetingStatus;
  /** Bumped whenever the shared card changes; a card carries the version it shows. */
  version: number;
  participants: readonly Person[];
  convenerId?: string;
  /** The services in the answers: the only ones that can be proposed or take part in a rotation. */
  serviceIds: readonly string[];
  /** A unit (KTK) decides which service coordinates: the meeting proposes to it, and never rotates or escalates. */
  unitDecides: boolean;
  votes: readonly Position[];
  proposals: readonly Proposal[];
}

export type RefusalCode =
  | 'not-participant'
  | 'only-convener'
  | 'not-open'
  | 'unknown-proposal'
  | 'bad-proposal'
  | 'stale-card'
  | 'no-majority'
  | 'unit-decides'
  | 'no-unit'
  | 'bad-rotation'
  | 'bad-leader';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Numbers the text needs (`no-majority`: needed, total). */
  params?: Record<string, number>;
}

export type Decision = { proposal: Proposal; decidedBy: 'agreement' | 'majority'; agreedBy: string[] };
export type Rotation = { periodMonths: number; startDate: string; handovers: Handover[] };
export type Referral = { total: number; proposals: { serviceId: string; person?: Person; agreed: number }[] };

export type Effect =
  /** A proposal to store (new, or its person changed). */
  | { kind: 'proposal'; proposal: Proposal; proposedBy: string }
  /** The actor's position changed. */
  | { kind: 'position'; actorId: string; change: PositionChange }
  /** The meeting is decided. `coordinator`: the case gets this coordinator (not where a unit decides). */
  | { kind: 'decided'; decision: Decision; coordinator: boolean }
  | { kind: 'rotation'; rotation: Rotation }
  | { kind: 'escalated'; leader: Person }
  | { kind: 'referred'; referral: Referral };

export type Result = { ok: true; state: Meeting; effects: Effect[] } | Refusal;

export type PositionChange = { agreesWith: string } | { cannotTake: true };

const refuse = (code: RefusalCode, params?: Record<string, number>): Refusal => (params ? { ok: false, code, params } : { ok: false, code });

/** Same proposer + same service = same proposal, so a repeated "propose" never makes a second one. */
export function proposalIdFor(proposerId: string, serviceId: string): string {
  return createHash('sha256').update(`${proposerId}\u0000${serviceId}`).digest('hex').slice(0, 16);
}

/** Only participants act; an absent id (a guest without Entra id) is never one. */
export function isParticipant(m: Pick<Meeting, 'participants'>, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && m.participants.some((p) => p.aadObjectId === aadObjectId);
}

export function participant(m: Pick<Meeting, 'participants'>, aadObjectId: string | undefined): Person | undefined {
  return aadObjectId ? m.participants.find((p) => p.aadObjectId === aadObjectId) : undefined;
}

/** Who may press: a participant, the convener for the convener's buttons, and only while the meeting is open. */
export function mayAct(m: Meeting, actor: string | undefined, opts: { convenerOnly?: boolean } = {}): Refusal | undefined {
  if (!isParticipant(m, actor)) return refuse('not-participant');
  if (opts.convenerOnly && m.convenerId !== actor) return refuse('only-convener');
  if (m.status !== 'open') return refuse('not-open');
  return undefined;
}

/** Counts come only from participants, one position each, and only for proposals that exist. */
export interface Tally {
  agreeing: Map<string, string[]>;
  /** Every participant agrees with this proposal. */
  unanimous: Proposal | undefined;
  /**
   * The proposal more than half of the participants agree with (there can be at most one), which the convener
   * may confirm. The most-agreed proposal is not enough: one vote of three is no majority.
   */
  majority: Proposal | undefined;
  /** Agreements a proposal needs for a majority: more than half of the participants. */
  needed: number;
  total: number;
}

export function tally(m: Pick<Meeting, 'participants' | 'votes' | 'proposals'>): Tally {
  const ids = new Set(m.participants.map((p) => p.aadObjectId));
  const agreeing = new Map<string, string[]>(m.proposals.map((p) => [p.proposalId, []]));
  const counted = new Set<string>();
  for (const v of m.votes) {
    // One position per participant; the guard keeps a stray duplicate from counting twice.
    if (!ids.has(v.actorId) || !v.agreesWith || counted.has(v.actorId)) continue;
    const list = agreeing.get(v.agreesWith);
    if (!list) continue;
    list.push(v.actorId);
    counted.add(v.actorId);
  }
  const total = ids.size;
  const needed = Math.floor(total / 2) + 1;
  const ranked = m.proposals.map((p) => ({ p, n: agreeing.get(p.proposalId)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const top = ranked[0];
  const unanimous = top && top.n === total && total > 0 ? top.p : undefined;
  const majority = top && total > 0 && top.n >= needed ? top.p : undefined;
  return { agreeing, unanimous, majority, needed, total };
}

/** The participants who said they cannot take the role, in the order of the participant list. */
export function cannotTake(m: Pick<Meeting, 'participants' | 'votes'>): Person[] {
  const no = new Set(m.votes.filter((v) => v.cannotTake).map((v) => v.actorId));
  return m.participants.filter((p) => no.has(p.aadObjectId));
}

/** The position of one participant, if they have taken one. */
export function positionOf(m: Pick<Meeting, 'votes'>, aadObjectId: string): Position | undefined {
  return m.votes.find((v) => v.actorId === aadObjectId);
}

function withPosition(m: Meeting, actor: string, change: PositionChange): { state: Meeting; changed: boolean } {
  const before = positionOf(m, actor) ?? { actorId: actor, cannotTake: false };
  const after: Position = { ...before, ...change };
  const changed = after.agreesWith !== before.agreesWith || after.cannotTake !== before.cannotTake;
  if (!changed) return { state: m, changed };
  return { state: { ...m, votes: [...m.votes.filter((v) => v.actorId !== actor), after] }, changed };
}

/** After a change of positions: decided by agreement when every participant agrees with one proposal. */
function settle(m: Meeting, effects: Effect[]): Result {
  const decision = unanimousDecision(m);
  if (!decision) return { ok: true, state: m, effects };
  return { ok: true, state: { ...m, status: 'decided' }, effects: [...effects, { kind: 'decided', decision, coordinator: !m.unitDecides }] };
}

/** Agreeing with a proposal, or "I cannot take it": a statement about oneself, applied from any card of the open meeting. */
export function changePosition(m: Meeting, actor: string | undefined, change: PositionChange): Result {
  const refused = mayAct(m, actor);
  if (refused) return refused;
  if ('agreesWith' in change && !m.proposals.some((p) => p.proposalId === change.agreesWith)) return refuse('unknown-proposal');
  const next = withPosition(m, actor!, change);
  if (!next.changed) return { ok: true, state: m, effects: [] };
  return settle(next.state, [{ kind: 'position', actorId: actor!, change }]);
}

export const agree = (m: Meeting, actor: string | undefined, proposalId: string): Result => changePosition(m, actor, { agreesWith: proposalId });
export const cannot = (m: Meeting, actor: string | undefined): Result => changePosition(m, actor, { cannotTake: true });

/**
 * A participant proposes a service (and optionally a participant as the person): one proposal per proposer and
 * service; proposing counts as agreeing with it.
 */
export function propose(m: Meeting, actor: string | undefined, input: { serviceId: string; personId?: string }): Result {
  const refused = mayAct(m, actor);
  if (refused) return refused;
  const person = input.personId ? participant(m, input.personId) : undefined;
  if (!m.serviceIds.includes(input.serviceId) || (input.personId && !person)) return refuse('bad-proposal');
  const proposalId = proposalIdFor(actor!, input.serviceId);
  const existing = m.proposals.find((p) => p.proposalId === proposalId);
  const effects: Effect[] = [];
  let state = m;
  if (!existing || existing.person?.aadObjectId !== person?.aadObjectId) {
    const proposal: Proposal = { proposalId, serviceId: input.serviceId, ...(person ? { person } : {}) };
    state = { ...m, proposals: [...m.proposals.filter((p) => p.proposalId !== proposalId), proposal] };
    effects.push({ kind: 'proposal', proposal, proposedBy: actor! });
  }
  const next = withPosition(state, actor!, { agreesWith: proposalId });
  if (next.changed) effects.push({ kind: 'position', actorId: actor!, change: { agreesWith: proposalId } });
  if (effects.length === 0) return { ok: true, state: m, effects };
  return settle(next.state, effects);
}

/**
 * "Confirm the majority's choice": the convener only, only on the current card (the majority they saw), and only
 * when more than half of the participants agree with one proposal.
 */
export function confirmMajority(m: Meeting, actor: string | undefined, cardVersion: number): Result {
  const refused = mayAct(m, actor, { convenerOnly: true });
  if (refused) return refused;
  if (cardVersion < m.version) return refuse('stale-card');
  const { majority, agreeing, needed, total } = tally(m);
  if (!majority) return refuse('no-majority', { needed, total });
  const decision: Decision = { proposal: majority, decidedBy: 'majority', agreedBy: agreeing.get(majority.proposalId) ?? [] };
  return { ok: true, state: { ...m, status: 'decided' }, effects: [{ kind: 'decided', decision, coordinator: !m.unitDecides }] };
}

/** "No agreement": opens the convener's choices; nothing changes yet. */
export function noAgreement(m: Meeting, actor: string | undefined): Result {
  return mayAct(m, actor, { convenerOnly: true }) ?? { ok: true, state: m, effects: [] };
}

/** Most services in one rotation order. */
export const MAX_ROTATION_POSITIONS = 10;
export const MAX_PERIOD_MONTHS = 60;

/**
 * The role goes round the chosen services, each for one period. Not where a unit decides (rotating would
 * settle what is the unit's to decide). At least two services, each once, each from the answers; a person named
 * for a position must be a participant.
 */
export function rotate(
  m: Meeting,
  actor: string | undefined,
  input: { order: { serviceId: string; personId?: string }[]; startDate: string; periodMonths: number },
): Result {
  const refused = mayAct(m, actor, { convenerOnly: true });
  if (refused) return refused;
  if (m.unitDecides) return refuse('unit-decides');
  const order: { serviceId: string; person?: Person }[] = [];
  for (const o of input.order) {
    const person = o.personId ? participant(m, o.personId) : undefined;
    if (!m.serviceIds.includes(o.serviceId) || order.some((x) => x.serviceId === o.serviceId) || (o.personId && !person)) return refuse('bad-rotation');
    order.push({ serviceId: o.serviceId, ...(person ? { person } : {}) });
  }
  const periodOk = Number.isInteger(input.periodMonths) && input.periodMonths >= 1 && input.periodMonths <= MAX_PERIOD_MONTHS;
  if (order.length < 2 || order.length > MAX_ROTATION_POSITIONS || !periodOk || !isIsoDate(input.startDate)) return refuse('bad-rotation');
  const rotation: Rotation = { periodMonths: input.periodMonths, startDate: input.startDate, handovers: rotationSchedule(order, input.startDate, input.periodMonths) };
  return { ok: true, state: { ...m, status: 'rotation' }, effects: [{ kind: 'rotation', rotation }] };
}

/** A leader decides: one of `candidates` (the case members and the conversation now). Not where a unit decides. */
export function escalate(m: Meeting, actor: string | undefined, leaderId: string | undefined, candidates: readonly Person[]): Result {
  const refused = mayAct(m, actor, { convenerOnly: true });
  if (refused) return refused;
  if (m.unitDecides) return refuse('unit-decides');
  const leader = leaderId ? candidates.find((c) => c.aadObjectId === leaderId) : undefined;
  if (!leader) return refuse('bad-leader');
  const person: Person = { aadObjectId: leader.aadObjectId, name: leader.name, ...(leader.teamsId ? { teamsId: leader.teamsId } : {}) };
  return { ok: true, state: { ...m, status: 'escalated' }, effects: [{ kind: 'escalated', leader: person }] };
}

/** Where a unit decides: the question goes there with the proposals and their support as they stood. */
export function refer(m: Meeting, actor: string | undefined): Result {
  const refused = mayAct(m, actor, { convenerOnly: true });
  if (refused) return refused;
  if (!m.unitDecides) return refuse('no-unit');
  const { agreeing, total } = tally(m);
  const proposals = m.proposals
    .map((p) => ({ serviceId: p.serviceId, ...(p.person ? { person: p.person } : {}), agreed: agreeing.get(p.proposalId)?.length ?? 0 }))
    .sort((a, b) => b.agreed - a.agreed)
    .slice(0, 60);
  return { ok: true, state: { ...m, status: 'referred' }, effects: [{ kind: 'referred', referral: { total, proposals } }] };
}

// --- The rotation's dates ---

export interface Handover {
  index: number;
  serviceId: string;
  person?: Person;
  /** yyyy-mm-dd: the holder has the role from this day … */
  from: string;
  /** … until this day, when the next one takes over. */
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** yyyy-mm-dd plus whole months; a day past the month's end becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

type RotationOrder = { periodMonths: number; startDate: string; handovers: readonly { serviceId: string; person?: Person }[] };

/**
 * The k-th handover of a rotation (k counts from 0 and keeps counting): the order goes round, so after the last
 * holder the first takes over again, each for one period from start + k·period. Every date is counted from the
 * start, so one period ends the day the next begins and month ends do not drift.
 */
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
export function rotationSchedule(order: readonly { serviceId: string; person?: Person }[], startDate: string, periodMonths: number): Handover[] {
  return order.map((_, i) => handoverAt({ periodMonths, startDate, handovers: order }, i));
}

/** The decision when every participant agrees with one proposal, if they do. */
export function unanimousDecision(m: Meeting): Decision | undefined {
  const { unanimous, agreeing } = tally(m);
  return unanimous ? { proposal: unanimous, decidedBy: 'agreement', agreedBy: agreeing.get(unanimous.proposalId) ?? [] } : undefined;
}
