import { z } from 'zod';

/**
 * Referat rotation: who writes the minutes of each meeting.
 *
 * The sources say writing the minutes goes round the group and should be settled before the meeting.
 * The state is a plain object stored as it is in Cosmos. Every command is a pure function
 * (state, command) -> result that never throws, and applying the same command twice changes nothing the
 * second time, whatever `at` the second delivery carries (Teams re-delivers activities).
 *
 * Model
 * - `order`: member ids (professionals only), in a stable order that breaks ties.
 * - `history`: entries in the order the commands were applied. An entry's position, not its `at`, is what
 *   "longer ago" means, so clocks that disagree cannot reorder turns.
 *   - 'assigned' / 'written': a TURN. A meeting has at most one of these (its active entry). 'assigned'
 *     becomes 'written' in place, so a late referat does not move the writer's turn.
 *   - 'skipped': a record that the member passed this meeting; it is not a turn, so the member keeps
 *     their place in the queue. Skip records are never removed.
 *   An 'assigned' entry that is handed to somebody else (volunteer, swap, someone else wrote it,
 *   the member will not come, the member left the group) is removed: it never became a turn.
 *
 * Fairness: the next writer is the eligible member whose last turn is oldest (never = oldest), ties by
 * `order`. Absent members are left out for that meeting only; since nothing is recorded for them, they keep
 * their place and are first in line next time. See `ranking`.
 *
 * Skip rule: a member may not skip with the same reason twice in a row. "In a row" means the member's own
 * previous resolved entry (their last 'written' or 'skipped' entry, any meeting) is a skip with that
 * reason. Pending assignments do not break the row; writing a referat does. Swapping counts as a skip with
 * the reason 'bytte', so nobody can swap twice in a row either. Not coming to the meeting is not a skip:
 * use the `absent` option or `release`.
 */

export const SKIP_REASONS = ['fravaer', 'sykdom', 'skrev-sist', 'annet', 'bytte'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Which reasons a person may pick; their texts are i18n keys `meetings.skipReason.<reason>`. */
export const SKIP_REASON_INFO: Record<SkipReason, { userSelectable: boolean }> = {
  fravaer: { userSelectable: true },
  sykdom: { userSelectable: true },
  'skrev-sist': { userSelectable: true },
  annet: { userSelectable: true },
  bytte: { userSelectable: false },
};

/** The reasons a person can pick on the card ('bytte' is only written by swap). */
export const USER_SKIP_REASONS = SKIP_REASONS.filter((r) => SKIP_REASON_INFO[r].userSelectable);

export const MAX_ROTATION_MEMBERS = 100;
export const MAX_ROTATION_HISTORY = 10_000;

const idSchema = z.string().min(1).max(200);
const atSchema = z
  .string()
  .max(40)
  .refine((s) => Number.isFinite(Date.parse(s)));

export const rotationEntrySchema = z
  .object({
    meetingId: idSchema,
    writer: idSchema,
    at: atSchema,
    status: z.enum(['assigned', 'written', 'skipped']),
    reason: z.enum(SKIP_REASONS).optional(),
  })
  .strict()
  .refine((e) => (e.status === 'skipped') === (e.reason !== undefined), { message: 'reason belongs to skipped entries' });
export type RotationEntry = z.infer<typeof rotationEntrySchema>;

export const rotationStateSchema = z
  .object({
    version: z.literal(1),
    order: z.array(idSchema).max(MAX_ROTATION_MEMBERS),
    history: z.array(rotationEntrySchema).max(MAX_ROTATION_HISTORY),
  })
  // Stored next to other document fields (id, pk, _etag): keep them.
  .passthrough()
  .superRefine((s, ctx) => {
    if (new Set(s.order).size !== s.order.length) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'duplicate member' });
    const active = new Set<string>();
    for (const e of s.history) {
      if (e.status === 'skipped') continue;
      if (active.has(e.meetingId)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'two writers for one meeting' });
      active.add(e.meetingId);
    }
  });
export type RotationState = z.infer<typeof rotationStateSchema>;

export type ParticipantRole = 'professional' | 'family' | 'child';
/**
 * Extra guard against ever choosing a parent or the child: either a predicate, or a role map in which a
 * member missing from the map counts as not a professional (fail closed).
 */
