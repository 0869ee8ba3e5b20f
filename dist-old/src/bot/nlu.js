"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nluFeature = void 0;
exports.nluClassifier = nluClassifier;
exports.cardsFor = cardsFor;
exports.emergencyCards = emergencyCards;
exports.replyEmergency = replyEmergency;
exports.chooseCard = chooseCard;
const botbuilder_1 = require("botbuilder");
const zod_1 = require("zod");
const app_1 = require("./app");
const i18n_1 = require("../i18n");
const render_1 = require("../cards/render");
const turn_1 = require("./turn");
const cardResponses_1 = require("./cardResponses");
const cardActions_1 = require("./cardActions");
const help_1 = require("./help");
const classifier_1 = require("../domain/nlu/classifier");
const route_1 = require("../domain/nlu/route");
const intents_1 = require("../domain/nlu/intents");
const meldepliktAnswers_1 = require("../domain/guidance/meldepliktAnswers");
const intents_2 = require("../content/intents");
const concepts_1 = require("../content/intents/concepts");
const tools_1 = require("../content/intents/tools");
const common_1 = require("./guidance/common");
const meldeplikt_1 = require("./guidance/meldeplikt");
const answers_1 = require("./guidance/answers");
const navigator_1 = require("./guidance/navigator");
const verktoy_1 = require("./guidance/verktoy");
const intents_3 = require("./guidance/intents");
const router_1 = require("./router");
/**
 * Free-text understanding (issue 13). Exact commands keep their own routes (cases, meetings, referat, status,
 * "verktøy …", the avklaring questions) and the emergency detector still goes first (priority 0); everything
 * else comes here instead of the help card. The classifier is trained once, at start-up, from the examples in
 * src/content/intents. Only the chosen intent and its score are logged, never the text.
 */
