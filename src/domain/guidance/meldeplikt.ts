import { z } from 'zod';
import type { ContactId } from '../../content/guidance/schema';
import type { SourceDoc } from '../sources';
import { detectEmergency } from './emergency';

/**
 * Oppmerksomhetsplikt and meldeplikt (source 002): what triggers the duty to report to child welfare, what
 * does not remove it, and a small yes/no decision helper that ends in one of four outcomes. The duty is
 * national law, so these rules are the same in every profile; who to call comes from the profile's contacts.
 * Codes only: every sentence is an i18n text (src/i18n/<lang>/guidance.ts), found by the codes here
 * (see guidanceTextKeys in src/bot/guidance/texts.ts).
 */

/** The part of source 002 a rule rests on; i18n names it (guidance.source.<section>). */
export type DutySection = 'meldeplikt' | 'attention' | 'emergency';

export interface DutyCitation {
  doc: SourceDoc;
  section: DutySection;
}

export const MELDEPLIKT_SOURCE: DutyCitation = { doc: '002', section: 'meldeplikt' };
export const ATTENTION_SOURCE: DutyCitation = { doc: '002', section: 'attention' };
/**
 * The first question and the emergency outcome rest on the level 0 note in source 002: when there is reason to
 * believe a child is exposed to violence in close relationships and/or sexual abuse, act at once – police and/or
 * child welfare the same day, without warning the parents, together with your leader. Sexual abuse counts
 * whoever commits it. Other violence is not this route: the meldeplikt section lists violence and mistreatment
 * among the situations that must be reported to child welfare (and says the parents are not told when the worry
 * is violence or sexual abuse, but to talk with child welfare about how to go on), and the note just before the
 * level 0 one sends a breach of a safe school or kindergarten environment to the school's own routine.
 */
const EMERGENCY_SOURCE: DutyCitation = { doc: '002', section: 'emergency' };

/** Which list a cited line belongs to; its text is guidance.duty.<list>.<id>. */
export type DutyList = 'situation' | 'still' | 'how' | 'attention';

export interface CitedText {
  id: string;
  list: DutyList;
  source: DutyCitation;
}

const line = (list: DutyList, source: DutyCitation) => (id: string): CitedText => ({ id, list, source });

/**
 * The five situations in which you must report to child welfare. Trafficking is "vil bli", not "kan bli": the
 * duty covers trafficking that is happening or that is going to happen, not every child who could in theory
 * become a victim (the i18n texts keep that).
 */
export const MELDEPLIKT_SITUATIONS: readonly CitedText[] = ['vold-omsorgssvikt', 'sykdom-skade', 'saerlige-behov', 'atferd', 'menneskehandel'].map(
  line('situation', MELDEPLIKT_SOURCE),
);

/** Things that do NOT remove the duty to report. */
export const MELDEPLIKT_STILL_APPLIES: readonly CitedText[] = ['egen-tjeneste-hjelper', 'andre-vet', 'meldt-for', 'barnevernet-har-sak'].map(line('still', MELDEPLIKT_SOURCE));

/** How and when to report, and who to tell. */
export const MELDEPLIKT_HOW: readonly CitedText[] = ['uten-opphold', 'informer-foreldre', 'unntak-vold-overgrep', 'rad'].map(line('how', MELDEPLIKT_SOURCE));

/** The duty of attention: what it is and what it asks of you. */
export const OPPMERKSOMHETSPLIKT: readonly CitedText[] = ['hva', 'gjor', 'samtykke'].map(line('attention', ATTENTION_SOURCE));

