/**
 * What a free-text message can ask for: one id per answer the bot has (issue 13). Codes only; the handlers in
 * src/bot/nlu.ts turn them into cards, and src/content/intents holds the training examples.
 */
export const TOOL_TOPICS = [
  'samtykke',
  'samtale',
  'fravaer',
  'plan',
  'stafettlogg',
  'mote',
  'referatmal',
  'observasjon',
  'skolemiljo',
  'foreldre',
  'mal',
  'deltakere',
  'avslutte',
  'rettigheter',
] as const;
export type ToolTopic = (typeof TOOL_TOPICS)[number];

export const MELDEPLIKT_QUESTIONS = ['still', 'how', 'advice', 'parents', 'attention', 'ground'] as const;
export type MeldepliktQuestion = (typeof MELDEPLIKT_QUESTIONS)[number];

export const INTENT_IDS = [
  'emergency',
  'avklaring',
  'meeting',
  'referat',
  'status',
  'cases',
  'navigator',
  'meldeplikt',
  ...MELDEPLIKT_QUESTIONS.map((q) => `meldeplikt.${q}` as const),
  ...TOOL_TOPICS.map((t) => `tool.${t}` as const),
  /** The tools in general, no topic: the most used ones and how to search. */
  'verktoy',
  'help',
  'language',
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && (INTENT_IDS as readonly string[]).includes(value);
}

/** The job an intent belongs to: the part before the dot ("meldeplikt.how" → "meldeplikt", "tool.plan" → "tool"); the tool list is a tool too. */
export function jobOf(intent: string): string {
  return intent === 'verktoy' ? 'tool' : intent.split('.')[0]!;
}

export function toolTopicOf(intent: IntentId): ToolTopic | null {
  return intent.startsWith('tool.') ? (intent.slice(5) as ToolTopic) : null;
}

export function meldepliktQuestionOf(intent: IntentId): MeldepliktQuestion | null {
  return intent.startsWith('meldeplikt.') ? (intent.slice(11) as MeldepliktQuestion) : null;
}
