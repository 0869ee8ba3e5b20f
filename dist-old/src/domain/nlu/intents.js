"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTENT_IDS = exports.MELDEPLIKT_QUESTIONS = exports.TOOL_TOPICS = void 0;
exports.isIntentId = isIntentId;
exports.jobOf = jobOf;
exports.toolTopicOf = toolTopicOf;
exports.meldepliktQuestionOf = meldepliktQuestionOf;
/**
 * What a free-text message can ask for: one id per answer the bot has (issue 13). Codes only; the handlers in
 * src/bot/nlu.ts turn them into cards, and src/content/intents holds the training examples.
 */
exports.TOOL_TOPICS = [
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
];
exports.MELDEPLIKT_QUESTIONS = ['still', 'how', 'advice', 'parents', 'attention', 'ground'];
exports.INTENT_IDS = [
    'emergency',
    'avklaring',
    'meeting',
    'referat',
    'status',
    'cases',
    'navigator',
    'meldeplikt',
    ...exports.MELDEPLIKT_QUESTIONS.map((q) => `meldeplikt.${q}`),
    ...exports.TOOL_TOPICS.map((t) => `tool.${t}`),
    /** The tools in general, no topic: the most used ones and how to search. */
    'verktoy',
    'help',
    'language',
];
function isIntentId(value) {
    return typeof value === 'string' && exports.INTENT_IDS.includes(value);
}
/** The job an intent belongs to: the part before the dot ("meldeplikt.how" → "meldeplikt", "tool.plan" → "tool"); the tool list is a tool too. */
function jobOf(intent) {
    return intent === 'verktoy' ? 'tool' : intent.split('.')[0];
}
function toolTopicOf(intent) {
    return intent.startsWith('tool.') ? intent.slice(5) : null;
}
function meldepliktQuestionOf(intent) {
    return intent.startsWith('meldeplikt.') ? intent.slice(11) : null;
}
//# sourceMappingURL=intents.js.map