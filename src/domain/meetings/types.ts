import { cite, type Citation } from '../sources';

/**
 * Shared meeting vocabulary: the four meeting types and which rules apply to each (their names are in src/i18n).
 * Kept free of any bot or storage import so the card layer, the store and the tests can all use it.
 */

export interface Text {
  nb: string;
  en: string;
}

/** A citation of a source document (src/domain/sources.ts, shared with the profiles and guidance). */
export type SourceRef = Citation;
export const source = cite;

/** Pseudonymous case reference, the same shape the case repository hands out (BTI-2026-0042). */
export { CASE_REF_PATTERN } from '../caseRef';

export const MEETING_TYPES = ['samarbeidsmote', 'ansvarsgruppemote', 'arbeidsmote', 'avklaringsmote'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** The rules of a meeting type; its name and description are i18n keys `meetings.type.<type>[.description]`. */
export interface MeetingTypeInfo {
  /** Only professionals take part: no child, no parents. */
  staffOnly: boolean;
  /** Counts towards "at least two meetings with everyone a year". */
  coordinationMeeting: boolean;
  source: SourceRef;
}

export const MEETING_TYPE_INFO: Record<MeetingType, MeetingTypeInfo> = {
  samarbeidsmote: {
    staffOnly: false,
    coordinationMeeting: true,
    source: source('002', 'Tverrfaglige møter rundt enkeltbarn', 'Cross-disciplinary meetings about one child'),
  },
  ansvarsgruppemote: {
    staffOnly: false,
    coordinationMeeting: true,
    source: source('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
  },
  arbeidsmote: {
    staffOnly: false,
    coordinationMeeting: false,
    source: source('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
  },
  avklaringsmote: {
    staffOnly: true,
    coordinationMeeting: false,
    source: source('004', 'Når du ikke skal koordinere selv (avklaringsmøte)', 'When you will not coordinate yourself (clarification meeting)'),
  },
};
