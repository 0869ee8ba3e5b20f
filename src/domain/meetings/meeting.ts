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
export function cancelMeeting(meeting: Meeting): Meeting {
  return meeting.status === 'cancelled' ? meeting : { ...meeting, sequence: meeting.sequence + 1, status: 'cancelled' };
}
