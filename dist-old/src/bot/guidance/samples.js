"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GUIDANCE_CARD_SAMPLES = void 0;
const guidance_1 = require("../../content/guidance");
const guidance_2 = require("../../domain/guidance");
const meldeplikt_1 = require("./meldeplikt");
const navigator_1 = require("./navigator");
const verktoy_1 = require("./verktoy");
const messageExtension_1 = require("./messageExtension");
const common_1 = require("./common");
const answers_1 = require("./answers");
const meldepliktAnswers_1 = require("../../domain/guidance/meldepliktAnswers");
/**
 * Every guidance card bound with the largest real content (the step with the most tools and questions, the
 * longest decision question, the tools with the longest texts), both profiles and both languages.
 */
const tromso = (0, guidance_1.getGuidanceContent)('tromso-2025');
const vestreToten = (0, guidance_1.getGuidanceContent)('vestre-toten');
function longestNode() {
    return [...(0, guidance_2.listDecisionNodes)()].sort((a, b) => (b.question.nb + (b.help?.nb ?? '')).length - (a.question.nb + (a.help?.nb ?? '')).length)[0];
}
function longestTool() {
    return [...tromso.tools].sort((a, b) => b.description.nb.length + b.name.nb.length - (a.description.nb.length + a.name.nb.length))[0];
}
exports.GUIDANCE_CARD_SAMPLES = [
    { template: 'guidance-outcome', name: 'guidance-emergency-nb', build: () => (0, meldeplikt_1.emergencyCard)(tromso, 'nb') },
    { template: 'guidance-outcome', name: 'guidance-emergency-vestre-toten-en', build: () => (0, meldeplikt_1.emergencyCard)(vestreToten, 'en') },
    { template: 'guidance-outcome', name: 'guidance-outcome-report-now-nb', build: () => (0, meldeplikt_1.outcomeCard)((0, guidance_2.getOutcome)('report-now'), tromso, 'nb') },
    { template: 'guidance-outcome', name: 'guidance-outcome-attention-nb', build: () => (0, meldeplikt_1.outcomeCard)((0, guidance_2.getOutcome)('oppmerksomhetsplikt'), tromso, 'nb') },
    { template: 'guidance-outcome', name: 'guidance-outcome-emergency-en', build: () => (0, meldeplikt_1.outcomeCard)((0, guidance_2.emergencyOutcome)(), tromso, 'en') },
    { template: 'guidance-outcome', name: 'guidance-attention-nb', build: () => (0, meldeplikt_1.attentionCard)(tromso, 'nb') },
    { template: 'guidance-meldeplikt', name: 'guidance-meldeplikt-nb', build: () => (0, meldeplikt_1.meldepliktCard)(tromso, 'nb') },
    { template: 'guidance-meldeplikt', name: 'guidance-meldeplikt-vestre-toten-en', build: () => (0, meldeplikt_1.meldepliktCard)(vestreToten, 'en') },
    { template: 'guidance-decision', name: 'guidance-decision-nb', build: () => (0, meldeplikt_1.decisionCard)(longestNode(), 7, 'nb', 'Det spørsmålet kjenner jeg ikke igjen lenger, så vi starter på nytt.') },
    { template: 'guidance-decision', name: 'guidance-decision-en', build: () => (0, meldeplikt_1.decisionCard)((0, guidance_2.listDecisionNodes)()[0], 1, 'en') },
    { template: 'guidance-navigator', name: 'guidance-navigator-l0s1-nb', build: () => (0, navigator_1.navigatorCard)(tromso, 0, 0, 'nb') },
    { template: 'guidance-navigator', name: 'guidance-navigator-l2s3-nb', build: () => (0, navigator_1.navigatorCard)(tromso, 2, 2, 'nb') },
    { template: 'guidance-navigator', name: 'guidance-navigator-l0s4-en', build: () => (0, navigator_1.navigatorCard)(tromso, 0, 3, 'en') },
    { template: 'guidance-navigator', name: 'guidance-navigator-vestre-toten-nb', build: () => (0, navigator_1.navigatorCard)(vestreToten, 1, 2, 'nb') },
    {
        template: 'guidance-tools',
        name: 'guidance-tools-nb',
        // Five hits, the longest first, so the card is as big as a chat answer gets.
        build: () => (0, verktoy_1.toolsCard)('samtykke plan samspill møte mål foreldre', tromso, 'nb'),
    },
    { template: 'guidance-tools', name: 'guidance-tools-popular-en', build: () => (0, verktoy_1.toolsCard)('', tromso, 'en') },
    { template: 'guidance-tools', name: 'guidance-tools-none-nb', build: () => (0, verktoy_1.toolsCard)('skjema for fritidsklubbens sommeraktiviteter på øya', tromso, 'nb') },
    {
        template: 'guidance-answer',
        name: 'guidance-answer-grounds-still-nb',
        // Every ground at once and the longest question: the biggest direct answer there is.
        build: () => (0, answers_1.meldepliktAnswerCard)((0, meldepliktAnswers_1.meldepliktAnswer)('still', 'eleven ruser seg, stjeler, er sulten, alvorlig syk uten behandling, særlige behov ikke dekket, menneskehandel'), tromso, 'nb'),
    },
    { template: 'guidance-answer', name: 'guidance-answer-attention-en', build: () => (0, answers_1.meldepliktAnswerCard)((0, meldepliktAnswers_1.meldepliktAnswer)('attention', ''), tromso, 'en') },
    { template: 'guidance-answer', name: 'guidance-answer-advice-vestre-toten-nb', build: () => (0, answers_1.meldepliktAnswerCard)((0, meldepliktAnswers_1.meldepliktAnswer)('advice', ''), vestreToten, 'nb') },
    { template: 'guidance-tool', name: 'guidance-tool-longest-nb', build: () => (0, messageExtension_1.toolCard)(longestTool(), tromso, 'nb') },
    { template: 'guidance-tool', name: 'guidance-tool-link-en', build: () => (0, messageExtension_1.toolCard)((0, common_1.popularTools)(tromso, 50).find((t) => t.link) ?? tromso.tools.find((t) => t.link), tromso, 'en') },
];
//# sourceMappingURL=samples.js.map