import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { cancelMeeting, release, withdraw, type Meeting } from '../../domain/meetings';
import { RSVP_ANSWERS, type MeetingDoc, type RsvpPress, type RsvpPressStatus } from '../../store/meetings';
import type { Mutation } from '../../store/documents';
import { turnLogger } from '../app';
import { errorFields } from '../../log';
import { respondWithCard, respondWithMessage, updateSharedCard } from '../cardResponses';
import { conversationMembers } from '../roster';
import { actorId, ownerScope, releaseTurnSlot, turnLocale } from '../turn';
import { GroupCommit } from '../../groupCommit';
import { currentWriter, rotationMutation, settleWriter, withMembers } from '../referat/rotation';
import { invitationCard, responders } from './cards';
import { absentIds, loadView, meetingRefSchema, MeetingsCtx, MeetingView } from './common';
import { actionData, isAutomatic } from '../cardActions';
import { editFormCard } from './form';
import { rescheduleReminders } from './reminders';
import { announceChange } from './announce';

/** Presses on the invitation card: RSVP, refresh, edit, cancel. */

export function cardFor(ctx: MeetingsCtx, locale: Locale, view: MeetingView) {
  return invitationCard(locale, view, { publicUrl: ctx.deps.config.publicUrl, now: ctx.deps.now() });
}

/** Parses the press and finds the meeting; answers the press itself when it cannot go on. */
export async function pressedMeeting(context: TurnContext, ctx: MeetingsCtx): Promise<{ meeting: MeetingDoc; owner: string; locale: Locale; cardVersion?: number } | undefined> {
  const locale = turnLocale(context, ctx.deps.config.defaultLocale);
  const parsed = meetingRefSchema.safeParse(actionData(context));
  if (!parsed.success) {
    await respondWithMessage(context, t(locale, 'error.unknownAction'));
    return undefined;
  }
  const owner = ownerScope(context);
  const meeting = await ctx.meetings.get(owner, parsed.data.meetingId);
  if (!meeting) {
    await respondWithMessage(context, t(locale, 'meetings.notFound'));
    return undefined;
  }
  return { meeting, owner, locale, cardVersion: parsed.data.cardVersion };
}

/** Answers with the current card; only a manual press that changed something updates the shared message. */
export async function answerWithCard(context: TurnContext, ctx: MeetingsCtx, owner: string, meeting: MeetingDoc, locale: Locale, updateShared: boolean) {
  const view = await loadView(ctx, owner, meeting);
  await respondWithCard(context, cardFor(ctx, locale, view), { updateShared: updateShared && !isAutomatic(context) });
}

const tallyKey = (view: MeetingView) =>
  JSON.stringify([view.meeting.sequence, view.meeting.status, view.rsvps.map((r) => `${r.aadObjectId}:${r.answer}:${r.sequence ?? 0}`).sort(), view.rotation?.history.length ?? 0, view.rotation?.history.at(-1)]);

/**
 * Updates the shared message after a change, then looks again: when presses landed meanwhile, the card is
 * built and sent again, so the last update anyone makes shows every stored answer (bounded, so a storm cannot
 * loop forever). Changes to one invitation are settled in groups (src/groupCommit.ts): a crowd answering at
 * once shares one round of reads and updates instead of each press updating the message on its own. Call it
 * after the change is stored; the view it returns shows that change.
 */
export async function updateSharedSettled(context: TurnContext, ctx: MeetingsCtx, owner: string, meeting: MeetingDoc, locale: Locale): Promise<MeetingView> {
  let group = settleGroups.get(ctx);
  if (!group) {
    group = new GroupCommit((_key, jobs) => settle(ctx, jobs));
    settleGroups.set(ctx, group);
  }
  // The group does the store work for everyone waiting here; see positions.ts for why the slot is given up.
  releaseTurnSlot(context);
  return group.submit(`${owner}\u0000${meeting.meetingId}`, { context, owner, meeting, locale });
}

interface SettleJob {
  context: TurnContext;
  owner: string;
  meeting: MeetingDoc;
  locale: Locale;
}

const settleGroups = new WeakMap<MeetingsCtx, GroupCommit<SettleJob, MeetingView>>();