export type ProfessionalGuard = ((memberId: string) => boolean) | Readonly<Record<string, ParticipantRole>>;

export interface RotationContext {
  /** ISO time the command happened; stored on new entries only, never used to decide anything. */
  at: string;
  guard?: ProfessionalGuard;
}

export interface NextWriterOptions {
  /** The meeting the writer is for: members who skipped it are left out, and an existing writer is kept. */
  meetingId?: string;
  /** Members who will not come to this meeting ("kommer ikke"); they keep their place. */
  absent?: readonly string[];
  /** Anyone else to leave out this time (e.g. the person chairing), also without losing their place. */
  excluded?: readonly string[];
  guard?: ProfessionalGuard;
}

export type RotationErrorCode =
  | 'invalid-state'
  | 'invalid-id'
  | 'invalid-at'
  | 'not-member'
  | 'not-professional'
  | 'already-assigned'
  | 'already-written'
  | 'already-skipped'
  | 'skipped-this-meeting'
  | 'not-assigned'
  | 'invalid-reason'
  | 'same-reason-twice'
  | 'reason-not-valid'
  | 'no-candidate'
  | 'too-many-members'
  | 'history-full';

/** A refusal: its code is an i18n key under `meetings.referat.error.` (with `{max}` for too-many-members). */
export interface RotationError {
  code: RotationErrorCode;
  meetingId?: string;
  memberId?: string;
}

export type RotationResult =
  | { ok: true; state: RotationState; changed: boolean }
  | { ok: false; error: RotationError };

export type NextWriterResult =
  | { ok: true; writer: string; why: 'in-turn' | 'already-assigned' | 'already-written' }
  | { ok: false; error: RotationError };

function fail(code: RotationErrorCode, ids: { meetingId?: string; memberId?: string } = {}): { ok: false; error: RotationError } {
  return { ok: false, error: { code, ...ids } };
}

const unchanged = (state: unknown): RotationResult => ({ ok: true, state: state as RotationState, changed: false });
const changedTo = (s: RotationState, history: RotationEntry[], order: string[] = s.order): RotationResult =>
  history.length > MAX_ROTATION_HISTORY ? fail('history-full') : { ok: true, state: { ...s, order, history }, changed: true };

function parseState(state: unknown): RotationState | undefined {
  const r = rotationStateSchema.safeParse(state);
  return r.success ? r.data : undefined;
}

const validId = (id: unknown): id is string => idSchema.safeParse(id).success;

function isProfessional(guard: ProfessionalGuard | undefined, id: string): boolean {
  if (!guard) return true;
  if (typeof guard === 'function') {
    try {
      return guard(id) === true;
    } catch {
      return false;
    }
  }
  return Object.prototype.hasOwnProperty.call(guard, id) && guard[id] === 'professional';
}

const isTurn = (e: RotationEntry) => e.status === 'assigned' || e.status === 'written';
const activeIndex = (h: readonly RotationEntry[], meetingId: string) => h.findIndex((e) => e.meetingId === meetingId && isTurn(e));

/** Position of the member's most recent turn, -1 when they never had one. */
function lastTurn(h: readonly RotationEntry[], member: string): number {
  for (let i = h.length - 1; i >= 0; i--) {
    const e = h[i] as RotationEntry;
    if (e.writer === member && isTurn(e)) return i;
  }
  return -1;
}

function lastResolved(h: readonly RotationEntry[], member: string): RotationEntry | undefined {
  for (let i = h.length - 1; i >= 0; i--) {
    const e = h[i] as RotationEntry;
    if (e.writer === member && e.status !== 'assigned') return e;
  }
  return undefined;
}

function lastEntryFor(h: readonly RotationEntry[], meetingId: string, member: string): RotationEntry | undefined {
  for (let i = h.length - 1; i >= 0; i--) {
    const e = h[i] as RotationEntry;
    if (e.writer === member && e.meetingId === meetingId) return e;
  }
  return undefined;
}

const skippedFor = (h: readonly RotationEntry[], meetingId: string) =>
  new Set(h.filter((e) => e.meetingId === meetingId && e.status === 'skipped').map((e) => e.writer));

function checkCtx(ctx: RotationContext | undefined): RotationResult | undefined {
  if (!ctx || !atSchema.safeParse(ctx.at).success) return fail('invalid-at');
  return undefined;
}

