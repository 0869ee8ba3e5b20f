"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outcomeCard = outcomeCard;
exports.emergencyCard = emergencyCard;
exports.meldepliktCard = meldepliktCard;
exports.decisionCard = decisionCard;
exports.stepCard = stepCard;
exports.handleDecide = handleDecide;
exports.attentionCard = attentionCard;
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const guidance_1 = require("../../domain/guidance");
const common_1 = require("./common");
const cardResponses_1 = require("../cardResponses");
/** The meldeplikt guide, the yes/no decision helper and the emergency route, as cards. */
function navButton(locale) {
    return { title: (0, i18n_1.t)(locale, 'guidance.outcome.navigatorButton'), verb: common_1.VERBS.nav, data: { level: 0, step: 0 } };
}
function meldepliktButton(locale, key) {
    return { title: (0, i18n_1.t)(locale, key), verb: common_1.VERBS.meldeplikt, data: {} };
}
/** An outcome of the helper, or (emergency = true) the emergency route that answers violence/abuse first. */
function outcomeCard(outcome, content, locale, opts = {}) {
    const emergency = outcome.emergency;
    const rows = emergency
        ? (0, common_1.buttonRows)([meldepliktButton(locale, 'guidance.emergency.meldepliktButton')])
        : (0, common_1.buttonRows)([{ title: (0, i18n_1.t)(locale, 'guidance.decide.restart'), verb: common_1.VERBS.decide, data: {} }, meldepliktButton(locale, 'guidance.decide.back')], [navButton(locale)]);
    return (0, render_1.renderCard)('guidance-outcome', {
        style: emergency ? 'attention' : 'default',
        title: outcome.title[locale],
        // Deliberately generic: the emergency card never repeats what the user wrote.
        intro: emergency && opts.fromText ? (0, i18n_1.t)(locale, 'guidance.emergency.intro') : '',
        lines: outcome.whatToDo.map((line) => ({ text: line[locale] })),
        contactsTitle: (0, i18n_1.t)(locale, emergency ? 'guidance.emergency.contacts' : 'guidance.outcome.contacts'),
        contacts: (0, common_1.contactRows)(content, outcome.contactIds, locale),
        attentionTitle: (0, i18n_1.t)(locale, 'guidance.outcome.attentionTitle'),
        attention: outcome.id === 'oppmerksomhetsplikt' ? guidance_1.OPPMERKSOMHETSPLIKT.map((x) => ({ text: x.text[locale] })) : [],
        privacy: emergency ? (0, i18n_1.t)(locale, 'guidance.emergency.privacy') : '',
        source: outcome.source.label[locale],
        rows,
    });
}
function emergencyCard(content, locale) {
    return outcomeCard((0, guidance_1.emergencyOutcome)(), content, locale, { fromText: true });
}
function meldepliktCard(content, locale) {
    const portal = content.contacts.find((c) => c.id === 'bekymringsmelding-portal');
    return (0, render_1.renderCard)('guidance-meldeplikt', {
        title: (0, i18n_1.t)(locale, 'guidance.meldeplikt.title'),
        intro: (0, i18n_1.t)(locale, 'guidance.meldeplikt.intro'),
        situations: guidance_1.MELDEPLIKT_SITUATIONS.map((s, i) => ({ number: i + 1, text: s.text[locale] })),
        stillTitle: (0, i18n_1.t)(locale, 'guidance.meldeplikt.stillTitle'),
        still: guidance_1.MELDEPLIKT_STILL_APPLIES.map((s) => ({ text: s.text[locale] })),
        howTitle: (0, i18n_1.t)(locale, 'guidance.meldeplikt.howTitle'),
        how: guidance_1.MELDEPLIKT_HOW.map((s) => ({ text: s.text[locale] })),
        contactsTitle: (0, i18n_1.t)(locale, 'guidance.meldeplikt.contactsTitle'),
        note: content.meldepliktNote?.text[locale] ?? '',
        contacts: (0, common_1.contactRows)(content, ['barnevernvakta', 'barneverntjenesten'], locale),
        source: guidance_1.MELDEPLIKT_SITUATIONS[0].source.label[locale],
        decideButton: (0, i18n_1.t)(locale, 'guidance.meldeplikt.decideButton'),
        portalButton: (0, i18n_1.t)(locale, 'guidance.meldeplikt.portalButton'),
        portalUrl: portal?.link ?? '',
        attentionButton: (0, i18n_1.t)(locale, 'guidance.meldeplikt.attentionButton'),
    });
}
function decisionCard(node, number, locale, notice = '') {
    const answer = (a) => ({
        title: (0, i18n_1.t)(locale, a === 'yes' ? 'guidance.decide.yes' : 'guidance.decide.no'),
        verb: common_1.VERBS.decide,
        data: { node: node.id, answer: a, n: number },
    });
    const more = number > 1 ? [{ title: (0, i18n_1.t)(locale, 'guidance.decide.restart'), verb: common_1.VERBS.decide, data: {} }] : [];
    more.push(meldepliktButton(locale, 'guidance.decide.back'));
    const rows = (0, common_1.buttonRows)([{ ...answer('yes'), style: 'positive' }, answer('no')], more);
    return (0, render_1.renderCard)('guidance-decision', {
        title: (0, i18n_1.t)(locale, 'guidance.decide.title', { number }),
        notice,
        question: node.question[locale],
        help: node.help?.[locale] ?? '',
        anonymous: (0, i18n_1.t)(locale, 'guidance.decide.anonymous'),
        source: node.source.label[locale],
        rows,
    });
}
function stepCard(step, number, content, locale, notice = '') {
    return step.kind === 'question' ? decisionCard(step.node, number, locale, notice) : outcomeCard(step.outcome, content, locale);
}
/** Action.Execute guidance.decide: {} starts, {node, answer} moves on. A stale or tampered node restarts. */
async function handleDecide(context, content, locale, data) {
    const parsed = common_1.decideDataSchema.safeParse(data);
    let card;
    if (parsed.success && 'node' in parsed.data) {
        const next = (0, guidance_1.nextNode)(parsed.data.node, parsed.data.answer);
        card = next
            ? stepCard(next, (parsed.data.n ?? 1) + 1, content, locale)
            : stepCard((0, guidance_1.startMeldeplikt)(), 1, content, locale, (0, i18n_1.t)(locale, 'guidance.decide.stale'));
    }
    else {
        card = stepCard((0, guidance_1.startMeldeplikt)(), 1, content, locale, parsed.success ? '' : (0, i18n_1.t)(locale, 'guidance.decide.stale'));
    }
    await (0, cardResponses_1.respondWithCard)(context, card, { updateShared: false });
}
/** What the duty of attention asks of you, from the meldeplikt card's button (no answers behind it). */
function attentionCard(content, locale) {
    return (0, render_1.renderCard)('guidance-outcome', {
        style: 'default',
        title: (0, i18n_1.t)(locale, 'guidance.outcome.attentionTitle'),
        intro: '',
        lines: guidance_1.OPPMERKSOMHETSPLIKT.map((x) => ({ text: x.text[locale] })),
        contactsTitle: '',
        contacts: [],
        attentionTitle: '',
        attention: [],
        privacy: '',
        source: guidance_1.OPPMERKSOMHETSPLIKT[0].source.label[locale],
        rows: (0, common_1.buttonRows)([meldepliktButton(locale, 'guidance.decide.back'), navButton(locale)]),
    });
}
//# sourceMappingURL=meldeplikt.js.map