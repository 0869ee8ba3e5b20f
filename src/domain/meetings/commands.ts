import { markWritten, skip, swap, volunteer, withdraw, USER_SKIP_REASONS, type RotationErrorCode, type RotationState, type SkipReason } from './referat';
import { settleWriter, withMembers, roleGuard, type RotationMember } from './settlement';
import { cancelMeeting, isCurrentAnswer, meetingChanges, updateMeeting, type Meeting, type MeetingChange } from './meeting';
import type { ValidMeeting } from './form';

/**
 * The meeting's commands as pure state machines: each takes the state and the acting person (their Entra
 * object id, never judged by its shape) and returns `{ ok: true, state, effects }` or `{ ok: false, code }`.
 * No I/O and no texts: the handlers in src/bot/meetings and src/bot/referat load, persist, run the effects and
 * map codes to texts (src/i18n/<lang>/meetings.ts).
 */

export type Refusal<C extends string> = { ok: false; code: C };
export type Accepted<S, E> = { ok: true; state: S; changed: boolean; effects: E[] };

/** What a press on an invitation needs of the stored meeting. */
export interface PressedMeeting {
  meetingId: string;
  invitees: readonly string[];
  coordinator: { aadObjectId: string };
  status: 'scheduled' | 'cancelled';
  sequence: number;
  startUtc: string;
}

/** The press: who, and which version of the card they pressed on (undefined: an older card without one). */
export interface PressContext {
  actor: string | undefined;
  cardVersion?: number;
}

/** A card drawn for an older version of the meeting: the presser gets the current card, nothing changes. */
const isStale = (meeting: PressedMeeting, cardVersion: number | undefined) => cardVersion !== undefined && cardVersion < meeting.sequence;

/** Who may answer an invitation: the invitees and the one who called the meeting. */
export function responders(meeting: Pick<PressedMeeting, 'invitees' | 'coordinator'>): string[] {
  return [...new Set([...meeting.invitees, meeting.coordinator.aadObjectId])];
}

// ---------------------------------------------------------------------------------------------------- RSVP

export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** One person's answer, and the meeting version it was given to (absent: before versions were recorded). */
export interface RsvpState {
  answer: RsvpAnswer;
  sequence?: number;
}

export type RsvpRefusal = 'not-invited' | 'cancelled' | 'stale';
/**
 * - `settle-referat`: the rotation must be looked at again (release: the person was the writer and now will not
 *   come; onlyIfNone: settle a writer only when the meeting has none).
 */
export type RsvpEffect = { kind: 'settle-referat'; release: boolean; onlyIfNone: boolean };

/**
 * An answer to the invitation. Only a responder answers; a cancelled meeting takes no answers; a press on an
 * older card only shows the current one. The same answer to the same version again changes nothing.
 */
export function rsvp(meeting: PressedMeeting, press: PressContext, answer: RsvpAnswer, current: RsvpState | undefined): Accepted<RsvpState, RsvpEffect> | Refusal<RsvpRefusal> {
  if (!press.actor || !responders(meeting).includes(press.actor)) return { ok: false, code: 'not-invited' };
  if (meeting.status === 'cancelled') return { ok: false, code: 'cancelled' };
  if (isStale(meeting, press.cardVersion)) return { ok: false, code: 'stale' };
  if (current && current.answer === answer && (current.sequence ?? 0) === meeting.sequence) return { ok: true, state: current, changed: false, effects: [] };
  return { ok: true, state: { answer, sequence: meeting.sequence }, changed: true, effects: rsvpEffects(answer, true) };
}

/** The follow-up of an answer that was stored (`changed`: it differed from the one before). */
export function rsvpEffects(answer: RsvpAnswer, changed: boolean): RsvpEffect[] {
  if (!changed) return [];
  return [answer === 'no' ? { kind: 'settle-referat', release: true, onlyIfNone: false } : { kind: 'settle-referat', release: false, onlyIfNone: true }];
}

/** Whoever said "kommer ikke" to the meeting as it is now: passed over for the referat. */
export function absentFrom(answers: ReadonlyArray<{ aadObjectId: string; answer: RsvpAnswer; sequence?: number }>, answersFrom: number | undefined): string[] {
  return answers.filter((r) => isCurrentAnswer(r.sequence, answersFrom) && r.answer === 'no').map((r) => r.aadObjectId);
}

// ------------------------------------------------------------------------------------------------- Referat

