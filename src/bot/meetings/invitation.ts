import { z } from 'zod';
import { t } from '../../i18n';
import { cancel, currentWriter, mayChange, rsvp, rsvpEffects, settleAfterRsvp, withdrawReferat, type PressContext } from '../../domain/meetings';
import { RSVP_ANSWERS, type MeetingDoc, type RsvpPress, type RsvpPressStatus } from '../../store/meetings';
import type { Mutation } from '../../store/documents';
import { errorFields } from '../../log';
import { reply, type CardPress, type Reply } from '../../actions/types';
import { GroupCommit } from '../../groupCommit';
import { rotationMutation } from '../referat/rotation';
import { invitationCard } from './cards';
import { absentIds, loadView, meetingRefSchema, notInvitedText, rosterOf, MeetingsCtx, MeetingView } from './common';
import { editFormCard } from './form';
import { rescheduleReminders } from './reminders';
import { announceChange } from './announce';

/** Presses on the invitation card: RSVP, refresh, edit, cancel. Each reads parse → load → command → persist → render. */

export function cardFor(ctx: MeetingsCtx, locale: CardPress['locale'], view: MeetingView) {
  return invitationCard(locale, view, { publicUrl: ctx.deps.config.publicUrl, now: ctx.deps.now() });
}

/** The meeting a press is about, with the press's card version. */
export interface Pressed {
  meeting: MeetingDoc;
  cardVersion?: number;
}

/** Finds the pressed meeting; a refusal Reply when it cannot go on. */
export async function pressedMeeting(press: CardPress, ctx: MeetingsCtx): Promise<Pressed | Reply> {
  const parsed = meetingRefSchema.safeParse(press.data);
  if (!parsed.success) return reply.message(t(press.locale, 'error.unknownAction'));
  const meeting = await ctx.meetings.get(press.place.owner, parsed.data.meetingId);
  if (!meeting) return reply.message(t(press.locale, 'meetings.notFound'));
  return { meeting, cardVersion: parsed.data.cardVersion };
}

export const isReply = (x: Pressed | Reply): x is Reply => 'kind' in x;

/** The press as the domain commands see it: the acting user's Entra object id and the card's version. */
export const pressContext = (press: CardPress, found: Pressed): PressContext => ({ actor: press.actor.aadObjectId, cardVersion: found.cardVersion });

