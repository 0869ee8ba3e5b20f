"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHAT_RESULTS = void 0;
exports.toolsCard = toolsCard;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const guidance_1 = require("../../domain/guidance");
const common_1 = require("./common");
/** The verktøy search answer in chat: ranked tools, or a friendly "nothing found" that offers the navigator. */
exports.CHAT_RESULTS = 5;
function navigatorButton(locale) {
    return { title: (0, i18n_1.t)(locale, 'guidance.tools.navigatorButton'), verb: common_1.VERBS.nav, data: { level: 0, step: 0 } };
}
function toolsCard(query, content, locale) {
    const q = query.trim();
    if (q === '') {
        return (0, render_1.renderCard)('guidance-tools', {
            title: (0, i18n_1.t)(locale, 'guidance.tools.popularTitle'),
            intro: (0, i18n_1.t)(locale, 'guidance.tools.popularIntro'),
            tools: (0, common_1.popularTools)(content, exports.CHAT_RESULTS).map((tool) => (0, common_1.toolView)(tool, content, locale)),
            rows: (0, common_1.buttonRows)([navigatorButton(locale)]),
        });
    }
    const results = (0, guidance_1.searchTools)(q, content, { limit: exports.CHAT_RESULTS });
    // The query is shown back shortened: it is the user's own search words, not case details.
    const shown = q.length > 60 ? `${q.slice(0, 57)}…` : q;
    if (results.length === 0) {
        return (0, render_1.renderCard)('guidance-tools', {
            title: (0, i18n_1.t)(locale, 'guidance.tools.noneTitle'),
            intro: (0, i18n_1.t)(locale, 'guidance.tools.none', { query: shown }),
            tools: [],
            rows: (0, common_1.buttonRows)([navigatorButton(locale)]),
        });
    }
    return (0, render_1.renderCard)('guidance-tools', {
        title: (0, i18n_1.t)(locale, 'guidance.tools.title', { query: shown }),
        intro: (0, i18n_1.t)(locale, 'guidance.tools.count', { count: results.length }),
        tools: results.map((r) => (0, common_1.toolView)(r.tool, content, locale)),
        rows: (0, common_1.buttonRows)([navigatorButton(locale)]),
    });
}
//# sourceMappingURL=verktoy.js.map