import { createHash } from 'node:crypto';
import { TurnContext, MessageFactory, Mention } from 'botbuilder';
import { t } from '../../i18n';
import {
  MEETING_TYPE_INFO,
  NUDGE_MONTHS,
  formatOslo,
  formatOsloRange,
  needsMeetingNudge,
  referatFollowUps,
  remindersFor,
  type PlannedReminder,
} from '../../domain/meetings';
import type { MeetingDoc } from '../../store/meetings';
import type { ReminderDoc } from '../../store/reminders';
import type { Bot } from '../app';
import { turnLogger } from '../app';
import { currentWriter } from '../referat/rotation';
import { MeetingsCtx, personName, typeName } from './common';

/**
 * Proactive reminders of a meeting: before it (to the invitees), the referat nudge and follow-ups to the writer
 * after it, and the twice-a-year nudge to the coordinator six months after a coordination meeting. Reminder
 * ids are deterministic per meeting, so saving a meeting again moves them instead of adding new ones. Every
 * sender re-reads the store and stays silent when the reason for the reminder is gone.
 */

export const REMINDER_KINDS = {
  before: 'meeting.before-meeting',
  referatDue: 'meeting.referat-due',
  followUp: 'meeting.referat-followup',
  nudge: 'meeting.nudge',
} as const;

const KIND_OF: Record<PlannedReminder['kind'], string> = {
  'before-meeting': REMINDER_KINDS.before,
  'referat-due': REMINDER_KINDS.referatDue,
  'referat-followup': REMINDER_KINDS.followUp,
};

interface Planned {
  id: string;
  kind: string;
  dueAt: string;
  n?: number;
}

function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes()));
  const days = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), days));
  return target.toISOString();
}

/** Ids in the reminder store are global: prefix with a hash of the owner so two chats never share one. */
const scoped = (owner: string, id: string) => `m-${createHash('sha256').update(owner).digest('hex').slice(0, 12)}:${id}`;

/** Every reminder this meeting has. Without `now` it includes past ones (used to cancel the old set). */
export function plannedReminders(meeting: MeetingDoc, beforeHours: number, now?: Date): Planned[] {
  const m = { id: meeting.meetingId, startUtc: meeting.startUtc, endUtc: meeting.endUtc, status: meeting.status };
  const base = [...remindersFor(m, { beforeHours, now }), ...referatFollowUps(m, now ?? new Date(0))].map((r) => ({
    id: r.id,
    kind: KIND_OF[r.kind],
    dueAt: r.dueAt,
    ...(r.n !== undefined ? { n: r.n } : {}),
  }));
  if (meeting.status !== 'cancelled' && MEETING_TYPE_INFO[meeting.meetingType].coordinationMeeting) {
    const dueAt = addMonths(meeting.startUtc, NUDGE_MONTHS);
    if (!now || Date.parse(dueAt) > now.getTime()) base.push({ id: `${meeting.meetingId}:nudge`, kind: REMINDER_KINDS.nudge, dueAt });
  }
  return base;
}

/** Moves the reminders from `previous` (if any) to `meeting`; a cancelled meeting ends up with none. */
export async function rescheduleReminders(ctx: MeetingsCtx, owner: string, meeting: MeetingDoc, previous: MeetingDoc | undefined): Promise<void> {
  const now = ctx.deps.now();
  const hours = ctx.deps.config.reminderBeforeHours;
  const next = meeting.status === 'cancelled' ? [] : plannedReminders(meeting, hours, now);
  const keep = new Set(next.map((r) => `${r.id}|${r.dueAt}`));
  if (previous) {
    for (const r of plannedReminders({ ...previous, status: 'scheduled' }, hours)) {
      if (!keep.has(`${r.id}|${r.dueAt}`)) await ctx.reminders.cancel(scoped(owner, r.id), r.dueAt);
    }
  }
  for (const r of next) {
    await ctx.reminders.schedule({
      id: scoped(owner, r.id),
      kind: r.kind,
      dueAt: r.dueAt,
      conversationId: meeting.conversationId,
      payload: { owner, meetingId: meeting.meetingId, ...(r.n !== undefined ? { n: r.n } : {}) },
      caseRef: meeting.caseRef,
    });
  }
}

/** Follow-ups stop once the referat is written. */
export async function cancelReferatReminders(ctx: MeetingsCtx, owner: string, meeting: MeetingDoc): Promise<void> {
  for (const r of plannedReminders(meeting, ctx.deps.config.reminderBeforeHours)) {
    if (r.kind === REMINDER_KINDS.referatDue || r.kind === REMINDER_KINDS.followUp) await ctx.reminders.cancel(scoped(owner, r.id), r.dueAt);
  }
}

