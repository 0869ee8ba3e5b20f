import { MEETING_TYPE_INFO, source, type MeetingType, type SourceRef } from './types';

/**
 * Short prompts the meeting card shows next to the "child invited" and "interpreter" inputs, and the
 * meeting rules the bot reminds coordinators of. Facts from the sources, wording our own.
 */

/** A prompt: its text is the i18n key `meetings.prompt.<id>`; the source it rests on stays with it. */
export interface GuidancePrompt {
  id: string;
  source: SourceRef;
}

export const CHILD_PARTICIPATION_PROMPTS = [
  {
    id: 'child-invite-when-possible',
    source: source(
      '002',
      'Introduksjon til BTI-prosessen (barn og unges medvirkning)',
      'Introduction to the BTI process (participation of children and youth)',
    ),
  },
  {
    id: 'child-voice-if-absent',
    source: source('003', '7.2 Barn som tjenestemottaker', '7.2 Children receiving services'),
  },
  {
    id: 'child-weight-from-12',
    source: source('003', 'Innledning', 'Introduction'),
  },
  {
    id: 'child-of-age-16',
    source: source('003', '7.2 Barn som tjenestemottaker', '7.2 Children receiving services'),
  },
  {
    id: 'staff-only-coordinator-talk',
    source: source('002', 'Nivå 2, trinn 5: Evaluer', 'Level 2, step 5: Evaluate'),
  },
] as const satisfies readonly GuidancePrompt[];

const INTERPRETER_SOURCE = source('003', '11. Bruk av tolk', '11. Using an interpreter');

export const INTERPRETER_PROMPTS = [
  {
    id: 'interpreter-when',
    source: INTERPRETER_SOURCE,
  },
  {
    id: 'interpreter-telephone',
    source: INTERPRETER_SOURCE,
  },
  {
    id: 'interpreter-no-relatives',
    source: INTERPRETER_SOURCE,
  },
] as const satisfies readonly GuidancePrompt[];

export const MEETING_RULE_PROMPTS = [
  {
    id: 'coordinator-calls-meeting',
    source: source('000', 'Koordinator: oppgaver', 'Coordinator: duties'),
  },
  {
    id: 'referat-rotates',
    source: source('000', 'Koordinator: oppgaver', 'Coordinator: duties'),
  },
  {
    id: 'referat-agree-before',
    source: source('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
  },
  {
    id: 'twice-a-year',
    source: source('002', 'Tverrfaglige møter rundt enkeltbarn', 'Cross-disciplinary meetings about one child'),
  },
  {
    id: 'referat-stored-with-plan',
    source: source('003', '8. Flyt Samspill', '8. Flyt Samspill'),
  },
] as const satisfies readonly GuidancePrompt[];

export type GuidancePromptId =
  | (typeof CHILD_PARTICIPATION_PROMPTS)[number]['id']
  | (typeof INTERPRETER_PROMPTS)[number]['id']
  | (typeof MEETING_RULE_PROMPTS)[number]['id'];

const ALL: readonly GuidancePrompt[] = [...CHILD_PARTICIPATION_PROMPTS, ...INTERPRETER_PROMPTS, ...MEETING_RULE_PROMPTS];

export function guidancePrompt(id: GuidancePromptId): GuidancePrompt {
  return ALL.find((p) => p.id === id) as GuidancePrompt;
}

/**
 * The prompts that fit a meeting being planned: a staff-only meeting gets the "family not present" note;
 * other meetings get the child participation prompts; the interpreter prompts depend on the toggle.
 */
export function meetingPrompts(meeting: {
  meetingType: MeetingType;
  interpreterNeeded?: boolean;
}): GuidancePrompt[] {
  if (MEETING_TYPE_INFO[meeting.meetingType].staffOnly) return [guidancePrompt('staff-only-coordinator-talk')];
  const out: GuidancePrompt[] = CHILD_PARTICIPATION_PROMPTS.filter((p) => p.id !== 'staff-only-coordinator-talk');
  if (meeting.interpreterNeeded) out.push(guidancePrompt('interpreter-telephone'), guidancePrompt('interpreter-no-relatives'));
  else out.push(guidancePrompt('interpreter-when'));
  out.push(guidancePrompt('referat-agree-before'));
  return out;
}
