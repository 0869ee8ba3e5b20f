"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.navigatorCard = navigatorCard;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const guidance_1 = require("../../domain/guidance");
const common_1 = require("./common");
/**
 * The BTI level navigator: one step of one level per card. Stateless: every button carries level and step,
 * and the answer replaces only the presser's view.
 */
function toolLine(tool, locale) {
    const name = tool.name[locale];
    return { text: tool.link ? `[${name}](${tool.link})` : name };
}
/** The card for `level`/`stepIndex`; out-of-range values show level 0, step 1. */
function navigatorCard(content, level, stepIndex, locale) {
    const view = (0, guidance_1.getStep)(level, stepIndex, content) ?? (0, guidance_1.getStep)(0, 0, content);
    const levelView = (0, guidance_1.getLevel)(view.level, content);
    const steps = [];
    const elsewhere = [];
    if (view.previous)
        steps.push({ title: (0, i18n_1.t)(locale, 'guidance.nav.previous'), verb: common_1.VERBS.nav, data: { level: view.previous.level, step: view.previous.stepIndex } });
    if (view.next)
        steps.push({ title: (0, i18n_1.t)(locale, 'guidance.nav.next'), verb: common_1.VERBS.nav, data: { level: view.next.level, step: view.next.stepIndex } });
    for (const other of levelView.otherLevels) {
        elsewhere.push({ title: (0, i18n_1.t)(locale, 'guidance.nav.gotoLevel', { level: other.level }), verb: common_1.VERBS.nav, data: { level: other.level, step: 0 } });
    }
    if (view.linksToMeldeplikt)
        elsewhere.push({ title: (0, i18n_1.t)(locale, 'guidance.nav.meldeplikt'), verb: common_1.VERBS.meldeplikt, data: {} });
    return (0, render_1.renderCard)('guidance-navigator', {
        emergencyTitle: (0, i18n_1.t)(locale, 'guidance.nav.emergencyTitle'),
        emergencyText: (0, i18n_1.t)(locale, 'guidance.nav.emergencyBox', { bvv: (0, common_1.barnevernvaktaShort)(content, locale) }),
        levelTitle: levelView.title[locale],
        summary: levelView.summary[locale],
        stepsTitle: (0, i18n_1.t)(locale, 'guidance.nav.steps'),
        steps: levelView.steps.map((s) => ({
            label: `${s.stepIndex === view.stepIndex ? '▸ ' : ''}${s.number}. ${s.title[locale]}`,
            weight: s.stepIndex === view.stepIndex ? 'Bolder' : 'Default',
        })),
        stepHeading: (0, i18n_1.t)(locale, 'guidance.nav.stepOf', { number: view.number, total: view.total, title: view.step.title[locale] }),
        whatToDoTitle: (0, i18n_1.t)(locale, 'guidance.nav.whatToDo'),
        whatToDo: view.step.whatToDo.map((line) => ({ text: line[locale] })),
        questionsTitle: (0, i18n_1.t)(locale, 'guidance.nav.questions'),
        // The questions already say where they lead; the buttons below take you there.
        questions: view.step.supportQuestions.map((q) => ({ text: q.text[locale] })),
        toolsTitle: (0, i18n_1.t)(locale, 'guidance.nav.tools'),
        noTools: (0, i18n_1.t)(locale, 'guidance.nav.noTools'),
        tools: view.tools.map((tool) => toolLine(tool, locale)),
        relatedTitle: (0, i18n_1.t)(locale, 'guidance.nav.related'),
        related: view.relatedTools.map((tool) => toolLine(tool, locale)),
        routesTitle: (0, i18n_1.t)(locale, 'guidance.nav.routes'),
        // The emergency route is already the box at the top of every navigator card.
        routes: view.routes
            .filter((r) => !r.emergency)
            .map((r) => ({ title: r.title[locale], text: [r.when[locale], ...r.whatToDo.map((w) => w[locale])].join(' ') })),
        source: view.step.source.label[locale],
        rows: (0, common_1.buttonRows)(steps, elsewhere),
    });
}
//# sourceMappingURL=navigator.js.map