async function settle(ctx: MeetingsCtx, jobs: SettleJob[]): Promise<MeetingView[]> {
  // The latest copy any press read; a change to the meeting itself (edit, cancel) shows up in the re-check below.
  const { owner, meeting } = jobs[jobs.length - 1]!;
  let view = await loadView(ctx, owner, meeting);
  const putter = [...jobs].reverse().find((j) => !isAutomatic(j.context) && j.context.activity.replyToId);
  if (putter) {
    for (let round = 0; round < 5; round++) {
      try {
        await updateSharedCard(putter.context, cardFor(ctx, putter.locale, view));
      } catch (err) {
        // Every answer is stored and each presser gets the current card back; the shared message catches up on
        // the next press or when someone opens it (the card refreshes itself). Not worth an error to the group.
        turnLogger(putter.context, ctx.deps.logger).warn('meeting.shared_update_failed', errorFields(err));
        break;
      }
      const again = await loadView(ctx, owner, (await ctx.meetings.get(owner, meeting.meetingId)) ?? view.meeting);
      if (tallyKey(again) === tallyKey(view)) break;
      view = again;
    }
  }
  return jobs.map(() => view);
}

const rsvpSchema = z.object({ answer: z.enum(RSVP_ANSWERS) });

interface RsvpJob {
  owner: string;
  meeting: MeetingDoc;
  actor: string;
  press: RsvpPress;
}

const rsvpGroups = new WeakMap<MeetingsCtx, GroupCommit<RsvpJob, RsvpPressStatus>>();

/**
 * One person's presses on one invitation that arrive together are written in one go, in arrival order: every
 * press's id is recorded (also a repeat), and without grouping a burst of repeats would queue on the answer's
 * ETag one by one.
 */
function pressRsvp(ctx: MeetingsCtx, job: RsvpJob): Promise<RsvpPressStatus> {
  let group = rsvpGroups.get(ctx);
  if (!group) {
    group = new GroupCommit(async (_key, jobs) => {
      const { owner, meeting, actor } = jobs[0]!;
      return (await ctx.meetings.setRsvps(owner, meeting, actor, jobs.map((j) => j.press))).result.statuses;
    });
    rsvpGroups.set(ctx, group);
  }
  return group.submit(`${job.owner}\u0000${job.meeting.meetingId}\u0000${job.actor}`, job);
}

export async function handleRsvp(context: TurnContext, ctx: MeetingsCtx): Promise<void> {
  const found = await pressedMeeting(context, ctx);
  if (!found) return;
  const { meeting, owner, locale } = found;
  const actor = actorId(context);
  const log = turnLogger(context, ctx.deps.logger);
  if (!actor || !responders({ meeting }).includes(actor)) {
    log.info('meeting.rsvp_refused', { meetingId: meeting.meetingId });
    return respondWithMessage(context, `${t(locale, 'error.notMember')} ${t(locale, 'meetings.rsvp.notInvited')}`);
  }
  if (meeting.status === 'cancelled') return respondWithMessage(context, t(locale, 'meetings.rsvp.cancelled'));
  const answer = rsvpSchema.safeParse(actionData(context));
  if (!answer.success) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  if (found.cardVersion !== undefined && found.cardVersion < meeting.sequence) return answerWithCard(context, ctx, owner, meeting, locale, false);
  if (isAutomatic(context)) return answerWithCard(context, ctx, owner, meeting, locale, false);

  const now = ctx.deps.now().toISOString();
  const opId = context.activity.id;
  const status = await pressRsvp(ctx, { owner, meeting, actor, press: { answer: answer.data.answer, at: now, opId } });
  // A repeated answer is recorded too (its activity id only, see setRsvps) but changes nothing anyone sees.
  const changed = status === 'applied';
  log.info('meeting.rsvp', { meetingId: meeting.meetingId, written: changed, duplicate: status === 'duplicate' });

  // "Kommer ikke" from the writer hands the referat on to the next in line among those coming. Any other change
  // of answer settles the writer too when the meeting has none (e.g. everyone had said "kommer ikke" and one
  // now comes); with a writer in place it costs one read and changes nothing.
  const leaving = answer.data.answer === 'no';
  if (changed && (leaving || !currentWriter(await ctx.referat.get(owner, meeting.caseRef), meeting.meetingId).writer)) {
    const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
    if (caseDoc) {
      const absent = absentIds(meeting, await ctx.meetings.rsvps(owner, meeting.meetingId));
      await ctx.referat.update(
        owner,
        meeting.caseRef,
        (doc) =>
          rotationMutation(doc, (s) => {
            const r = leaving ? release(withMembers(s, caseDoc), meeting.meetingId, actor, { at: now }) : { ok: true as const, state: withMembers(s, caseDoc) };
            if (!r.ok) return r;
            return { ok: true, state: settleWriter(r.state, meeting, caseDoc, absent, now), changed: true };
          }),
        opId,
      );
    }
  }
  const view = changed ? await updateSharedSettled(context, ctx, owner, meeting, locale) : await loadView(ctx, owner, meeting);
  await respondWithCard(context, cardFor(ctx, locale, view), { updateShared: false });
}

