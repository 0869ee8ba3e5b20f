"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meldepliktAnswerCard = meldepliktAnswerCard;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const common_1 = require("./common");
/** Direct answers to meldeplikt questions (issue 13): the question asked first, each part with its source. */
function groundList(grounds, locale) {
    const names = grounds.map((g) => (0, i18n_1.t)(locale, `guidance.ground.${g}`));
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} ${(0, i18n_1.t)(locale, 'guidance.ground.and')} ${names[names.length - 1]}`;
}
function meldepliktAnswerCard(answer, content, locale) {
    const portal = content.contacts.find((c) => c.id === 'bekymringsmelding-portal');
    const first = answer.sections[0].lead;
    return (0, render_1.renderCard)('guidance-answer', {
        title: (0, i18n_1.t)(locale, `guidance.answer.title.${first}`),
        groundIntro: answer.grounds.length > 0 ? (0, i18n_1.t)(locale, 'guidance.answer.groundIntro', { grounds: groundList(answer.grounds, locale) }) : '',
        situations: answer.situations.map((s) => ({ text: s.text[locale] })),
        sections: answer.sections.map((s) => ({
            lead: (0, i18n_1.t)(locale, `guidance.answer.lead.${s.lead}`),
            lines: s.lines.map((l) => ({ text: l.text[locale] })),
            // The duty is personal: said under "still", where "a colleague has reported" is asked.
            extra: s.lead === 'still' ? (0, i18n_1.t)(locale, 'guidance.answer.lead.personal') : '',
            source: s.source.label[locale],
        })),
        contactsTitle: (0, i18n_1.t)(locale, 'guidance.answer.contacts'),
        contacts: (0, common_1.contactRows)(content, answer.contactIds.filter((id) => id !== 'bekymringsmelding-portal'), locale),
        portalButton: (0, i18n_1.t)(locale, 'guidance.answer.portalButton'),
        portalUrl: answer.portal ? (portal?.link ?? '') : '',
        // The yes/no helper is offered, never required.
        rows: (0, common_1.buttonRows)([
            { title: (0, i18n_1.t)(locale, 'guidance.answer.decideButton'), verb: common_1.VERBS.decide, data: {} },
            { title: (0, i18n_1.t)(locale, 'guidance.answer.moreButton'), verb: common_1.VERBS.meldeplikt, data: {} },
        ]),
    });
}
//# sourceMappingURL=answers.js.map