export type ReferatVerb = 'volunteer' | 'swap' | 'skip' | 'written';

/** Refusals before the rotation is looked at; the rotation's own are RotationErrorCode. */
export type ReferatPressRefusal = 'not-member' | 'not-professional' | 'stale' | 'not-invited' | 'not-yet' | 'invalid-reason';
export type ReferatRefusal = ReferatPressRefusal | RotationErrorCode;

export type ReferatEffect = { kind: 'cancel-referat-reminders' };

export interface ReferatPress extends PressContext {
  verb: ReferatVerb;
  /** The case's members; undefined when the case is gone. */
  members: readonly RotationMember[] | undefined;
  /** For 'skip': the reason picked on the card (validated here). */
  reason?: string;
  /** Who said "kommer ikke" to the meeting as it is now. */
  absent: readonly string[];
  now: Date;
}

/**
 * Whether the press may touch the rotation at all: only a case member who is a professional, on the current
 * card of a meeting that takes place; only someone at the meeting volunteers; "written" once it has started.
 */
export function referatPressCheck(meeting: PressedMeeting, press: ReferatPress): Refusal<ReferatPressRefusal> | { ok: true; reason?: SkipReason } {
  const me = press.actor ? press.members?.find((m) => m.aadObjectId === press.actor) : undefined;
  if (!me) return { ok: false, code: 'not-member' };
  if (me.role === 'family') return { ok: false, code: 'not-professional' };
  if (meeting.status === 'cancelled' || isStale(meeting, press.cardVersion)) return { ok: false, code: 'stale' };
  if (press.verb === 'volunteer' && !meeting.invitees.includes(me.aadObjectId) && meeting.coordinator.aadObjectId !== me.aadObjectId) return { ok: false, code: 'not-invited' };
  if (press.verb === 'written' && Date.parse(meeting.startUtc) > press.now.getTime()) return { ok: false, code: 'not-yet' };
  if (press.verb !== 'skip') return { ok: true };
  const reason = (USER_SKIP_REASONS as readonly string[]).includes(press.reason ?? '') ? (press.reason as SkipReason) : undefined;
  return reason ? { ok: true, reason } : { ok: false, code: 'invalid-reason' };
}

/**
 * "Jeg skriver referatet", "Bytt referent", "Hopp over referat" and "Referatet er skrevet": the writer's
 * settlement on the rotation. A skip leaves the meeting to the next in line among those coming.
 */
export function takeReferat(state: RotationState, meeting: PressedMeeting, press: ReferatPress): Accepted<RotationState, ReferatEffect> | Refusal<ReferatRefusal> {
  const check = referatPressCheck(meeting, press);
  if (!check.ok) return check;
  const members = press.members ?? [];
  const actor = press.actor as string;
  const at = press.now.toISOString();
  const guard = roleGuard(members);
  const s = withMembers(state, members);
  const invited = new Set(meeting.invitees);
  const excluded = s.order.filter((id) => !invited.has(id));
  const settle = { meetingId: meeting.meetingId, invitees: meeting.invitees };
  const r = (() => {
    switch (press.verb) {
      case 'volunteer':
        return volunteer(s, meeting.meetingId, actor, { at, guard });
      case 'swap':
        return swap(s, meeting.meetingId, actor, { at, absent: press.absent, excluded });
      case 'written':
        return markWritten(s, meeting.meetingId, actor, { at, guard });
      case 'skip': {
        const skipped = skip(s, meeting.meetingId, actor, check.reason as SkipReason, { at, guard });
        return skipped.ok ? { ok: true as const, state: settleWriter(skipped.state, settle, members, press.absent, at), changed: true } : skipped;
      }
    }
  })();
  if (!r.ok) return { ok: false, code: r.error.code };
  const changed = JSON.stringify([state.order, state.history]) !== JSON.stringify([r.state.order, r.state.history]);
  return { ok: true, state: r.state, changed, effects: press.verb === 'written' && changed ? [{ kind: 'cancel-referat-reminders' }] : [] };
}

// ------------------------------------------------------------------------------------------ Edit and cancel

export type MeetingRefusal = 'only-coordinator' | 'stale';

/**
 * - `announce`: tell the invitees in the thread (a new time or place, or the cancellation);
 * - `reschedule-reminders`: move the meeting's reminders (a cancelled meeting has none);
 * - `settle-referat`: the invite list may have lost the writer;
 * - `withdraw-referat`: a meeting that does not take place is nobody's turn.
 */