/** Automatic refresh and "back": show the current card, never write, never update the shared message. */
export async function handleView(context: TurnContext, ctx: MeetingsCtx): Promise<void> {
  const found = await pressedMeeting(context, ctx);
  if (!found) return;
  return answerWithCard(context, ctx, found.owner, found.meeting, found.locale, false);
}

export async function handleEdit(context: TurnContext, ctx: MeetingsCtx): Promise<void> {
  const found = await pressedMeeting(context, ctx);
  if (!found) return;
  const { meeting, owner, locale } = found;
  if (actorId(context) !== meeting.coordinator.aadObjectId) return respondWithMessage(context, t(locale, 'meetings.onlyCoordinator', { name: meeting.coordinator.name }));
  if (meeting.status === 'cancelled' || (found.cardVersion !== undefined && found.cardVersion < meeting.sequence)) return answerWithCard(context, ctx, owner, meeting, locale, false);
  const members = await conversationMembers(context).catch(() => []);
  return respondWithCard(context, editFormCard(locale, meeting, members, ctx.deps.now()), { updateShared: false });
}

export async function handleCancel(context: TurnContext, ctx: MeetingsCtx): Promise<void> {
  const found = await pressedMeeting(context, ctx);
  if (!found) return;
  const { meeting, owner, locale } = found;
  if (actorId(context) !== meeting.coordinator.aadObjectId) return respondWithMessage(context, t(locale, 'meetings.onlyCoordinator', { name: meeting.coordinator.name }));
  if (found.cardVersion !== undefined && found.cardVersion < meeting.sequence) return answerWithCard(context, ctx, owner, meeting, locale, false);
  const now = ctx.deps.now().toISOString();
  const outcome = await ctx.meetings.update(
    owner,
    meeting.meetingId,
    (cur): Mutation<MeetingDoc, void> => {
      if (!cur || cur.status === 'cancelled') return { kind: 'unchanged', result: undefined };
      const next = cancelMeeting({ ...cur, id: cur.meetingId } as Meeting);
      return { kind: 'write', doc: { ...cur, status: next.status, sequence: next.sequence, updatedAt: now }, result: undefined };
    },
    context.activity.id,
  );
  const saved = outcome.doc ?? meeting;
  if (saved.status === 'cancelled' && (outcome.written || outcome.duplicate)) {
    // A meeting that does not take place is nobody's turn: the pending writer keeps their place in the queue.
    // Also on a re-delivery, in case the first delivery stopped before this (withdrawing twice changes nothing).
    await ctx.referat.update(owner, saved.caseRef, (doc) => rotationMutation(doc, (s) => withdraw(s, saved.meetingId)), context.activity.id);
  }
  if (outcome.written) {
    await rescheduleReminders(ctx, owner, saved, meeting);
    turnLogger(context, ctx.deps.logger).info('meeting.cancelled', { meetingId: saved.meetingId });
  }
  await answerWithCard(context, ctx, owner, saved, locale, outcome.written);
  // Its own step: the AVLYST card notifies nobody, so the invitees are told in the thread, with the .ics
  // that takes the meeting out of their calendars. Also on a re-delivery of the same press, in case the first
  // delivery stopped before this: a message twice is better than none.
  if (outcome.written || (outcome.duplicate && saved.status === 'cancelled')) await announceChange(context, ctx, saved, locale);
}
