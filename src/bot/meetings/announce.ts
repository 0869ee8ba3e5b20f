import type { TurnContext } from 'botbuilder';
import type { OutMessage } from '../../actions/types';
import { conversationPort } from '../../runtime/teamsAi/turn';
import { Locale, t } from '../../i18n';
import { formatOsloRange } from '../../domain/meetings';
import type { MeetingDoc } from '../../store/meetings';
import { turnLogger } from '../app';
import { icsUrl, MeetingsCtx, typeName } from './common';
import { mentionMessage } from './reminders';

/**
 * The short message in the invitation's thread after a change of time or place, or a cancellation. Updating
 * the card tells nobody in Teams: this message mentions the invitees, says what changed and links the .ics
 * again (same UID, higher SEQUENCE; METHOD:CANCEL once cancelled) so calendars can be brought up to date.
 *
 * One step on its own, called after the meeting is stored, so it can run again from a retry or an outbox.
 */
export async function announceChange(context: TurnContext, ctx: MeetingsCtx, meeting: MeetingDoc, locale: Locale): Promise<void> {
  const text = changeText(meeting, locale, ctx.deps.config.publicUrl);
  if (!text) return;
  const invitees = meeting.invitees.map((id) => meeting.people.find((p) => p.aadObjectId === id) ?? { name: '—' });
  await postInThread(context, meeting, mentionMessage(text, { '{names}': invitees }));
  turnLogger(context, ctx.deps.logger).info('meeting.change_announced', { meetingId: meeting.meetingId, sequence: meeting.sequence, status: meeting.status });
}

/** The message with `{names}` where the invitees go; undefined when there is nothing to tell. */
export function changeText(meeting: MeetingDoc, locale: Locale, publicUrl: string): string | undefined {
  const vars = {
    names: '{names}',
    type: typeName(meeting.meetingType, locale),
    ref: meeting.caseRef,
    time: formatOsloRange(meeting.startUtc, meeting.endUtc, locale),
    url: icsUrl(publicUrl, meeting),
  };
  if (meeting.status === 'cancelled') return `${t(locale, 'meetings.announce.cancelled', vars)}\n\n${t(locale, 'meetings.announce.cancelledIcs', vars)}`;
  const change = meeting.lastChange;
  if (!change || change.sequence !== meeting.sequence) return undefined;
  const place = [meeting.place, meeting.onlineLink].filter((x): x is string => !!x).join(' – ') || t(locale, 'meetings.announce.noPlace');
  const oldTime = formatOsloRange(change.previousStartUtc, change.previousEndUtc, locale);
  const moved = change.kinds.includes('time');
  const key = moved ? (change.kinds.includes('place') ? 'meetings.announce.timeAndPlace' : 'meetings.announce.time') : 'meetings.announce.place';
  const lines = [t(locale, key, { ...vars, oldTime, place })];
  if (moved) lines.push(t(locale, 'meetings.announce.answerAgain'));
  lines.push(t(locale, 'meetings.announce.ics', vars));
  return lines.join('\n\n');
}

/**
 * Posts in the conversation the invitation lives in. A press comes from that same conversation (in a channel,
 * its thread: the conversation id carries the thread's message id), so this is a reply in the thread; should
 * the ids differ, the stored one wins.
 */
async function postInThread(context: TurnContext, meeting: MeetingDoc, message: OutMessage): Promise<void> {
  await conversationPort(context).send(message, { conversationId: meeting.conversationId || undefined });
}
