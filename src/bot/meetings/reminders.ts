import { errorFields, type Logger } from '../../log';
import type { ConversationPort } from '../../actions/types';
import { mentionMessage, type Person } from '../mentions';
import { invitationCard } from './cards';
import { Locale, t } from '../../i18n';
import {
  DEFAULT_REFERAT_FOLLOWUP_DAYS,
  MEETING_TYPE_INFO,
  caseCheckAfter,
  formatOslo,
  formatOsloRange,
  planNudgeCheck,
  currentWriter,
  referatFollowUps,
  remindersFor,
  type PlannedReminder,
} from '../../domain/meetings';
import type { CaseDoc } from '../../store/cases';
import type { MeetingDoc } from '../../store/meetings';
import { CASE_NUDGE_KIND, caseNudgeReminder, scopedReminderId, type ReminderDoc } from '../../store/reminders';
import type { JobHost } from '../host';
import { loadView, MeetingsCtx, personName, typeName } from './common';

/**
 * Proactive reminders of a meeting: before it (to the invitees), the referat nudge and follow-ups to the writer
 * after it (the last one to the coordinator), and the twice-a-year check of the case. Reminder ids are
 * deterministic, so saving a meeting again moves them instead of adding new ones. Every sender re-reads the
 * store and stays silent when the reason for the reminder is gone.
 */

export const REMINDER_KINDS = {
  before: 'meeting.before-meeting',
  referatDue: 'meeting.referat-due',
  followUp: 'meeting.referat-followup',
  referatFinal: 'meeting.referat-final',
  /** The twice-a-year check of a case (planned by meetings, by the coordinator being decided, and by itself). */
  caseNudge: CASE_NUDGE_KIND,
  /** Older per-meeting checks still in a store; handled like caseNudge. */
  nudge: 'meeting.nudge',
} as const;

const KIND_OF: Record<PlannedReminder['kind'], string> = {
  'before-meeting': REMINDER_KINDS.before,
  'referat-due': REMINDER_KINDS.referatDue,
  'referat-followup': REMINDER_KINDS.followUp,
  'referat-final': REMINDER_KINDS.referatFinal,
};

const REFERAT_KINDS = new Set<string>([REMINDER_KINDS.referatDue, REMINDER_KINDS.followUp, REMINDER_KINDS.referatFinal]);

interface Planned {
  /** Not yet scoped to the owner, except the case check, whose id caseNudgeReminder builds. */
  id: string;
  kind: string;
  dueAt: string;
  n?: number;
}

export interface ReminderSettings {
  beforeHours: number;
  followUpDays: readonly number[];
}

export const reminderSettings = (ctx: MeetingsCtx): ReminderSettings => ({
  beforeHours: ctx.deps.config.reminderBeforeHours,
  followUpDays: ctx.deps.config.referatFollowUpDays ?? DEFAULT_REFERAT_FOLLOWUP_DAYS,
});

/** Every reminder this meeting has. Without `now` it includes past ones (used to cancel the old set). */
export function plannedReminders(meeting: MeetingDoc, settings: ReminderSettings, now?: Date): Planned[] {
  const m = { id: meeting.meetingId, startUtc: meeting.startUtc, endUtc: meeting.endUtc, status: meeting.status };
  const base: Planned[] = [...remindersFor(m, { beforeHours: settings.beforeHours, now }), ...referatFollowUps(m, now ?? new Date(0), { days: settings.followUpDays })].map((r) => ({
    id: r.id,
    kind: KIND_OF[r.kind],
    dueAt: r.dueAt,
    ...(r.n !== undefined ? { n: r.n } : {}),
  }));
  const check = caseCheckAfter(meeting, now);
  if (check) base.push({ id: caseNudgeReminder(meeting.pk, meeting.caseRef, check, '').id, kind: REMINDER_KINDS.caseNudge, dueAt: check });
  return base;
}

const storedId = (owner: string, r: Planned) => (r.kind === REMINDER_KINDS.caseNudge ? r.id : scopedReminderId(owner, r.id));

/** Moves the reminders from `previous` (if any) to `meeting`; a cancelled meeting ends up with none. */
export async function rescheduleReminders(ctx: MeetingsCtx, owner: string, meeting: MeetingDoc, previous: MeetingDoc | undefined): Promise<void> {
  const now = ctx.deps.now();
  const settings = reminderSettings(ctx);
  const next = meeting.status === 'cancelled' ? [] : plannedReminders(meeting, settings, now);
  const keep = new Set(next.map((r) => `${storedId(owner, r)}|${r.dueAt}`));
  let droppedCheck = false;
  if (previous) {
    for (const r of plannedReminders({ ...previous, status: 'scheduled' }, settings)) {
      if (keep.has(`${storedId(owner, r)}|${r.dueAt}`)) continue;
      await ctx.reminders.cancel(storedId(owner, r), r.dueAt);
      if (r.kind === REMINDER_KINDS.caseNudge) droppedCheck = true;
    }
  }
  for (const r of next) {
    if (r.kind === REMINDER_KINDS.caseNudge) {
      await ctx.reminders.schedule(caseNudgeReminder(owner, meeting.caseRef, r.dueAt, meeting.conversationId));
      continue;
    }
    await ctx.reminders.schedule({
      id: storedId(owner, r),
      kind: r.kind,
      dueAt: r.dueAt,
      conversationId: meeting.conversationId,
      payload: { owner, meetingId: meeting.meetingId, ...(r.n !== undefined ? { n: r.n } : {}) },
      caseRef: meeting.caseRef,
    });
  }
  if (droppedCheck && !next.some((r) => r.kind === REMINDER_KINDS.caseNudge)) {
    // The meeting was cancelled (or is no longer a coordination meeting): the check it planned is gone, but the
    // case still needs one, planned from the meetings that remain.
    await scheduleCaseCheck(ctx, owner, meeting.caseRef, meeting.conversationId, now);
  }
}

