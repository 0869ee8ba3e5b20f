"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_THRESHOLDS = void 0;
exports.routeText = routeText;
const emergency_1 = require("../guidance/emergency");
const meldepliktAnswers_1 = require("../guidance/meldepliktAnswers");
const text_1 = require("../guidance/text");
const intents_1 = require("./intents");
exports.DEFAULT_THRESHOLDS = { floor: 0.12, margin: 0.02, emergency: 0.3, also: 0.25 };
/** Meldeplikt questions that are answered as asked, with a named ground put in front (see meldepliktAnswer). */
const ASKED = new Set(['meldeplikt.still', 'meldeplikt.how', 'meldeplikt.advice', 'meldeplikt.parents', 'meldeplikt.attention']);
function known(scores) {
    return scores.filter((s) => (0, intents_1.isIntentId)(s.intent));
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
/** Tool topics that are special routes of the level navigator's first step (002: absence, safe school). */
const NAVIGATOR_ROUTES = new Set(['tool.skolemiljo', 'tool.fravaer']);
/** What else an emergency message asks for: a tool that scores well without the emergency class. */
function alsoAsked(text, scores, t) {
    if (!REQUEST.test((0, text_1.fold)(text)))
        return null;
    const best = scores.find((s) => s.intent !== 'emergency');
    return best && best.intent.startsWith('tool.') && best.score >= t.also ? best.intent : null;
}
function routeText(text, classifier, t = exports.DEFAULT_THRESHOLDS) {
    const scores = known(classifier.classify(text));
    const top = scores[0];
    // The detector decides alone; the classifier adds the emergency route for wording the detector misses, but not
    // over a named reporting ground (rus, omsorgssvikt …), whose answer already says to report now.
    const grounds = (0, meldepliktAnswers_1.reportingGroundsIn)(text);
    if ((0, emergency_1.detectEmergency)(text) || (top?.intent === 'emergency' && top.score >= t.emergency && grounds.length === 0)) {
        return { kind: 'emergency', also: alsoAsked(text, scores, t), scores: scores.slice(0, 3) };
    }
    const ordinary = scores.filter((s) => s.intent !== 'emergency');
    const first = ordinary[0];
    // A message that names a reporting ground (rus, kriminalitet, omsorgssvikt …) gets that ground and the next
    // step at once, whatever else scored: the duty outranks a tool or the level navigator.
    if (grounds.length > 0) {
        return { kind: 'intent', intent: first && ASKED.has(first.intent) ? first.intent : 'meldeplikt.ground', scores: scores.slice(0, 3) };
    }
    if (!first || first.score < t.floor)
        return { kind: 'unknown', scores: scores.slice(0, 3) };
    const second = ordinary[1];
    // "verktøy for fravær": a named topic is more use than the general list of tools.
    if (first.intent === 'verktoy' && second?.intent.startsWith('tool.') && first.score - second.score < SPECIFIC_TOOL_MARGIN) {
        return { kind: 'intent', intent: second.intent, scores: scores.slice(0, 3) };
    }
    // A stated worry starts at the BTI levels; their first step links the absence and safe-school routes.
    if (NAVIGATOR_ROUTES.has(first.intent) && second?.intent === 'navigator' && WORRY_FIRST.test((0, text_1.fold)(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim())) {
        return { kind: 'intent', intent: 'navigator', scores: scores.slice(0, 3) };
    }
    const rival = ordinary.find((s) => (0, intents_1.jobOf)(s.intent) !== (0, intents_1.jobOf)(first.intent));
    if (rival && first.score - rival.score < t.margin && rival.score >= t.floor) {
        return { kind: 'choose', options: [first.intent, rival.intent], scores: scores.slice(0, 3) };
    }
    return { kind: 'intent', intent: first.intent, scores: scores.slice(0, 3) };
}
//# sourceMappingURL=route.js.map