export type MeetingEffect = { kind: 'announce' } | { kind: 'reschedule-reminders' } | { kind: 'settle-referat' } | { kind: 'withdraw-referat' };

/** Only the one who called the meeting edits or cancels it, and only on the current card. */
export function mayChange(meeting: PressedMeeting, press: PressContext): Refusal<MeetingRefusal> | { ok: true } {
  if (!press.actor || press.actor !== meeting.coordinator.aadObjectId) return { ok: false, code: 'only-coordinator' };
  if (isStale(meeting, press.cardVersion)) return { ok: false, code: 'stale' };
  return { ok: true };
}

/** The stored meeting as the edit needs it; other fields are carried through unchanged. */
export interface EditableMeeting extends ValidMeeting, Omit<PressedMeeting, 'invitees'> {
  people: ReadonlyArray<{ aadObjectId: string; name: string; teamsId?: string; role: 'professional' | 'leader' | 'family' }>;
  answersFrom?: number;
  lastChange?: { sequence: number; kinds: MeetingChange[]; previousStartUtc: string; previousEndUtc: string };
}

/**
 * New details for a meeting: a new version (SEQUENCE) when anything changed. Answers given for the old time no
 * longer count (a new place alone keeps them); a new time or place is announced. `known` names the people the
 * new invite list may hold (the roster as the edit was made); anyone unknown keeps a placeholder name.
 */
export function edit<M extends EditableMeeting>(
  current: M,
  valid: ValidMeeting,
  press: PressContext & { known: ReadonlyArray<M['people'][number]> },
): Accepted<M, MeetingEffect> | Refusal<MeetingRefusal> {
  const allowed = mayChange(current, press);
  if (!allowed.ok) return allowed;
  if (current.status === 'cancelled') return { ok: false, code: 'stale' };
  const asDomain: Meeting = { ...current, id: current.meetingId };
  const next = updateMeeting(asDomain, { ...valid, caseRef: current.caseRef });
  if (next === asDomain) return { ok: true, state: current, changed: false, effects: [] };
  const byId = new Map(current.people.map((p) => [p.aadObjectId, p] as const));
  for (const m of press.known) if (!byId.has(m.aadObjectId)) byId.set(m.aadObjectId, m);
  const people = [...new Set([...next.invitees, current.coordinator.aadObjectId])].map((id) => byId.get(id) ?? { aadObjectId: id, name: '—', role: 'professional' as const });
  const { id: _id, ...fields } = next;
  void _id;
  const changes = meetingChanges(current, next);
  const state: M = {
    ...current,
    ...fields,
    interpreterLanguage: next.interpreterLanguage,
    place: next.place,
    onlineLink: next.onlineLink,
    meetingId: current.meetingId,
    people,
    ...(changes.includes('time') ? { answersFrom: next.sequence } : {}),
    ...(changes.length ? { lastChange: { sequence: next.sequence, kinds: changes, previousStartUtc: current.startUtc, previousEndUtc: current.endUtc } } : {}),
  };
  const effects: MeetingEffect[] = [{ kind: 'settle-referat' }, { kind: 'reschedule-reminders' }];
  if (changes.length) effects.push({ kind: 'announce' });
  return { ok: true, state, changed: true, effects };
}

/**
 * Cancels the meeting once; cancelling again changes nothing. The effects are listed then too: they are safe to
 * repeat, and a re-delivered press finishes what the first delivery left (the caller runs them only for a
 * write or a re-delivery of the same press).
 */
export function cancel<M extends PressedMeeting>(current: M, press: PressContext): Accepted<M, MeetingEffect> | Refusal<MeetingRefusal> {
  const allowed = mayChange(current, press);
  if (!allowed.ok) return allowed;
  if (current.status === 'cancelled') return { ok: true, state: current, changed: false, effects: [{ kind: 'withdraw-referat' }, { kind: 'announce' }] };
  return {
    ok: true,
    state: cancelMeeting(current),
    changed: true,
    effects: [{ kind: 'withdraw-referat' }, { kind: 'reschedule-reminders' }, { kind: 'announce' }],
  };
}

/** The rotation after a cancellation: the pending writer keeps their place (see `withdraw`). */
export function withdrawReferat(state: RotationState, meetingId: string) {
  return withdraw(state, meetingId);
}
