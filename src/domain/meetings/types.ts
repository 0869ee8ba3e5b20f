import { cite, type Citation } from '../sources';

/**
 * Shared meeting vocabulary: the four meeting types, their nb/en names and which rules apply to each.
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

export interface MeetingTypeInfo {
  label: Text;
  description: Text;
  /** Only professionals take part: no child, no parents. */
  staffOnly: boolean;
  /** Counts towards "at least two meetings with everyone a year". */
  coordinationMeeting: boolean;
  source: SourceRef;
}

export const MEETING_TYPE_INFO: Record<MeetingType, MeetingTypeInfo> = {
  samarbeidsmote: {
    label: { nb: 'Samarbeidsmøte', en: 'Cooperation meeting (samarbeidsmøte)' },
    description: {
      nb: 'Alle tjenestene som er med, sammen med barnet eller ungdommen og foresatte. Koordinator kaller inn og leder.',
      en: 'All the services involved, together with the child or young person and the parents. The coordinator calls and chairs it.',
    },
    staffOnly: false,
    coordinationMeeting: true,
    source: source('002', 'Tverrfaglige møter rundt enkeltbarn', 'Cross-disciplinary meetings about one child'),
  },
  ansvarsgruppemote: {
    label: { nb: 'Ansvarsgruppemøte', en: 'Responsibility group meeting (ansvarsgruppemøte)' },
    description: {
      nb: 'Et fast møte i ansvarsgruppa rundt barnet, der familien møter alle tjenestene på én gang.',
      en: 'A regular meeting of the group around the child, where the family meets all the services at once.',
    },
    staffOnly: false,
    coordinationMeeting: true,
    source: source('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
  },
  arbeidsmote: {
    label: { nb: 'Arbeidsmøte', en: 'Working meeting (arbeidsmøte)' },
    description: {
      nb: 'Et mindre møte med noen av deltakerne, for eksempel skolen, foresatte og PPT. Én av tjenestene kaller inn.',
      en: 'A smaller meeting with some of the participants, for example the school, the parents and PPT. One of the services calls it.',
    },
    staffOnly: false,
    coordinationMeeting: false,
    source: source('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
  },
  avklaringsmote: {
    label: { nb: 'Avklaringsmøte', en: 'Clarification meeting (avklaringsmøte)' },
    description: {
      nb: 'Bare fagfolk: dere blir enige om hvem som skal koordinere videre. Barnet og familien er ikke med her. Teams går fint.',
      en: 'Professionals only: you agree who coordinates from now on. The child and the family do not take part. Teams is fine.',
    },
    staffOnly: true,
    coordinationMeeting: false,
    source: source('004', 'Når du ikke skal koordinere selv (avklaringsmøte)', 'When you will not coordinate yourself (clarification meeting)'),
  },
};