let trained;
function nluClassifier() {
    trained ??= new classifier_1.IntentClassifier((0, intents_2.trainingExamples)(), { concepts: concepts_1.CONCEPTS });
    return trained;
}
/** What an intent that other jobs own is run as: their own command, so their rules stay theirs. */
const DELEGATED = {
    avklaring: ['avklaring', 'hvem bør koordinere?'],
    meeting: ['meetings.new', 'nytt møte'],
    referat: ['referat.overview', 'referat'],
    status: ['meetings.status', 'status'],
    cases: ['cases.list', 'saker'],
};
const runDataSchema = zod_1.z.object({
    intent: zod_1.z.string().refine((v) => (0, intents_1.isIntentId)(v)),
    level: zod_1.z.number().int().min(0).max(2).optional(),
});
/** The tool card for a tool topic: the search that topic stands for. */
function toolCardFor(intent, content, locale) {
    const topic = (0, intents_1.toolTopicOf)(intent);
    return topic ? (0, verktoy_1.toolsCard)(tools_1.TOOL_QUERIES[topic], content, locale) : null;
}
/** The cards an intent answers with, when it is answered by cards alone (null: another job's route runs). */
function cardsFor(intent, text, content, locale, level) {
    if (intent === 'verktoy')
        return [(0, verktoy_1.toolsCard)('', content, locale)];
    if (intent === 'help')
        return [(0, help_1.helpCard)(locale)];
    if (intent === 'emergency')
        return [(0, meldeplikt_1.emergencyCard)(content, locale)];
    if (intent === 'navigator')
        return [(0, navigator_1.navigatorCard)(content, level ?? (0, intents_3.levelIn)((0, router_1.normalizeText)(text)) ?? 0, 0, locale)];
    const tool = toolCardFor(intent, content, locale);
    if (tool)
        return [tool];
    const question = (0, intents_1.meldepliktQuestionOf)(intent);
    if (intent === 'meldeplikt' || question) {
        const answer = (0, meldepliktAnswers_1.meldepliktAnswer)(question ?? 'general', text);
        // The bare duty question keeps the full overview; a named ground or a sub-question gets its direct answer.
        if (!question && answer.grounds.length === 0)
            return [(0, meldeplikt_1.meldepliktCard)(content, locale)];
        return [(0, answers_1.meldepliktAnswerCard)(answer, content, locale)];
    }
    return null;
}
/** Emergency first; a tool the message also asked for comes right after it, not dropped. */
function emergencyCards(decision, content, locale) {
    const cards = [(0, meldeplikt_1.emergencyCard)(content, locale)];
    const also = decision.kind === 'emergency' && decision.also ? toolCardFor(decision.also, content, locale) : null;
    if (also)
        cards.push(also);
    return cards;
}
/** Sends the emergency card and, in a second message that says so, what else was asked for. */
async function replyEmergency(context, decision, content, locale) {
    const [first, ...rest] = emergencyCards(decision, content, locale);
    await (0, turn_1.replyWithCard)(context, first);
    for (const card of rest)
        await context.sendActivity({ text: (0, i18n_1.t)(locale, 'nlu.also'), attachments: [botbuilder_1.CardFactory.adaptiveCard(card)] });
}
function chooseCard(options, text, locale) {
    const level = (0, intents_3.levelIn)((0, router_1.normalizeText)(text));
    const option = (intent, style) => ({
        title: (0, i18n_1.t)(locale, `nlu.intent.${intent}`),
        verb: help_1.RUN_VERB,
        data: { intent, ...(intent === 'navigator' && level !== null ? { level } : {}) },
        style,
    });
    return (0, render_1.renderCard)('nlu-choose', {
        title: (0, i18n_1.t)(locale, 'nlu.choose.title'),
        intro: (0, i18n_1.t)(locale, 'nlu.choose.intro'),
        rows: (0, common_1.buttonRows)([option(options[0], 'positive'), option(options[1], 'default')], [{ title: (0, i18n_1.t)(locale, 'nlu.choose.help'), verb: help_1.RUN_VERB, data: { intent: 'help' } }]),
    });
}
/** The language question: say how the language is chosen, in the language asked for, and show the help card in it. */
function languageReply(text, locale) {
    const n = (0, router_1.normalizeText)(text);
    const wanted = /\b(?:english|engelsk)\b/.test(n) ? 'en' : /\b(?:norsk|norwegian|bokmål|bokmal)\b/.test(n) ? 'nb' : locale;
    return { locale: wanted, text: (0, i18n_1.t)(wanted, 'nlu.language'), card: (0, help_1.helpCard)(wanted) };
}
const nluFeature = (bot, deps) => {
    const content = () => (0, common_1.contentFor)(deps);
    // Trained now, at start-up, so the first question is not the slow one.
    nluClassifier();
    /** Runs another job's route as if its command was typed; false when that job is not installed. */
    const delegate = async (context, state, intent, text, locale) => {
        const target = DELEGATED[intent];
        const route = target ? bot.router.get(target[0]) : undefined;
        if (!target || !route)
            return false;
        const ref = intent === 'meeting' ? /\bbti-\d{4}-\d{4}\b/i.exec(text)?.[0] : undefined;
        await route.handle(context, state, ref ? `${target[1]} ${ref.toLowerCase()}` : target[1], locale);
        return true;
    };
    const answer = async (context, state, text, locale) => {
        const decision = (0, route_1.routeText)(text, nluClassifier());
        const top = decision.scores[0];
        (0, app_1.turnLogger)(context, deps.logger).info('nlu.routed', {
            kind: decision.kind,
            intent: decision.kind === 'intent' ? decision.intent : decision.kind === 'emergency' ? 'emergency' : null,
            score: top ? Math.round(top.score * 100) / 100 : null,
        });
        switch (decision.kind) {
            case 'emergency':
                (0, app_1.turnLogger)(context, deps.logger).info('guidance.emergency');
                await replyEmergency(context, decision, content(), locale);
                return;
            case 'unknown':
                await (0, turn_1.replyWithCard)(context, (0, help_1.helpCard)(locale));
                return;
            case 'choose':
                await (0, turn_1.replyWithCard)(context, chooseCard(decision.options, text, locale));
                return;
            case 'intent': {
                if (decision.intent === 'language') {
                    const reply = languageReply(text, locale);
                    await context.sendActivity(reply.text);
                    await (0, turn_1.replyWithCard)(context, reply.card);
                    return;
                }
                const cards = cardsFor(decision.intent, text, content(), locale);
                if (cards)
                    for (const card of cards)
                        await (0, turn_1.replyWithCard)(context, card);
                else if (!(await delegate(context, state, decision.intent, text, locale)))
                    await (0, turn_1.replyWithCard)(context, (0, help_1.helpCard)(locale));
            }
        }
    };
    // After every job's own command (priorities 0–75): what none of them recognised is understood here.
    bot.router.add({ name: 'nlu', priority: 90, matches: (text) => text.trim() !== '', handle: answer });
    // A button of the help card or of the "which did you mean?" card: run that intent. Card answers replace the
    // pressed card for the presser only; another job's route answers with its own message.
    bot.app.adaptiveCards.actionExecute(help_1.RUN_VERB, async (context, state) => {
        const locale = (0, turn_1.turnLocale)(context, deps.config.defaultLocale);
        const parsed = runDataSchema.safeParse((0, cardActions_1.actionData)(context));
        if (!parsed.success) {
            await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
            return '';
        }
        const intent = parsed.data.intent;
        (0, app_1.turnLogger)(context, deps.logger).info('nlu.chosen', { intent });
        if (intent === 'language') {
            await (0, cardResponses_1.respondWithCard)(context, (0, help_1.helpCard)(locale), { updateShared: false });
            return '';
        }
        const cards = cardsFor(intent, '', content(), locale, parsed.data.level);
        if (cards) {
            await (0, cardResponses_1.respondWithCard)(context, cards[0], { updateShared: false });
            for (const card of cards.slice(1))
                await (0, turn_1.replyWithCard)(context, card);
        }
        else if (await delegate(context, state, intent, '', locale)) {
            await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'nlu.choose.done'));
        }
        else {
            await (0, cardResponses_1.respondWithCard)(context, (0, help_1.helpCard)(locale), { updateShared: false });
        }
        return '';
    });
};
exports.nluFeature = nluFeature;
//# sourceMappingURL=nlu.js.map