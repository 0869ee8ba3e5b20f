import { takeReferat, referatPressCheck, type ReferatPress, type ReferatVerb } from '../../domain/meetings';
import { reply, type CardPress, type Reply } from '../../actions/types';
import { absentIds, MeetingsCtx } from '../meetings/common';
import { cardFor, currentCard, isReply, pressContext, pressedMeeting, updateSharedSettled } from '../meetings/invitation';
import { cancelReferatReminders } from '../meetings/reminders';
import { referatRefusalText } from '../meetings/texts';
import { rotationMutation } from './rotation';

/** "Jeg skriver referatet", "Bytt referent", "Hopp over referat" and "Referatet er skrevet" on the invitation card. */

export type { ReferatVerb };

export async function handleReferatAction(press: CardPress, ctx: MeetingsCtx, verb: ReferatVerb): Promise<Reply> {
  const found = await pressedMeeting(press, ctx);
  if (isReply(found)) return found;
  const { meeting } = found;
  const owner = press.place.owner;
  const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
  const command: ReferatPress = {
    ...pressContext(press, found),
    verb,
    members: caseDoc?.members,
    reason: typeof press.data.reason === 'string' ? press.data.reason : undefined,
    absent: [],
    now: ctx.deps.now(),
  };
  // The checks that need no rotation first (membership, role, the card's version), so a refusal reads nothing more.
  const check = referatPressCheck(meeting, command);
  if (!check.ok) return check.code === 'stale' ? currentCard(press, ctx, meeting) : reply.message(referatRefusalText(press.locale, check.code));
  command.absent = absentIds(meeting, await ctx.meetings.rsvps(owner, meeting.meetingId));

  const outcome = await ctx.referat.update(owner, meeting.caseRef, (doc) => rotationMutation(doc, (s) => takeReferat(s, meeting, command)), press.activityId);
  if (!outcome.result.ok) {
    press.log.info('referat.refused', { verb, code: outcome.result.code });
    return outcome.result.code === 'stale' ? currentCard(press, ctx, meeting) : reply.message(referatRefusalText(press.locale, outcome.result.code));
  }
  press.log.info('referat.action', { verb, meetingId: meeting.meetingId, written: outcome.written, duplicate: outcome.duplicate });
  // The command's effect: the follow-ups stop once the referat is written.
  if (verb === 'written' && outcome.written) await cancelReferatReminders(ctx, owner, meeting);
  if (!outcome.written) return currentCard(press, ctx, meeting);
  const view = await updateSharedSettled(press, ctx, meeting);
  return reply.card(cardFor(ctx, press.locale, view));
}
