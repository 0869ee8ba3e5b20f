import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { t } from '../../i18n';
import { markWritten, skip, swap, volunteer, USER_SKIP_REASONS, type RotationState, type RotationResult } from '../../domain/meetings';
import { isCaseMember } from '../../store/cases';
import { turnLogger } from '../app';
import { respondWithCard, respondWithMessage } from '../cardResponses';
import { actorId } from '../turn';
import { absentIds, MeetingsCtx } from '../meetings/common';
import { actionData } from '../cardActions';
import { answerWithCard, cardFor, pressedMeeting, updateSharedSettled } from '../meetings/invitation';
import { cancelReferatReminders } from '../meetings/reminders';
import { roleGuard, rotationMutation, settleWriter, withMembers } from './rotation';

/** "Jeg skriver referatet", "Bytt referent", "Hopp over referat" and "Referatet er skrevet" on the invitation card. */

export type ReferatVerb = 'volunteer' | 'swap' | 'skip' | 'written';

const skipSchema = z.object({ reason: z.enum(USER_SKIP_REASONS as unknown as [string, ...string[]]) });

export async function handleReferatAction(context: TurnContext, ctx: MeetingsCtx, verb: ReferatVerb): Promise<void> {
  const found = await pressedMeeting(context, ctx);
  if (!found) return;
  const { meeting, owner, locale } = found;
  const actor = actorId(context);
  const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
  // Membership first: nobody outside the case changes the rotation.
  if (!actor || !caseDoc || !isCaseMember(caseDoc, actor)) return respondWithMessage(context, t(locale, 'error.notMember'));
  if (caseDoc.members.find((m) => m.aadObjectId === actor)?.role === 'family') return respondWithMessage(context, t(locale, 'meetings.referat.notProfessional'));
  if (meeting.status === 'cancelled' || (found.cardVersion !== undefined && found.cardVersion < meeting.sequence)) {
    return answerWithCard(context, ctx, owner, meeting, locale, false);
  }
  // The referent is someone at the meeting: a case member who was not invited cannot take it on.
  if (verb === 'volunteer' && !meeting.invitees.includes(actor) && meeting.coordinator.aadObjectId !== actor) {
    return respondWithMessage(context, t(locale, 'meetings.referat.notInvited'));
  }
  const now = ctx.deps.now();
  if (verb === 'written' && Date.parse(meeting.startUtc) > now.getTime()) return respondWithMessage(context, t(locale, 'meetings.referat.notYet'));
  let reason: string | undefined;
  if (verb === 'skip') {
    const parsed = skipSchema.safeParse(actionData(context));
    if (!parsed.success) return respondWithMessage(context, t(locale, 'meetings.card.skipReason'));
    reason = parsed.data.reason;
  }
  const at = now.toISOString();
  const guard = roleGuard(caseDoc);
  const absent = absentIds(meeting, await ctx.meetings.rsvps(owner, meeting.meetingId));
  const invited = new Set(meeting.invitees);

  const step = (s0: RotationState): RotationResult => {
    const s = withMembers(s0, caseDoc);
    const excluded = s.order.filter((id) => !invited.has(id));
    switch (verb) {
      case 'volunteer':
        return volunteer(s, meeting.meetingId, actor, { at, guard });
      case 'swap':
        return swap(s, meeting.meetingId, actor, { at, absent, excluded });
      case 'written':
        return markWritten(s, meeting.meetingId, actor, { at, guard });
      case 'skip': {
        const r = skip(s, meeting.meetingId, actor, reason as (typeof USER_SKIP_REASONS)[number], { at, guard });
        return r.ok ? { ok: true, state: settleWriter(r.state, meeting, caseDoc, absent, at), changed: true } : r;
      }
    }
  };
  const outcome = await ctx.referat.update(owner, meeting.caseRef, (doc) => rotationMutation(doc, step), context.activity.id);
  const log = turnLogger(context, ctx.deps.logger);
  if (!outcome.result.ok) {
    log.info('referat.refused', { verb, code: outcome.result.error.code });
    return respondWithMessage(context, locale === 'en' ? outcome.result.error.messageEn : outcome.result.error.messageNb);
  }
  log.info('referat.action', { verb, meetingId: meeting.meetingId, written: outcome.written, duplicate: outcome.duplicate });
  if (verb === 'written' && outcome.written) await cancelReferatReminders(ctx, owner, meeting);
  const view = outcome.written ? await updateSharedSettled(context, ctx, owner, meeting, locale) : undefined;
  if (view) return respondWithCard(context, cardFor(ctx, locale, view), { updateShared: false });
  return answerWithCard(context, ctx, owner, meeting, locale, false);
}
