import { addMember, assign, nextWriter, referatStatus, release, type ParticipantRole, type RotationResult, type RotationState } from './referat';

/**
 * Settling who writes the referat of one meeting, from the case's members and the meeting's invite list.
 * Pure, so it runs inside a store write's retry loop; the stored rotation document is a RotationState.
 */

/** A member of the case as the rotation needs it: the Entra object id and the role (never judged by the id). */
export interface RotationMember {
  aadObjectId: string;
  role: 'professional' | 'leader' | 'family';
}

/** The meeting as the settlement needs it. */
export interface SettlementMeeting {
  meetingId: string;
  invitees: readonly string[];
}

/** Role map for the domain guard: professionals and leaders write, family never (missing = not a professional). */
export function roleGuard(members: readonly RotationMember[]): Record<string, ParticipantRole> {
  const out: Record<string, ParticipantRole> = {};
  for (const m of members) out[m.aadObjectId] = m.role === 'family' ? 'family' : 'professional';
  return out;
}

/** Adds the case's professionals that the rotation does not know yet (new members join at the end). */
export function withMembers(state: RotationState, members: readonly RotationMember[]): RotationState {
  const guard = roleGuard(members);
  let s = state;
  for (const m of members) {
    if (m.role === 'family') continue;
    const r = addMember(s, m.aadObjectId, { guard });
    if (r.ok) s = r.state;
  }
  return s;
}

/**
 * Makes sure the meeting has a writer: keeps the current one, else picks the next in line among the invited
 * professionals who have not said "kommer ikke". No candidate leaves the meeting without a writer.
 */
export function settleWriter(state: RotationState, meeting: SettlementMeeting, members: readonly RotationMember[], absent: readonly string[], at: string): RotationState {
  const guard = roleGuard(members);
  const invited = new Set(meeting.invitees);
  const excluded = state.order.filter((id) => !invited.has(id));
  const next = nextWriter(state, { meetingId: meeting.meetingId, absent, excluded, guard });
  if (!next.ok || next.why !== 'in-turn') return state;
  const r = assign(state, meeting.meetingId, next.writer, { at, guard });
  return r.ok ? r.state : state;
}

/** Who writes the referat of the meeting, and whether it is written. */
export function currentWriter(state: RotationState | undefined, meetingId: string): { writer?: string; written: boolean } {
  if (!state) return { written: false };
  const s = referatStatus(state, meetingId);
  return s.status === 'unassigned' ? { written: false } : { writer: s.writer, written: s.status === 'written' };
}

/** The meeting was saved (new, or edited): the writer must be among the invited; a changed list may need a new one. */
export function settleAfterSave(state: RotationState, meeting: SettlementMeeting, members: readonly RotationMember[], absent: readonly string[], at: string): RotationResult {
  let s = withMembers(state, members);
  const active = currentWriter(s, meeting.meetingId);
  if (active.writer && !active.written && !meeting.invitees.includes(active.writer)) {
    const r = release(s, meeting.meetingId, active.writer, { at });
    if (r.ok) s = r.state;
  }
  return { ok: true, state: settleWriter(s, meeting, members, absent, at), changed: true };
}

/**
 * After an RSVP that changed an answer: "kommer ikke" from the writer hands the referat on to the next in line
 * among those coming; any other answer settles a writer when the meeting has none (everyone had said "kommer
 * ikke" and one now comes).
 */
export function settleAfterRsvp(
  state: RotationState,
  meeting: SettlementMeeting,
  members: readonly RotationMember[],
  opts: { actor: string; leaving: boolean; absent: readonly string[]; at: string },
): RotationResult {
  const s = withMembers(state, members);
  const r = opts.leaving ? release(s, meeting.meetingId, opts.actor, { at: opts.at }) : { ok: true as const, state: s, changed: false };
  if (!r.ok) return r;
  return { ok: true, state: settleWriter(r.state, meeting, members, opts.absent, opts.at), changed: true };
}

/** True when two rotations hold the same order and history (nothing to write). */
export function sameRotation(a: Pick<RotationState, 'order' | 'history'>, b: Pick<RotationState, 'order' | 'history'>): boolean {
  return JSON.stringify({ o: a.order, h: a.history }) === JSON.stringify({ o: b.order, h: b.history });
}
