"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ME_COMMAND_ID = exports.ME_MAX_RESULTS = void 0;
exports.toolCard = toolCard;
exports.searchResult = searchResult;
const botbuilder_1 = require("botbuilder");
const render_1 = require("../../cards/render");
const guidance_1 = require("../../domain/guidance");
const common_1 = require("./common");
const meldeplikt_1 = require("./meldeplikt");
/** Teams shows at most 25 results in a search-based message extension. */
exports.ME_MAX_RESULTS = 25;
exports.ME_COMMAND_ID = 'searchVerktoy';
function toolCard(tool, content, locale) {
    return (0, render_1.renderCard)('guidance-tool', (0, common_1.toolView)(tool, content, locale));
}
function preview(tool, locale) {
    const text = tool.description[locale];
    return botbuilder_1.CardFactory.thumbnailCard(tool.name[locale], text.length > 140 ? `${text.slice(0, 137)}…` : text);
}
/** The emergency route as a result: the card the chat shows for violence or abuse, with a short preview. */
function emergencyAttachment(content, locale) {
    const outcome = (0, guidance_1.emergencyOutcome)();
    return {
        ...botbuilder_1.CardFactory.adaptiveCard((0, meldeplikt_1.emergencyCard)(content, locale)),
        preview: botbuilder_1.CardFactory.thumbnailCard(outcome.title[locale], outcome.whatToDo.map((line) => line[locale]).join(' ').slice(0, 140)),
    };
}
/**
 * The list result for a query; an empty query lists the most used tools. A query that speaks of violence or
 * abuse gets the emergency route as its first result, before the tools it matched (as in chat, where the
 * emergency card answers first); the tools stay, since the person may be looking for one of them too.
 */
function searchResult(query, content, locale, count = exports.ME_MAX_RESULTS, skip = 0) {
    const take = Math.max(1, Math.min(count || exports.ME_MAX_RESULTS, exports.ME_MAX_RESULTS));
    const from = Math.max(0, skip);
    const q = query.trim();
    const tools = q === '' ? (0, common_1.popularTools)(content, 50) : (0, guidance_1.searchTools)(q, content, { limit: 50 }).map((r) => r.tool);
    const all = tools.map((tool) => () => ({
        ...botbuilder_1.CardFactory.adaptiveCard(toolCard(tool, content, locale)),
        preview: preview(tool, locale),
    }));
    if ((0, guidance_1.detectEmergency)(q))
        all.unshift(() => emergencyAttachment(content, locale));
    // Only the page asked for is rendered.
    const attachments = all.slice(from, from + take).map((build) => build());
    return { type: 'result', attachmentLayout: 'list', attachments };
}
//# sourceMappingURL=messageExtension.js.map