/**
 * Plans the case's next twice-a-year check from the case as it is now (see planNudgeCheck), and says whether
 * the coordinator is due a nudge, with the case and its meetings as read for the plan.
 */
async function scheduleCaseCheck(
  ctx: MeetingsCtx,
  owner: string,
  caseRef: string,
  conversationId: string,
  now: Date,
): Promise<{ nudge: boolean; caseDoc: CaseDoc; meetings: MeetingDoc[] } | undefined> {
  const caseDoc = await ctx.cases.get(owner, caseRef);
  if (!caseDoc || caseDoc.status === 'closed') return undefined;
  const meetings = await ctx.meetings.list(owner, caseRef);
  const plan = planNudgeCheck(meetings, now, { caseCreatedAt: caseDoc.createdAt, coordinatorSince: caseDoc.coordinator?.since });
  if (!plan) return undefined;
  // Messages go where the case was last active.
  await ctx.reminders.schedule(caseNudgeReminder(owner, caseRef, plan.nextAt, meetings[0]?.conversationId ?? conversationId));
  return { nudge: plan.nudge, caseDoc, meetings };
}

/** Follow-ups stop once the referat is written. */
export async function cancelReferatReminders(ctx: MeetingsCtx, owner: string, meeting: MeetingDoc): Promise<void> {
  for (const r of plannedReminders(meeting, reminderSettings(ctx))) {
    if (REFERAT_KINDS.has(r.kind)) await ctx.reminders.cancel(storedId(owner, r), r.dueAt);
  }
}

export { mentionMessage, type Person } from '../mentions';

/** A person of the meeting or the case, with their Teams id when known; never an id as a name. */
function personOf(meeting: MeetingDoc | undefined, caseDoc: CaseDoc | undefined, aadObjectId: string): Person {
  const p = meeting?.people.find((x) => x.aadObjectId === aadObjectId) ?? caseDoc?.members.find((x) => x.aadObjectId === aadObjectId);
  if (p) return { name: p.name, ...(p.teamsId ? { teamsId: p.teamsId } : {}) };
  if (meeting?.coordinator.aadObjectId === aadObjectId) return meeting.coordinator;
  return { name: '—' };
}

const DAY_MS = 86_400_000;

/**
 * The shared invitation was drawn before the meeting, without "Referatet er skrevet". When the referat falls
 * due it is drawn again, so everyone has the button (a refresh only reaches the people Teams refreshes for).
 * A failure here costs only that: the reminder itself still goes out.
 */
async function showReferatButton(port: ConversationPort, log: Logger, ctx: MeetingsCtx, owner: string, meeting: MeetingDoc, locale: Locale): Promise<void> {
  if (!meeting.activityId) return;
  try {
    const card = invitationCard(locale, await loadView(ctx, owner, meeting), { publicUrl: ctx.deps.config.publicUrl, now: ctx.deps.now() });
    await port.update(meeting.activityId, { card });
  } catch (err) {
    log.warn('meeting.shared_update_failed', errorFields(err));
  }
}

