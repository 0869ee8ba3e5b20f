import { z } from 'zod';
import { cardVersionSchema } from '../../actions/input';
import { BotDeps } from '../deps';
import { CaseRepository, CaseDoc, type CaseMember } from '../../store/cases';
import { MeetingRepository, MeetingDoc, RsvpDoc } from '../../store/meetings';
import { ReferatRepository, ReferatDoc } from '../../store/referat';
import { ReminderRepository } from '../../store/reminders';
import { ConversationRepository } from '../../store/conversations';
import { absentFrom, isCurrentAnswer } from '../../domain/meetings';
import { t } from '../../i18n';
import type { Turn } from '../../actions/types';
import { typeName } from './texts';

/** What every meeting and referat handler uses; built once per bot from its deps (no state between turns). */
export interface MeetingsCtx {
  deps: BotDeps;
  cases: CaseRepository;
  meetings: MeetingRepository;
  referat: ReferatRepository;
  reminders: ReminderRepository;
  conversations: ConversationRepository;
}

export function makeCtx(deps: BotDeps): MeetingsCtx {
  return {
    deps,
    cases: new CaseRepository(deps.store, deps.logger),
    meetings: new MeetingRepository(deps.store),
    referat: new ReferatRepository(deps.store),
    reminders: new ReminderRepository(deps.store),
    conversations: new ConversationRepository(deps.store),
  };
}

export const meetingIdSchema = z.string().regex(/^[a-f0-9]{16,64}$/);
export const meetingRefSchema = z.object({ meetingId: meetingIdSchema, cardVersion: cardVersionSchema.optional() });

export { typeName };

/** Everything the invitation card is built from, read fresh from the store. */
export interface MeetingView {
  meeting: MeetingDoc;
  rsvps: RsvpDoc[];
  rotation: ReferatDoc | undefined;
  caseDoc: CaseDoc | undefined;
}

export async function loadView(ctx: MeetingsCtx, owner: string, meeting: MeetingDoc): Promise<MeetingView> {
  const [rsvps, rotation, caseDoc] = await Promise.all([
    ctx.meetings.rsvps(owner, meeting.meetingId),
    ctx.referat.get(owner, meeting.caseRef),
    ctx.cases.get(owner, meeting.caseRef),
  ]);
  return { meeting, rsvps, rotation, caseDoc };
}

/** Display name of a person, from the meeting's people, then the case; an id is never shown. */
export function personName(view: Pick<MeetingView, 'meeting' | 'caseDoc'>, aadObjectId: string): string {
  return (
    view.meeting.people.find((p) => p.aadObjectId === aadObjectId)?.name ??
    view.caseDoc?.members.find((m) => m.aadObjectId === aadObjectId)?.name ??
    '—'
  );
}

/** Answers given for the meeting's current time and place; older ones are shown apart and asked again. */
export function currentRsvps(meeting: Pick<MeetingDoc, 'answersFrom'>, rsvps: RsvpDoc[]): RsvpDoc[] {
  return rsvps.filter((r) => isCurrentAnswer(r.sequence, meeting.answersFrom));
}

/** Who said "kommer ikke" to the meeting as it is now: they are passed over for the referat. */
export function absentIds(meeting: Pick<MeetingDoc, 'answersFrom'>, rsvps: RsvpDoc[]): string[] {
  return absentFrom(rsvps, meeting.answersFrom);
}

/**
 * The calendar file of the meeting. The version in the query is ignored by the route; it makes the link of
 * each change a new address, so a browser or mail client does not hand out a cached older file.
 */
export function icsUrl(publicUrl: string, meeting: Pick<MeetingDoc, 'icsToken' | 'sequence'>): string {
  return `${publicUrl.replace(/\/+$/, '')}/ics/${meeting.icsToken}?v=${meeting.sequence}`;
}

/** The conversation's roster as case members (everyone a professional until the case says otherwise). */
export async function rosterOf(turn: Turn): Promise<CaseMember[]> {
  return (await turn.members()).map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, teamsId: m.id, role: 'professional' as const }));
}

/** The roster, or undefined when Teams does not give it (the caller says so or goes on without it). */
export async function tryRoster(turn: Turn): Promise<CaseMember[] | undefined> {
  try {
    return await rosterOf(turn);
  } catch {
    return undefined;
  }
}

/** Remembers where this conversation is, so reminders and the outbox can post to it later. */
export async function rememberConversation(turn: Turn, ctx: MeetingsCtx, now: Date): Promise<void> {
  await ctx.conversations.save(turn.reference(), turn.place.owner, turn.locale, now);
}

/** "Not a member" and "only the invited answer", as one refusal. */
export const notInvitedText = (turn: Pick<Turn, 'locale'>) => `${t(turn.locale, 'error.notMember')} ${t(turn.locale, 'meetings.rsvp.notInvited')}`;
