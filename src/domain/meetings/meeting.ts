import type { ValidMeeting } from './form';

/**
 * A stored meeting: the validated form plus identity and version. `sequence` is the iCalendar SEQUENCE:
 * it goes up on every change so calendars replace their copy.
 */
export interface Meeting extends ValidMeeting {
  id: string;
  sequence: number;
  status: 'scheduled' | 'cancelled';
}

export function toMeeting(valid: ValidMeeting, id: string): Meeting {
  return { ...valid, id, sequence: 0, status: 'scheduled' };
}

const SAME_KEYS: (keyof ValidMeeting)[] = [
  'meetingType',
  'caseRef',
  'date',
  'start',
  'end',
  'startUtc',
  'endUtc',
  'place',
  'onlineLink',
  'agenda',
  'invitees',
  'childInvited',
  'interpreterNeeded',
  'interpreterLanguage',
];

function sameDetails(a: ValidMeeting, b: ValidMeeting): boolean {
  return SAME_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** New details for the same meeting. Submitting the same form twice changes nothing (no new SEQUENCE). */
export function updateMeeting(meeting: Meeting, valid: ValidMeeting): Meeting {
  if (meeting.status === 'scheduled' && sameDetails(meeting, valid)) return meeting;
  return { ...valid, id: meeting.id, sequence: meeting.sequence + 1, status: 'scheduled' };
}

/** Cancels once; cancelling again returns the meeting unchanged. */
export function cancelMeeting<M extends Pick<Meeting, 'status' | 'sequence'>>(meeting: M): M {
  return meeting.status === 'cancelled' ? meeting : { ...meeting, sequence: meeting.sequence + 1, status: 'cancelled' };
}

/**
 * What changed that the invitees must hear about: a new time or a new place (or meeting link). Other edits
 * (agenda, interpreter, who is invited) update the card quietly.
 */
export type MeetingChange = 'time' | 'place';

export function meetingChanges(
  before: Pick<ValidMeeting, 'startUtc' | 'endUtc' | 'place' | 'onlineLink'>,
  after: Pick<ValidMeeting, 'startUtc' | 'endUtc' | 'place' | 'onlineLink'>,
): MeetingChange[] {
  const out: MeetingChange[] = [];
  if (before.startUtc !== after.startUtc || before.endUtc !== after.endUtc) out.push('time');
  if ((before.place ?? '') !== (after.place ?? '') || (before.onlineLink ?? '') !== (after.onlineLink ?? '')) out.push('place');
  return out;
}

/**
 * An answer counts for the meeting as it is now only when it was given at or after the last change of time
 * or place (`answersFrom`, a meeting version). Answers and meetings stored before versions were recorded
 * count as version 0, so they stay valid until the next such change.
 */
export function isCurrentAnswer(answeredAtVersion: number | undefined, answersFrom: number | undefined): boolean {
  return (answeredAtVersion ?? 0) >= (answersFrom ?? 0);
}
