"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guidanceFeature = exports.searchResult = exports.toolCard = exports.toolsCard = exports.navigatorCard = exports.attentionCard = exports.outcomeCard = exports.decisionCard = exports.meldepliktCard = exports.emergencyCard = void 0;
const app_1 = require("../app");
const router_1 = require("../router");
const turn_1 = require("../turn");
const cardResponses_1 = require("../cardResponses");
const common_1 = require("./common");
const intents_1 = require("./intents");
const nlu_1 = require("../nlu");
const route_1 = require("../../domain/nlu/route");
const meldeplikt_1 = require("./meldeplikt");
const navigator_1 = require("./navigator");
const verktoy_1 = require("./verktoy");
const messageExtension_1 = require("./messageExtension");
var meldeplikt_2 = require("./meldeplikt");
Object.defineProperty(exports, "emergencyCard", { enumerable: true, get: function () { return meldeplikt_2.emergencyCard; } });
Object.defineProperty(exports, "meldepliktCard", { enumerable: true, get: function () { return meldeplikt_2.meldepliktCard; } });
Object.defineProperty(exports, "decisionCard", { enumerable: true, get: function () { return meldeplikt_2.decisionCard; } });
Object.defineProperty(exports, "outcomeCard", { enumerable: true, get: function () { return meldeplikt_2.outcomeCard; } });
Object.defineProperty(exports, "attentionCard", { enumerable: true, get: function () { return meldeplikt_2.attentionCard; } });
var navigator_2 = require("./navigator");
Object.defineProperty(exports, "navigatorCard", { enumerable: true, get: function () { return navigator_2.navigatorCard; } });
var verktoy_2 = require("./verktoy");
Object.defineProperty(exports, "toolsCard", { enumerable: true, get: function () { return verktoy_2.toolsCard; } });
var messageExtension_2 = require("./messageExtension");
Object.defineProperty(exports, "toolCard", { enumerable: true, get: function () { return messageExtension_2.toolCard; } });
Object.defineProperty(exports, "searchResult", { enumerable: true, get: function () { return messageExtension_2.searchResult; } });
/**
 * Guidance: the emergency route (priority 0, before every other job), meldeplikt with a yes/no helper,
 * the verktøy search (chat and message extension) and the BTI level navigator. Nothing is stored.
 */
const guidanceFeature = (bot, deps) => {
    const content = () => (0, common_1.contentFor)(deps);
    bot.router.add({
        name: 'guidance.emergency',
        priority: 0,
        matches: intents_1.isEmergency,
        handle: async (context, _state, text, locale) => {
            // Logged without the text: only that the route was taken.
            (0, app_1.turnLogger)(context, deps.logger).info('guidance.emergency');
            // The emergency card first; a tool the message also asked for (how to talk with the child …) after it.
            await (0, nlu_1.replyEmergency)(context, (0, route_1.routeText)(text, (0, nlu_1.nluClassifier)()), content(), locale);
        },
    });
    bot.router.add({
        name: 'guidance.verktoy',
        priority: 30,
        matches: (text) => (0, intents_1.verktoyQuery)(text) !== null,
        handle: async (context, _state, text, locale) => {
            const query = (0, intents_1.verktoyQuery)((0, router_1.normalizeText)(text)) ?? '';
            await (0, turn_1.replyWithCard)(context, (0, verktoy_1.toolsCard)(query, content(), locale));
        },
    });
    // Meldeplikt questions, the level navigator and tool words in plain language are understood by the free-text
    // router (src/bot/nlu.ts), which answers the question asked instead of matching a few keywords.
    const execute = (verb, handler) => {
        bot.app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
            await handler(context, (0, turn_1.turnLocale)(context, deps.config.defaultLocale), data);
            // Answered through respondWithCard; teams-ai's own reply is bypassed.
            return '';
        });
    };
    execute(common_1.VERBS.nav, async (context, locale, data) => {
        const parsed = common_1.navDataSchema.safeParse(data);
        const card = parsed.success ? (0, navigator_1.navigatorCard)(content(), parsed.data.level, parsed.data.step, locale) : (0, navigator_1.navigatorCard)(content(), 0, 0, locale);
        await (0, cardResponses_1.respondWithCard)(context, card, { updateShared: false });
    });
    execute(common_1.VERBS.meldeplikt, async (context, locale) => {
        await (0, cardResponses_1.respondWithCard)(context, (0, meldeplikt_1.meldepliktCard)(content(), locale), { updateShared: false });
    });
    execute(common_1.VERBS.attention, async (context, locale) => {
        await (0, cardResponses_1.respondWithCard)(context, (0, meldeplikt_1.attentionCard)(content(), locale), { updateShared: false });
    });
    execute(common_1.VERBS.decide, async (context, locale, data) => {
        await (0, meldeplikt_1.handleDecide)(context, content(), locale, data);
    });
    bot.app.messageExtensions.query(messageExtension_1.ME_COMMAND_ID, async (context, _state, query) => {
        const locale = (0, turn_1.turnLocale)(context, deps.config.defaultLocale);
        const raw = query.parameters?.query;
        const text = typeof raw === 'string' ? raw.slice(0, 200) : '';
        const result = (0, messageExtension_1.searchResult)(text, content(), locale, query.count, query.skip);
        (0, app_1.turnLogger)(context, deps.logger).info('guidance.me_query', { results: result.attachments?.length ?? 0 });
        return result;
    });
};
exports.guidanceFeature = guidanceFeature;
//# sourceMappingURL=index.js.map