interface Person {
  name: string;
  teamsId?: string;
}

/** A text message that @mentions people who have a Teams id; the others are named in plain text. */
async function sendWithMentions(context: TurnContext, text: string, people: Person[], token = '{names}'): Promise<void> {
  const entities: Mention[] = [];
  const parts = people.map((p) => {
    if (!p.teamsId) return p.name;
    const at = `<at>${p.name}</at>`;
    entities.push({ type: 'mention', text: at, mentioned: { id: p.teamsId, name: p.name } } as Mention);
    return at;
  });
  const activity = MessageFactory.text(text.replace(token, parts.join(', ')));
  activity.entities = entities;
  await context.sendActivity(activity);
}

export function registerReminderSenders(bot: Bot, ctx: MeetingsCtx): void {
  const load = async (reminder: ReminderDoc) => {
    const owner = String(reminder.payload.owner ?? '');
    const meetingId = String(reminder.payload.meetingId ?? '');
    const meeting = owner && meetingId ? await ctx.meetings.get(owner, meetingId) : undefined;
    return { owner, meeting };
  };

  bot.reminders.register(REMINDER_KINDS.before, async (context, reminder, locale) => {
    const { meeting } = await load(reminder);
    if (!meeting || meeting.status === 'cancelled') return;
    // Sent late (the bot was stopped, or Teams refused it until now): after the start it would only confuse.
    if (ctx.deps.now().getTime() >= Date.parse(meeting.startUtc)) {
      turnLogger(context, ctx.deps.logger).info('meeting.reminder_too_late', { kind: reminder.kind, meetingId: meeting.meetingId });
      return;
    }
    const people = meeting.invitees.map((id) => meeting.people.find((p) => p.aadObjectId === id) ?? { name: '—' });
    const text = t(locale, 'meetings.reminder.before', {
      type: typeName(meeting.meetingType, locale),
      ref: meeting.caseRef,
      time: formatOsloRange(meeting.startUtc, meeting.endUtc, locale),
      place: [meeting.place, meeting.onlineLink].filter(Boolean).join(' – '),
    });
    await sendWithMentions(context, text, people);
    turnLogger(context, ctx.deps.logger).info('meeting.reminder_sent', { kind: reminder.kind, meetingId: meeting.meetingId });
  });

  for (const kind of [REMINDER_KINDS.referatDue, REMINDER_KINDS.followUp]) {
    bot.reminders.register(kind, async (context, reminder, locale) => {
      const { owner, meeting } = await load(reminder);
      if (!meeting || meeting.status === 'cancelled') return;
      const rotation = await ctx.referat.get(owner, meeting.caseRef);
      const w = currentWriter(rotation, meeting.meetingId);
      if (!w.writer || w.written) return;
      const writer = meeting.people.find((p) => p.aadObjectId === w.writer) ?? { name: personName({ meeting, caseDoc: await ctx.cases.get(owner, meeting.caseRef) }, w.writer) };
      const text = t(locale, kind === REMINDER_KINDS.referatDue ? 'meetings.reminder.referatDue' : 'meetings.reminder.referatFollowup', {
        name: '{names}',
        type: typeName(meeting.meetingType, locale),
        ref: meeting.caseRef,
        time: formatOslo(meeting.startUtc, locale),
      });
      await sendWithMentions(context, text, [writer]);
    });
  }

  bot.reminders.register(REMINDER_KINDS.nudge, async (context, reminder, locale) => {
    const { owner, meeting } = await load(reminder);
    if (!meeting) return;
    const caseDoc = await ctx.cases.get(owner, meeting.caseRef);
    if (!caseDoc || caseDoc.status === 'closed') return;
    const all = await ctx.meetings.list(owner, meeting.caseRef);
    if (!needsMeetingNudge(all, ctx.deps.now(), { caseCreatedAt: caseDoc.createdAt })) return;
    const coordId = caseDoc.coordinator?.aadObjectId ?? meeting.coordinator.aadObjectId;
    const person =
      meeting.people.find((p) => p.aadObjectId === coordId) ??
      caseDoc.members.find((m) => m.aadObjectId === coordId) ??
      meeting.coordinator;
    const text = t(locale, 'meetings.reminder.nudge', { name: '{names}', ref: meeting.caseRef });
    await sendWithMentions(context, text, [person]);
  });
}