/** `emergency` is the route for violence in close relationships and sexual abuse; it has its own id so a card or log never mixes it up with advice. */
export const OUTCOME_IDS = ['emergency', 'report-now', 'call-barnevernvakta', 'oppmerksomhetsplikt'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export interface MeldepliktOutcome {
  id: OutcomeId;
  /** True on the close-relationship violence / sexual abuse path: act today, do not tell the parents. */
  emergency: boolean;
  /** What to do, in order: codes of guidance.outcomes.<id>.<code>; the title is guidance.outcomes.<id>.title. */
  whatToDo: readonly string[];
  /** Whether to tell the parents that you report. */
  tellParents: 'yes' | 'no' | 'not-applicable';
  /** Contacts to show, in order; the profile supplies numbers. */
  contactIds: ContactId[];
  source: DutyCitation;
}

const OUTCOMES: Record<OutcomeId, MeldepliktOutcome> = {
  emergency: {
    id: 'emergency',
    emergency: true,
    // 112 when in danger now; child welfare and/or police the same day; not the parents; with your leader.
    whatToDo: ['danger', 'same-day', 'not-parents', 'with-leader'],
    tellParents: 'no',
    contactIds: ['police', 'barnevernvakta', 'barneverntjenesten'],
    source: EMERGENCY_SOURCE,
  },
  'report-now': {
    id: 'report-now',
    emergency: false,
    // Source 002, meldeplikt section: the parents exception covers violence of any kind, and its advice is to talk
    // with child welfare – the same-day police route is only for close relationships and sexual abuse.
    whatToDo: ['applies', 'still', 'parents'],
    tellParents: 'yes',
    contactIds: ['bekymringsmelding-portal', 'barneverntjenesten'],
    source: MELDEPLIKT_SOURCE,
  },
  'call-barnevernvakta': {
    id: 'call-barnevernvakta',
    emergency: false,
    whatToDo: ['call', 'leader'],
    tellParents: 'not-applicable',
    contactIds: ['barnevernvakta', 'barneverntjenesten'],
    source: MELDEPLIKT_SOURCE,
  },
  oppmerksomhetsplikt: {
    id: 'oppmerksomhetsplikt',
    emergency: false,
    whatToDo: ['not-triggered', 'help-family', 'levels'],
    tellParents: 'not-applicable',
    contactIds: [],
    source: ATTENTION_SOURCE,
  },
};

/** A question of the helper: guidance.node.<id>.question, and guidance.node.<id>.help when `help` is set. */
export interface DecisionNode {
  id: string;
  /** Whether the question has a short help text under it. */
  help: boolean;
  yes: string;
  no: string;
  source: DutyCitation;
}

/** Targets are node ids or `outcome:<id>`; `outcome:emergency` is the emergency route. */
const NODES: readonly DecisionNode[] = [
  // Close relationships or sexual abuse by anyone; other violence is answered no here and goes on.
  { id: 'vold-overgrep', help: true, yes: 'outcome:emergency', no: 'omsorgssvikt', source: EMERGENCY_SOURCE },
  // Violence that the first question leaves out (by other pupils, a stranger, a coach) belongs here: source 002
  // lists violence, mistreatment and serious neglect as the first situation that triggers the duty.
  { id: 'omsorgssvikt', help: false, yes: 'grunn-til-a-tro', no: 'sykdom-skade', source: MELDEPLIKT_SOURCE },
  { id: 'sykdom-skade', help: false, yes: 'grunn-til-a-tro', no: 'saerlige-behov', source: MELDEPLIKT_SOURCE },
  { id: 'saerlige-behov', help: false, yes: 'grunn-til-a-tro', no: 'atferd', source: MELDEPLIKT_SOURCE },
  { id: 'atferd', help: false, yes: 'grunn-til-a-tro', no: 'menneskehandel', source: MELDEPLIKT_SOURCE },
  { id: 'menneskehandel', help: false, yes: 'grunn-til-a-tro', no: 'usikker', source: MELDEPLIKT_SOURCE },
  // The legal threshold is "grunn til å tro" (reason to believe). Asking for certainty or "good" reason would
  // set the bar higher than the law and talk people out of reports they must send.
  { id: 'grunn-til-a-tro', help: true, yes: 'outcome:report-now', no: 'outcome:call-barnevernvakta', source: MELDEPLIKT_SOURCE },
  { id: 'usikker', help: false, yes: 'outcome:call-barnevernvakta', no: 'outcome:oppmerksomhetsplikt', source: MELDEPLIKT_SOURCE },
];

const NODE_BY_ID = new Map(NODES.map((n) => [n.id, n]));

export const MELDEPLIKT_START_NODE = 'vold-overgrep';

export type DecisionStep = { kind: 'question'; node: DecisionNode } | { kind: 'outcome'; outcome: MeldepliktOutcome };

function resolve(target: string): DecisionStep {
  if (target.startsWith('outcome:')) {
    const id = target.slice('outcome:'.length) as OutcomeId;
    return { kind: 'outcome', outcome: OUTCOMES[id] };
  }
  const node = NODE_BY_ID.get(target);
  // The table is static and checked by the tests; a missing node here is a programming error.
  if (!node) throw new Error(`meldeplikt: unknown node '${target}'`);
  return { kind: 'question', node };
}

/** All questions of the helper (for tests and for rendering a summary). */
export function listDecisionNodes(): readonly DecisionNode[] {
  return NODES;
}

export function getOutcome(id: OutcomeId): MeldepliktOutcome {
  return OUTCOMES[id];
}

/** The emergency outcome (violence in close relationships or sexual abuse): outranks every other answer. */
export function emergencyOutcome(): MeldepliktOutcome {
  return OUTCOMES.emergency;
}

/**
 * Where the helper starts. When the user's own words already call for the emergency route (see
 * detectEmergency: sexual abuse, violence in close relationships, or violence not placed among peers at
 * school), it skips the questions and goes straight to the emergency outcome.
 */
export function startMeldeplikt(text?: string): DecisionStep {
  if (text && detectEmergency(text)) return { kind: 'outcome', outcome: OUTCOMES.emergency };
  return resolve(MELDEPLIKT_START_NODE);
}

export const answerSchema = z.enum(['yes', 'no']);
export type Answer = z.infer<typeof answerSchema>;

/**
 * The next question or the outcome after answering `nodeId`. Returns null for an unknown node id or answer
 * (a stale or tampered card), so the caller can restart the helper.
 */
export function nextNode(nodeId: string, answer: Answer | boolean): DecisionStep | null {
  const node = NODE_BY_ID.get(nodeId);
  const parsed = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : answerSchema.safeParse(answer).data;
  if (!node || !parsed) return null;
  return resolve(parsed === 'yes' ? node.yes : node.no);
}
