import { t, type Locale, type TextKey } from '../../i18n';
import { citationPrefix } from '../../present/sources';
import {
  listDecisionNodes,
  getOutcome,
  MELDEPLIKT_HOW,
  MELDEPLIKT_SITUATIONS,
  MELDEPLIKT_STILL_APPLIES,
  OPPMERKSOMHETSPLIKT,
  OUTCOME_IDS,
  type CitedText,
  type DecisionNode,
  type DutyCitation,
  type MeldepliktOutcome,
} from '../../domain/guidance';

/**
 * The i18n keys of the meldeplikt codes (src/domain/guidance/meldeplikt.ts). The keys are built from codes, so
 * the type system cannot see them: guidanceTextKeys lists every one, and a test proves each exists in every
 * language.
 */

const dutyKey = (item: CitedText) => `guidance.duty.${item.list}.${item.id}` as TextKey;
const outcomeKey = (outcome: MeldepliktOutcome, code: string) => `guidance.outcomes.${outcome.id}.${code}` as TextKey;
const nodeKey = (node: DecisionNode, part: 'question' | 'help') => `guidance.node.${node.id}.${part}` as TextKey;
const sectionKey = (source: DutyCitation) => `guidance.source.${source.section}` as TextKey;

export const dutyText = (item: CitedText, locale: Locale): string => t(locale, dutyKey(item));
export const outcomeTitle = (outcome: MeldepliktOutcome, locale: Locale): string => t(locale, outcomeKey(outcome, 'title'));
export const outcomeLines = (outcome: MeldepliktOutcome, locale: Locale): string[] => outcome.whatToDo.map((code) => t(locale, outcomeKey(outcome, code)));
export const nodeQuestion = (node: DecisionNode, locale: Locale): string => t(locale, nodeKey(node, 'question'));
export const nodeHelp = (node: DecisionNode, locale: Locale): string => (node.help ? t(locale, nodeKey(node, 'help')) : '');

/** "Kilde: BTI-veilederen (Tromsø) – Meldeplikt til barneverntjenesten", as every other card cites. */
export function sourceLabel(source: DutyCitation, locale: Locale): string {
  return `${citationPrefix(source.doc, locale)}${t(locale, sectionKey(source))}`;
}

/** Every key the codes above lead to. */
export function guidanceTextKeys(): TextKey[] {
  const lines = [...MELDEPLIKT_SITUATIONS, ...MELDEPLIKT_STILL_APPLIES, ...MELDEPLIKT_HOW, ...OPPMERKSOMHETSPLIKT];
  const outcomes = OUTCOME_IDS.map(getOutcome);
  const nodes = listDecisionNodes();
  const sources = [...lines.map((l) => l.source), ...outcomes.map((o) => o.source), ...nodes.map((n) => n.source)];
  return [
    ...lines.map(dutyKey),
    ...outcomes.flatMap((o) => [outcomeKey(o, 'title'), ...o.whatToDo.map((code) => outcomeKey(o, code))]),
    ...nodes.flatMap((n) => [nodeKey(n, 'question'), ...(n.help ? [nodeKey(n, 'help')] : [])]),
    ...[...new Set(sources.map(sectionKey))],
  ];
}
