import { cite, type Citation } from '../sources';
import { CHILD_PARTICIPATION_PROMPTS, INTERPRETER_PROMPTS, MEETING_RULE_PROMPTS, type GuidancePrompt } from '../meetings/guidance';

/**
 * The rules a fagperson asks about in plain questions ("hvor ofte skal vi møtes?", "kan en 15-åring samtykke
 * selv?", "må vi ha tolk?"), as short facts a tool answer puts before its tools. The question asks what the rule
 * is; a list of tools alone does not answer it. Facts only, each with the source part it rests on; the texts
 * are i18n codes (the meeting rules are the same texts the meeting form shows beside its inputs).
 */

export const FACT_TOPICS = ['meetings', 'minutes', 'childVoice', 'consent'] as const;
export type FactTopic = (typeof FACT_TOPICS)[number];

export interface Fact {
  /** The i18n key of the fact's text. */
  code: string;
  source: Citation;
}

/** Consent (source 002): its own texts, `guidance.fact.consent.<id>`, each with the part of 002 it rests on. */
const CONSENT = cite('002', 'Samtykke', 'Consent');
const CONSENT_WHO = cite('002', 'Samtykke: hvem skal samtykke?', 'Consent: who gives consent?');
export const CONSENT_FACTS: Readonly<Record<string, Citation>> = {
  informed: CONSENT,
  written: CONSENT,
  parents: CONSENT_WHO,
  from15: CONSENT_WHO,
  from18: CONSENT_WHO,
  onlyNeeded: CONSENT,
  beforeContact: cite('002', 'Oppmerksomhetsplikt; Nivå 1 – innsats i egen tjeneste', 'Duty of attention; Level 1 – action in your own service'),
};

function prompt(id: string, list: readonly GuidancePrompt[]): Fact {
  const p = list.find((x) => x.id === id);
  if (!p) throw new Error(`no meeting prompt ${id}`);
  return { code: `meetings.prompt.${id}`, source: p.source };
}

const rule = (id: string) => prompt(id, MEETING_RULE_PROMPTS);
const child = (id: string) => prompt(id, CHILD_PARTICIPATION_PROMPTS);
const interpreter = (id: string) => prompt(id, INTERPRETER_PROMPTS);

export const FACTS: Readonly<Record<FactTopic, readonly Fact[]>> = {
  meetings: [
    rule('twice-a-year'),
    rule('coordinator-calls-meeting'),
    rule('referat-agree-before'),
    child('child-invite-when-possible'),
    interpreter('interpreter-when'),
    interpreter('interpreter-no-relatives'),
  ],
  minutes: [rule('referat-rotates'), rule('referat-agree-before'), rule('referat-stored-with-plan')],
  childVoice: [
    child('child-invite-when-possible'),
    child('child-voice-if-absent'),
    child('child-weight-from-12'),
    child('child-of-age-16'),
  ],
  consent: Object.entries(CONSENT_FACTS).map(([id, source]) => ({ code: `guidance.fact.consent.${id}`, source })),
};

export function factsFor(topic: FactTopic): readonly Fact[] {
  return FACTS[topic];
}