/** A new, empty rotation. Members the guard does not accept as professionals are left out. */
export function createRotation(memberIds: readonly string[], opts: { guard?: ProfessionalGuard } = {}): RotationState {
  const order = [...new Set(memberIds.filter((id) => validId(id) && isProfessional(opts.guard, id)))].slice(0, MAX_ROTATION_MEMBERS);
  return { version: 1, order, history: [] };
}

/**
 * The queue: eligible members, first in line first. Ordered by the position of their last turn (never had
 * one = first), ties by `order`. Leaving someone out never changes how the others are ordered.
 */
export function ranking(state: RotationState, opts: NextWriterOptions = {}): string[] {
  const s = parseState(state);
  if (!s) return [];
  const out = new Set([...(opts.absent ?? []), ...(opts.excluded ?? [])]);
  if (opts.meetingId !== undefined) for (const id of skippedFor(s.history, opts.meetingId)) out.add(id);
  return s.order
    .map((id, i) => ({ id, i, last: lastTurn(s.history, id) }))
    .filter((m) => !out.has(m.id) && isProfessional(opts.guard, m.id))
    .sort((a, b) => a.last - b.last || a.i - b.i)
    .map((m) => m.id);
}

/**
 * Who should write the referat. For a meeting that already has a writer, that writer (so a re-delivered
 * "choose writer" gives the same answer). Otherwise the first in `ranking`, leaving out the absent, the
 * excluded, members who skipped this meeting and anyone the guard does not accept.
 */
export function nextWriter(state: RotationState, opts: NextWriterOptions = {}): NextWriterResult {
  const s = parseState(state);
  if (!s) return fail('invalid-state');
  if (opts.meetingId !== undefined) {
    if (!validId(opts.meetingId)) return fail('invalid-id');
    const i = activeIndex(s.history, opts.meetingId);
    const e = s.history[i];
    if (e) return { ok: true, writer: e.writer, why: e.status === 'written' ? 'already-written' : 'already-assigned' };
  }
  const first = ranking(s, opts)[0];
  return first === undefined ? fail('no-candidate', { meetingId: opts.meetingId }) : { ok: true, writer: first, why: 'in-turn' };
}

function memberCheck(s: RotationState, memberId: unknown, guard?: ProfessionalGuard): RotationResult | undefined {
  if (!validId(memberId)) return fail('invalid-id');
  if (!s.order.includes(memberId)) return fail('not-member', { memberId });
  if (!isProfessional(guard, memberId)) return fail('not-professional', { memberId });
  return undefined;
}

function prelude(
  state: unknown,
  meetingId: unknown,
  memberId: unknown,
  ctx: RotationContext | undefined,
  needsProfessional: boolean,
): { s: RotationState; meetingId: string; memberId: string } | { ok: false; error: RotationError } {
  const s = parseState(state);
  if (!s) return fail('invalid-state');
  if (!validId(meetingId)) return fail('invalid-id');
  const bad = checkCtx(ctx) ?? memberCheck(s, memberId, needsProfessional ? ctx?.guard : undefined);
  if (bad && !bad.ok) return bad;
  return { s, meetingId, memberId: memberId as string };
}

const entry = (meetingId: string, writer: string, at: string, status: RotationEntry['status'], reason?: SkipReason): RotationEntry =>
  reason ? { meetingId, writer, at, status, reason } : { meetingId, writer, at, status };

/** The coordinator (or the bot) gives the referat of a meeting to a member. */
export function assign(state: RotationState, meetingId: string, writer: string, ctx: RotationContext): RotationResult {
  const p = prelude(state, meetingId, writer, ctx, true);
  if ('ok' in p) return p;
  const { s } = p;
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  if (active) {
    if (active.writer === writer) return unchanged(state);
    return fail(active.status === 'written' ? 'already-written' : 'already-assigned', { meetingId, memberId: active.writer });
  }
  if (skippedFor(s.history, meetingId).has(writer)) return fail('skipped-this-meeting', { meetingId, memberId: writer });
  return changedTo(s, [...s.history, entry(meetingId, writer, ctx.at, 'assigned')]);
}

