import { detectEmergency } from '../guidance/emergency';
import { reportingGroundsIn } from '../guidance/meldepliktAnswers';
import { fold } from '../guidance/text';
import { IntentClassifier, type IntentScore } from './classifier';
import { isIntentId, jobOf, type IntentId } from './intents';

/**
 * From a free-text message to what the bot answers (issue 13). The emergency detector goes first and errs
 * wide; the classifier may add the emergency route too, never take it away. Below a floor the message is not
 * understood (the help card); when two jobs score close, the user is offered both instead of a guess.
 */

export interface RouteThresholds {
  /** Below this top score nothing is understood. */
  floor: number;
  /** Two jobs closer than this are offered side by side. */
  margin: number;
  /** The classifier alone raises the emergency route from this score (the detector needs no score)… */
  emergency: number;
  /**
   * … and only this far ahead of the next intent. A message about a child and a parent ("barnet er pårørende
   * til en syk mor") resembles the emergency examples in its words alone, by a hair; wording the detector misses
   * but that really tells of violence stands clear of the rest.
   */
  emergencyLead: number;
  /** A tool asked for beside an emergency is shown from this score. */
  also: number;
}

export const DEFAULT_THRESHOLDS: RouteThresholds = { floor: 0.12, margin: 0.02, emergency: 0.3, emergencyLead: 0.08, also: 0.25 };

/** Meldeplikt questions that are answered as asked, with a named ground put in front (see meldepliktAnswer). */
const ASKED = new Set<IntentId>(['meldeplikt.still', 'meldeplikt.how', 'meldeplikt.advice', 'meldeplikt.parents', 'meldeplikt.attention']);

export type RouteDecision =
  | { kind: 'emergency'; also: IntentId | null; scores: IntentScore[] }
  | { kind: 'intent'; intent: IntentId; scores: IntentScore[] }
  | { kind: 'choose'; options: [IntentId, IntentId]; scores: IntentScore[] }
  | { kind: 'unknown'; scores: IntentScore[] };

function known(scores: IntentScore[]): (IntentScore & { intent: IntentId })[] {
  return scores.filter((s): s is IntentScore & { intent: IntentId } => isIntentId(s.intent));
}

/**
 * Words that ask for something (how, tips, a tool, a form, to talk with …), folded. Without one, a message that
 * only tells what happened ("hun forteller at faren slår henne") gets the emergency card alone.
 */
const REQUEST = /\b(?:hvordan|how|tips|\w*verktoy\w*|tools?|\w*skjema\w*|forms?|maler?|templates?|rad|advice|samtale\w*|snakke|snakker|prate|talk\w*|sporre|ask|guide|veiled\w*|trenger\s+jeg|do\s+i\s+need)\b/;

/**
 * A message that opens with the worry itself ("jeg er bekymret for …", "urolig for …", "I'm worried about …"),
 * folded – not a topic that merely starts with the word ("bekymringsfullt fravær").
 */
const WORRY_FIRST = /^(?:(?:jeg|vi)\s+(?:er|ble|blir|har\s+blitt)\s+(?:\w+\s+)?(?:bekymr\w*|urolig\w*|engstelig\w*)|(?:bekymret|bekymra|urolig|urolige|engstelig|engstelige)\s+for|(?:i\s+am|i\s+m|im|we\s+are)\s+(?:\w+\s+)?(?:worried|concerned|uneasy))\b/;
/** How far a named tool topic may trail the general tool list and still be shown instead of it. */
const SPECIFIC_TOOL_MARGIN = 0.15;
/** A BTI level named by its number ("nivå 1", "level 2"), folded. */
const LEVEL_NAMED = /\b(?:niva|nivaa|level)\s*[012]\b/;
/** An interpreter for the family ("tolk", "interpreter") is a meeting matter, never the bot's own language. */
const INTERPRETER = /\b(?:tolk\w*|interpret\w*)\b/;
/** Tool topics that are special routes of the level navigator's first step (002: absence, safe school). */
const NAVIGATOR_ROUTES = new Set<IntentId>(['tool.skolemiljo', 'tool.fravaer']);

/** What else an emergency message asks for: a tool that scores well without the emergency class. */
function alsoAsked(text: string, scores: (IntentScore & { intent: IntentId })[], t: RouteThresholds): IntentId | null {
  if (!REQUEST.test(fold(text))) return null;
  const best = scores.find((s) => s.intent !== 'emergency');
  return best && best.intent.startsWith('tool.') && best.score >= t.also ? best.intent : null;
}

export function routeText(text: string, classifier: IntentClassifier, t: RouteThresholds = DEFAULT_THRESHOLDS): RouteDecision {
  const scores = known(classifier.classify(text));
  const top = scores[0];
  // The detector decides alone; the classifier adds the emergency route for wording the detector misses, but not
  // over a named reporting ground (rus, omsorgssvikt …), whose answer already says to report now.
  const grounds = reportingGroundsIn(text);
  const lead = top && scores[1] ? top.score - scores[1].score : (top?.score ?? 0);
  if (detectEmergency(text) || (top?.intent === 'emergency' && top.score >= t.emergency && lead >= t.emergencyLead && grounds.length === 0)) {
    return { kind: 'emergency', also: alsoAsked(text, scores, t), scores: scores.slice(0, 3) };
  }
  const folded = fold(text);
  const ordinary = scores.filter((s) => s.intent !== 'emergency' && !(s.intent === 'language' && INTERPRETER.test(folded)));
  const first = ordinary[0];
  // A message that names a reporting ground (rus, kriminalitet, omsorgssvikt …) gets that ground and the next
  // step at once, whatever else scored: the duty outranks a tool or the level navigator.
  if (grounds.length > 0) {
    return { kind: 'intent', intent: first && ASKED.has(first.intent) ? first.intent : 'meldeplikt.ground', scores: scores.slice(0, 3) };
  }
  if (!first || first.score < t.floor) return { kind: 'unknown', scores: scores.slice(0, 3) };
  const second = ordinary[1];
  // "verktøy for fravær": a named topic is more use than the general list of tools.
  if (first.intent === 'verktoy' && second?.intent.startsWith('tool.') && first.score - second.score < SPECIFIC_TOOL_MARGIN) {
    return { kind: 'intent', intent: second.intent, scores: scores.slice(0, 3) };
  }
  // "hvilke verktøy på nivå 1?": the navigator lists that level's tools step by step; the general list does not.
  if (first.intent === 'verktoy' && LEVEL_NAMED.test(folded)) {
    return { kind: 'intent', intent: 'navigator', scores: scores.slice(0, 3) };
  }
  // A stated worry starts at the BTI levels; their first step links the absence and safe-school routes.
  if (NAVIGATOR_ROUTES.has(first.intent) && second?.intent === 'navigator' && WORRY_FIRST.test(folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())) {
    return { kind: 'intent', intent: 'navigator', scores: scores.slice(0, 3) };
  }
  const rival = ordinary.find((s) => jobOf(s.intent) !== jobOf(first.intent));
  if (rival && first.score - rival.score < t.margin && rival.score >= t.floor) {
    return { kind: 'choose', options: [first.intent, rival.intent], scores: scores.slice(0, 3) };
  }
  return { kind: 'intent', intent: first.intent, scores: scores.slice(0, 3) };
}
