import { t, type Locale } from '../../i18n';
import {
  MAX_ROTATION_MEMBERS,
  MEETING_MESSAGE_LIMITS,
  type GuidancePromptId,
  type MeetingIssue,
  type MeetingType,
  type ReferatRefusal,
  type SkipReason,
} from '../../domain/meetings';

/** The domain's codes as the user reads them: every word comes from src/i18n/<lang>/meetings.ts. */

/** The meeting type's full label (with the Norwegian name in brackets in English). */
export function typeLabel(type: MeetingType, locale: Locale): string {
  return t(locale, `meetings.type.${type}`);
}

/** The meeting type's short name, without the gloss in brackets, for sentences. */
export function typeName(type: MeetingType, locale: Locale): string {
  return typeLabel(type, locale).replace(/\s*\(.*\)$/, '');
}

export function formIssueText(locale: Locale, issue: Pick<MeetingIssue, 'code'>): string {
  const max = MEETING_MESSAGE_LIMITS[issue.code];
  return t(locale, `meetings.form.error.${issue.code}`, max === undefined ? {} : { max });
}

export function skipReasonText(locale: Locale, reason: SkipReason): string {
  return t(locale, `meetings.skipReason.${reason}`);
}

export function promptText(locale: Locale, id: GuidancePromptId): string {
  return t(locale, `meetings.prompt.${id}`);
}

/** A refused referat press in the presser's words. */
export function referatRefusalText(locale: Locale, code: Exclude<ReferatRefusal, 'stale'>): string {
  switch (code) {
    case 'not-member':
      return t(locale, 'error.notMember');
    case 'not-professional':
      return t(locale, 'meetings.referat.notProfessional');
    case 'not-invited':
      return t(locale, 'meetings.referat.notInvited');
    case 'not-yet':
      return t(locale, 'meetings.referat.notYet');
    case 'invalid-reason':
      return t(locale, 'meetings.card.skipReason');
    default:
      return t(locale, `meetings.referat.error.${code}`, { max: MAX_ROTATION_MEMBERS });
  }
}