/** A member offers to write. Takes over a pending assignment (whose holder keeps their place). */
export function volunteer(state: RotationState, meetingId: string, memberId: string, ctx: RotationContext): RotationResult {
  const p = prelude(state, meetingId, memberId, ctx, true);
  if ('ok' in p) return p;
  const { s } = p;
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  if (active?.writer === memberId) return unchanged(state);
  if (active?.status === 'written') return fail('already-written', { meetingId, memberId: active.writer });
  const history = s.history.filter((_, j) => j !== i);
  return changedTo(s, [...history, entry(meetingId, memberId, ctx.at, 'assigned')]);
}

/**
 * The assigned member swaps with the next in line: that person writes this time, and the member, who keeps
 * their place, is first in line next time. Recorded as a skip with reason 'bytte'. Needs the member id
 * so a re-delivered swap is recognised and does not swap back.
 */
export function swap(
  state: RotationState,
  meetingId: string,
  memberId: string,
  ctx: RotationContext & Omit<NextWriterOptions, 'meetingId' | 'guard'>,
): RotationResult {
  const p = prelude(state, meetingId, memberId, ctx, false);
  if ('ok' in p) return p;
  const { s } = p;
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  if (!active || active.writer !== memberId) {
    const last = lastEntryFor(s.history, meetingId, memberId);
    if (last?.status === 'skipped' && last.reason === 'bytte') return unchanged(state);
    if (active?.status === 'written') return fail('already-written', { meetingId, memberId: active.writer });
    return fail('not-assigned', { meetingId, memberId });
  }
  if (active.status === 'written') return fail('already-written', { meetingId, memberId });
  const prev = lastResolved(s.history, memberId);
  if (prev?.status === 'skipped' && prev.reason === 'bytte') return fail('same-reason-twice', { meetingId, memberId });
  const next = ranking(s, { ...ctx, meetingId, excluded: [...(ctx.excluded ?? []), memberId] })[0];
  if (next === undefined) return fail('no-candidate', { meetingId });
  const history = s.history.filter((_, j) => j !== i);
  return changedTo(s, [
    ...history,
    entry(meetingId, memberId, ctx.at, 'skipped', 'bytte'),
    entry(meetingId, next, ctx.at, 'assigned'),
  ]);
}

/**
 * A member passes on writing the referat of a meeting, with a reason from USER_SKIP_REASONS. They keep
 * their place. Works before or after they were assigned. The meeting is then without a writer: call
 * nextWriter with the meeting id and assign.
 */
export function skip(
  state: RotationState,
  meetingId: string,
  memberId: string,
  reason: SkipReason,
  ctx: RotationContext,
): RotationResult {
  const p = prelude(state, meetingId, memberId, ctx, false);
  if ('ok' in p) return p;
  const { s } = p;
  if (typeof reason !== 'string' || !(USER_SKIP_REASONS as readonly string[]).includes(reason)) return fail('invalid-reason');
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  const mine = active?.writer === memberId;
  if (mine && active.status === 'written') return fail('already-written', { meetingId, memberId });
  if (!mine) {
    const last = lastEntryFor(s.history, meetingId, memberId);
    if (last?.status === 'skipped') return last.reason === reason ? unchanged(state) : fail('already-skipped', { meetingId, memberId });
  }
  const prev = lastResolved(s.history, memberId);
  if (prev?.status === 'skipped' && prev.reason === reason) return fail('same-reason-twice', { meetingId, memberId });
  if (reason === 'skrev-sist') {
    // "I wrote last time" is only true when the most recent turn of another meeting is this member's.
    const latest = [...s.history].reverse().find((e) => isTurn(e) && e.meetingId !== meetingId);
    if (latest?.writer !== memberId) return fail('reason-not-valid', { meetingId, memberId });
  }
  const history = mine ? s.history.filter((_, j) => j !== i) : s.history;
  return changedTo(s, [...history, entry(meetingId, memberId, ctx.at, 'skipped', reason)]);
}

/**
 * The member will not come to the meeting ("kommer ikke"): their pending assignment is withdrawn and they
 * keep their place, exactly as if they had been `absent` when the writer was chosen. No skip is recorded.
 */