/** The current card for the presser; only a manual press that changed something updates the shared message. */
export async function currentCard(press: CardPress, ctx: MeetingsCtx, meeting: MeetingDoc, updateShared = false): Promise<Reply> {
  const view = await loadView(ctx, press.place.owner, meeting);
  return reply.card(cardFor(ctx, press.locale, view), { updateShared: updateShared && !press.automatic });
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
export async function updateSharedSettled(press: CardPress, ctx: MeetingsCtx, meeting: MeetingDoc): Promise<MeetingView> {
  let group = settleGroups.get(ctx);
  if (!group) {
    group = new GroupCommit((_key, jobs) => settle(ctx, jobs));
    settleGroups.set(ctx, group);
  }
  // The group does the store work for everyone waiting here; see positions.ts for why the slot is given up.
  press.releaseStoreSlot();
  return group.submit(`${press.place.owner}\u0000${meeting.meetingId}`, { press, meeting });
}

interface SettleJob {
  press: CardPress;
  meeting: MeetingDoc;
}

const settleGroups = new WeakMap<MeetingsCtx, GroupCommit<SettleJob, MeetingView>>();

async function settle(ctx: MeetingsCtx, jobs: SettleJob[]): Promise<MeetingView[]> {
  // The latest copy any press read; a change to the meeting itself (edit, cancel) shows up in the re-check below.
  const { press: last, meeting } = jobs[jobs.length - 1]!;
  const owner = last.place.owner;
  let view = await loadView(ctx, owner, meeting);
  const putter = [...jobs].reverse().find((j) => !j.press.automatic && j.press.cardMessageId)?.press;
  if (putter?.cardMessageId) {
    for (let round = 0; round < 5; round++) {
      try {
        await putter.update(putter.cardMessageId, { card: cardFor(ctx, putter.locale, view) });
      } catch (err) {
        // Every answer is stored and each presser gets the current card back; the shared message catches up on
        // the next press or when someone opens it (the card refreshes itself). Not worth an error to the group.
        putter.log.warn('meeting.shared_update_failed', errorFields(err));
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

export async function handleRsvp(press: CardPress, ctx: MeetingsCtx): Promise<Reply> {
  const found = await pressedMeeting(press, ctx);
  if (isReply(found)) return found;
  const { meeting } = found;
  const owner = press.place.owner;
  const answer = rsvpSchema.safeParse(press.data);
  // The command's checks first (who may answer, a cancelled meeting, an older card); the answer's shape after.
  const checked = rsvp(meeting, pressContext(press, found), answer.success ? answer.data.answer : 'yes', undefined);
  if (!checked.ok) {
    if (checked.code === 'not-invited') {
      press.log.info('meeting.rsvp_refused', { meetingId: meeting.meetingId });
      return reply.message(notInvitedText(press));
    }
    if (checked.code === 'cancelled') return reply.message(t(press.locale, 'meetings.rsvp.cancelled'));
  }
  if (!answer.success) return reply.message(t(press.locale, 'error.unknownAction'));
  if (!checked.ok || press.automatic) return currentCard(press, ctx, meeting);

  const actor = press.actor.aadObjectId as string;
  const now = ctx.deps.now().toISOString();
  const opId = press.activityId;
  // The store folds presses that arrive together (see pressRsvp); `applied` is the command's "changed".
  const status = await pressRsvp(ctx, { owner, meeting, actor, press: { answer: answer.data.answer, at: now, opId } });
  const changed = status === 'applied';
  press.log.info('meeting.rsvp', { meetingId: meeting.meetingId, written: changed, duplicate: status === 'duplicate' });

  for (const effect of rsvpEffects(answer.data.answer, changed)) {
    // With a writer in place, "settle only if none" costs one read and changes nothing.
    if (effect.onlyIfNone && currentWriter(await ctx.referat.get(owner, meeting.caseRef), meeting.meetingId).writer) continue;
    const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
    if (!caseDoc) continue;
    const absent = absentIds(meeting, await ctx.meetings.rsvps(owner, meeting.meetingId));
    await ctx.referat.update(
      owner,
      meeting.caseRef,
      (doc) => rotationMutation(doc, (s) => settleAfterRsvp(s, meeting, caseDoc.members, { actor, leaving: effect.release, absent, at: now })),
      opId,
    );
  }
  const view = changed ? await updateSharedSettled(press, ctx, meeting) : await loadView(ctx, owner, meeting);
  return reply.card(cardFor(ctx, press.locale, view));
}

/** Automatic refresh and "back": show the current card, never write, never update the shared message. */
export async function handleView(press: CardPress, ctx: MeetingsCtx): Promise<Reply> {
  const found = await pressedMeeting(press, ctx);
  if (isReply(found)) return found;
  return currentCard(press, ctx, found.meeting);
}

export async function handleEdit(press: CardPress, ctx: MeetingsCtx): Promise<Reply> {
  const found = await pressedMeeting(press, ctx);
  if (isReply(found)) return found;
  const { meeting } = found;
  const may = mayChange(meeting, pressContext(press, found));
  if (!may.ok && may.code === 'only-coordinator') return reply.message(t(press.locale, 'meetings.onlyCoordinator', { name: meeting.coordinator.name }));
  if (!may.ok || meeting.status === 'cancelled') return currentCard(press, ctx, meeting);
  const members = await rosterOf(press).catch(() => []);
  return reply.card(editFormCard(press.locale, meeting, members, ctx.deps.now()));
}

export async function handleCancel(press: CardPress, ctx: MeetingsCtx): Promise<Reply> {
  const pressed = await pressedMeeting(press, ctx);
  if (isReply(pressed)) return pressed;
  const { meeting } = pressed;
  const owner = press.place.owner;
  const checked = cancel(meeting, pressContext(press, pressed));
  if (!checked.ok) {
    if (checked.code === 'only-coordinator') return reply.message(t(press.locale, 'meetings.onlyCoordinator', { name: meeting.coordinator.name }));
    return currentCard(press, ctx, meeting);
  }
  const now = ctx.deps.now().toISOString();
  const outcome = await ctx.meetings.update(
    owner,
    meeting.meetingId,
    (cur): Mutation<MeetingDoc, void> => {
      if (!cur) return { kind: 'unchanged', result: undefined };
      // The command again on the stored copy: a cancel that raced another cancel changes nothing.
      const r = cancel(cur, { actor: press.actor.aadObjectId });
      return r.ok && r.changed ? { kind: 'write', doc: { ...r.state, updatedAt: now }, result: undefined } : { kind: 'unchanged', result: undefined };
    },
    press.activityId,
  );
  const saved = outcome.doc ?? meeting;
  const effects = checked.effects;
  // Also on a re-delivery, in case the first delivery stopped before these (each is safe to repeat).
  const redelivered = outcome.duplicate && saved.status === 'cancelled';
  const run = (kind: (typeof effects)[number]['kind']) => effects.some((e) => e.kind === kind);
  if (saved.status === 'cancelled' && (outcome.written || outcome.duplicate) && run('withdraw-referat')) {
    // A meeting that does not take place is nobody's turn: the pending writer keeps their place in the queue.
    await ctx.referat.update(owner, saved.caseRef, (doc) => rotationMutation(doc, (s) => withdrawReferat(s, saved.meetingId)), press.activityId);
  }
  if (outcome.written && run('reschedule-reminders')) {
    await rescheduleReminders(ctx, owner, saved, meeting);
    press.log.info('meeting.cancelled', { meetingId: saved.meetingId });
  }
  const answer = await currentCard(press, ctx, saved, outcome.written);
  // The shared card first, as the press's answer did before: the AVLYST card notifies nobody, so the invitees
  // are told in the thread, with the .ics that takes the meeting out of their calendars. A message twice is
  // better than none.
  if (answer.kind === 'card' && answer.updateShared && press.cardMessageId) {
    await press.update(press.cardMessageId, { card: answer.card });
    answer.updateShared = false;
  }
  if ((outcome.written || redelivered) && run('announce')) await announceChange(press, ctx, saved, press.locale);
  return answer;
}