export function registerReminderSenders(bot: JobHost, ctx: MeetingsCtx): void {
  const load = async (reminder: ReminderDoc) => {
    const owner = String(reminder.payload.owner ?? '');
    const meetingId = String(reminder.payload.meetingId ?? '');
    const meeting = owner && meetingId ? await ctx.meetings.get(owner, meetingId) : undefined;
    return { owner, meeting };
  };

  bot.reminders.register(REMINDER_KINDS.before, async (port, reminder, locale, log) => {
    const { meeting } = await load(reminder);
    if (!meeting || meeting.status === 'cancelled') return;
    // Sent late (the bot was stopped, or Teams refused it until now): after the start it would only confuse.
    if (ctx.deps.now().getTime() >= Date.parse(meeting.startUtc)) {
      log.info('meeting.reminder_too_late', { kind: reminder.kind, meetingId: meeting.meetingId });
      return;
    }
    const people = meeting.invitees.map((id) => meeting.people.find((p) => p.aadObjectId === id) ?? { name: '—' });
    const text = t(locale, 'meetings.reminder.before', {
      type: typeName(meeting.meetingType, locale),
      ref: meeting.caseRef,
      time: formatOsloRange(meeting.startUtc, meeting.endUtc, locale),
      place: [meeting.place, meeting.onlineLink].filter(Boolean).join(' – '),
    });
    await port.send(mentionMessage(text, { '{names}': people }));
    log.info('meeting.reminder_sent', { kind: reminder.kind, meetingId: meeting.meetingId });
  });

  for (const kind of [REMINDER_KINDS.referatDue, REMINDER_KINDS.followUp]) {
    bot.reminders.register(kind, async (port, reminder, locale, log) => {
      const { owner, meeting } = await load(reminder);
      if (!meeting || meeting.status === 'cancelled') return;
      const rotation = await ctx.referat.get(owner, meeting.caseRef);
      const w = currentWriter(rotation, meeting.meetingId);
      if (kind === REMINDER_KINDS.referatDue) await showReferatButton(port, log, ctx, owner, meeting, locale);
      if (!w.writer || w.written) return;
      const writer = meeting.people.find((p) => p.aadObjectId === w.writer) ?? { name: personName({ meeting, caseDoc: await ctx.cases.get(owner, meeting.caseRef) }, w.writer) };
      const text = t(locale, kind === REMINDER_KINDS.referatDue ? 'meetings.reminder.referatDue' : 'meetings.reminder.referatFollowup', {
        name: '{names}',
        type: typeName(meeting.meetingType, locale),
        ref: meeting.caseRef,
        time: formatOslo(meeting.startUtc, locale),
      });
      await port.send(mentionMessage(text, { '{names}': [writer] }));
    });
  }

  // The end of the follow-ups: the coordinator hears that the referat is still not marked written, and that the
  // bot stops reminding about it. Also when nobody took the referat at all.
  bot.reminders.register(REMINDER_KINDS.referatFinal, async (port, reminder, locale, log) => {
    const { owner, meeting } = await load(reminder);
    if (!meeting || meeting.status === 'cancelled') return;
    const rotation = await ctx.referat.get(owner, meeting.caseRef);
    const w = currentWriter(rotation, meeting.meetingId);
    if (w.written) return;
    const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
    const days = Math.max(1, Math.round((Date.parse(reminder.dueAt) - Date.parse(meeting.endUtc)) / DAY_MS));
    const vars = { coordinator: '{names}', writer: '{writer}', type: typeName(meeting.meetingType, locale), ref: meeting.caseRef, time: formatOslo(meeting.startUtc, locale), days };
    const coordinator = personOf(meeting, caseDoc, meeting.coordinator.aadObjectId);
    if (w.writer) {
      await port.send(mentionMessage(t(locale, 'meetings.reminder.referatFinal', vars), { '{names}': [coordinator], '{writer}': [personOf(meeting, caseDoc, w.writer)] }));
    } else {
      await port.send(mentionMessage(t(locale, 'meetings.reminder.referatFinalNoWriter', vars), { '{names}': [coordinator] }));
    }
    log.info('meeting.referat_final_sent', { meetingId: meeting.meetingId, hasWriter: !!w.writer });
  });

  const caseCheck = async (port: ConversationPort, reminder: ReminderDoc, locale: Locale, log: Logger) => {
    const owner = String(reminder.payload.owner ?? '');
    let caseRef = typeof reminder.payload.caseRef === 'string' ? reminder.payload.caseRef : reminder.caseRef;
    let meeting: MeetingDoc | undefined;
    if (!caseRef) {
      meeting = (await load(reminder)).meeting;
      caseRef = meeting?.caseRef;
    }
    if (!owner || !caseRef) return;
    // The next check is stored before anything is sent: a send that fails is retried and plans the same one.
    const outcome = await scheduleCaseCheck(ctx, owner, caseRef, reminder.conversationId, ctx.deps.now());
    if (!outcome?.nudge) return;
    const { caseDoc, meetings } = outcome;
    const lastCoordination = meetings.find((m) => m.status !== 'cancelled' && MEETING_TYPE_INFO[m.meetingType].coordinationMeeting);
    const latest = lastCoordination ?? meetings[0];
    // The coordinator; without one (not decided yet, or a service without a named person), whoever called the
    // last meeting, else whoever made the case.
    const coordId = caseDoc.coordinator?.aadObjectId ?? latest?.coordinator.aadObjectId ?? caseDoc.createdBy;
    const person = personOf(latest, caseDoc, coordId);
    const key = lastCoordination ? 'meetings.reminder.nudge' : 'meetings.reminder.nudgeNever';
    await port.send(mentionMessage(t(locale, key, { name: '{names}', ref: caseRef }), { '{names}': [person] }));
    log.info('meeting.nudge_sent', { caseRef });
  };
  bot.reminders.register(REMINDER_KINDS.caseNudge, caseCheck);
  bot.reminders.register(REMINDER_KINDS.nudge, caseCheck);
}