export function release(state: RotationState, meetingId: string, memberId: string, ctx: RotationContext): RotationResult {
  const p = prelude(state, meetingId, memberId, ctx, false);
  if ('ok' in p) return p;
  const { s } = p;
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  if (!active || active.writer !== memberId) return unchanged(state);
  if (active.status === 'written') return fail('already-written', { meetingId, memberId });
  return changedTo(s, s.history.filter((_, j) => j !== i));
}

/**
 * The meeting is cancelled: its pending assignment is withdrawn, so the writer keeps their place (a meeting that
 * never takes place is nobody's turn). A referat already marked written stays a turn; skip records stay too.
 * Withdrawing again, or from a meeting without a writer, changes nothing.
 */
export function withdraw(state: RotationState, meetingId: string): RotationResult {
  const s = parseState(state);
  if (!s) return fail('invalid-state');
  if (!validId(meetingId)) return fail('invalid-id');
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  if (!active || active.status === 'written') return unchanged(state);
  return changedTo(s, s.history.filter((_, j) => j !== i));
}

/**
 * The referat is written. Normally by the assigned member; if somebody else wrote it, they get the turn
 * and the assigned member keeps their place.
 */
export function markWritten(state: RotationState, meetingId: string, memberId: string, ctx: RotationContext): RotationResult {
  const p = prelude(state, meetingId, memberId, ctx, true);
  if ('ok' in p) return p;
  const { s } = p;
  const i = activeIndex(s.history, meetingId);
  const active = s.history[i];
  if (active?.writer === memberId) {
    if (active.status === 'written') return unchanged(state);
    return changedTo(
      s,
      s.history.map((e, j) => (j === i ? entry(meetingId, memberId, ctx.at, 'written') : e)),
    );
  }
  if (active?.status === 'written') return fail('already-written', { meetingId, memberId: active.writer });
  const history = s.history.filter((_, j) => j !== i);
  return changedTo(s, [...history, entry(meetingId, memberId, ctx.at, 'written')]);
}

/** Adds a professional at the end of the order. Never having written, they are first in line. */
export function addMember(state: RotationState, memberId: string, opts: { guard?: ProfessionalGuard } = {}): RotationResult {
  const s = parseState(state);
  if (!s) return fail('invalid-state');
  if (!validId(memberId)) return fail('invalid-id');
  if (!isProfessional(opts.guard, memberId)) return fail('not-professional', { memberId });
  if (s.order.includes(memberId)) return unchanged(state);
  if (s.order.length >= MAX_ROTATION_MEMBERS) return fail('too-many-members');
  return changedTo(s, s.history, [...s.order, memberId]);
}

/**
 * Removes a member. Their pending assignments are withdrawn (those meetings need a new writer); what they
 * wrote or skipped stays in the history, so coming back later does not put them first in line.
 */
export function removeMember(state: RotationState, memberId: string): RotationResult {
  const s = parseState(state);
  if (!s) return fail('invalid-state');
  if (!validId(memberId)) return fail('invalid-id');
  const history = s.history.filter((e) => !(e.writer === memberId && e.status === 'assigned'));
  if (!s.order.includes(memberId) && history.length === s.history.length) return unchanged(state);
  return changedTo(
    s,
    history,
    s.order.filter((id) => id !== memberId),
  );
}

export type ReferatStatus =
  | { status: 'unassigned'; skippedBy: string[] }
  | { status: 'assigned' | 'written'; writer: string; skippedBy: string[] };

/** Where the referat of one meeting stands. */
export function referatStatus(state: RotationState, meetingId: string): ReferatStatus {
  const s = parseState(state);
  if (!s) return { status: 'unassigned', skippedBy: [] };
  const skippedBy = [...skippedFor(s.history, meetingId)];
  const active = s.history[activeIndex(s.history, meetingId)];
  return active ? { status: active.status as 'assigned' | 'written', writer: active.writer, skippedBy } : { status: 'unassigned', skippedBy };
}

/** How many referater each current member has written. */
export function writtenCounts(state: RotationState): Record<string, number> {
  const s = parseState(state);
  const counts = new Map<string, number>();
  if (!s) return {};
  for (const id of s.order) counts.set(id, 0);
  for (const e of s.history) {
    const n = counts.get(e.writer);
    if (e.status === 'written' && n !== undefined) counts.set(e.writer, n + 1);
  }
  return Object.fromEntries(counts);
}
