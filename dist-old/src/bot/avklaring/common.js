"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tx = exports.avklaringRefSchema = exports.VERBS = void 0;
exports.makeCtx = makeCtx;
exports.serviceName = serviceName;
exports.isParticipant = isParticipant;
exports.participant = participant;
exports.unitShort = unitShort;
exports.showDate = showDate;
exports.txt = txt;
const zod_1 = require("zod");
const cardActions_1 = require("../cardActions");
const i18n_1 = require("../../i18n");
const cases_1 = require("../../store/cases");
const avklaring_1 = require("../../store/avklaring");
const reminders_1 = require("../../store/reminders");
const conversations_1 = require("../../store/conversations");
const profiles_1 = require("../../content/profiles");
function makeCtx(deps) {
    return {
        deps,
        cases: new cases_1.CaseRepository(deps.store, deps.logger),
        avklaringer: new avklaring_1.AvklaringRepository(deps.store),
        reminders: new reminders_1.ReminderRepository(deps.store),
        conversations: new conversations_1.ConversationRepository(deps.store),
    };
}
exports.VERBS = {
    next: 'avklaring.next',
    formBack: 'avklaring.formback',
    submit: 'avklaring.submit',
    start: 'avklaring.start',
    propose: 'avklaring.propose',
    agree: 'avklaring.agree',
    cannot: 'avklaring.cannot',
    majority: 'avklaring.majority',
    noAgreement: 'avklaring.noagreement',
    rotation: 'avklaring.rotation',
    escalate: 'avklaring.escalate',
    back: 'avklaring.back',
    refresh: 'avklaring.refresh',
    refer: 'avklaring.refer',
};
exports.avklaringRefSchema = zod_1.z.object({ avklaringId: zod_1.z.string().regex(/^[a-f0-9]{8,64}$/), cardVersion: cardActions_1.cardVersionSchema });
const tx = (locale, text) => text[locale];
exports.tx = tx;
function serviceName(profileId, serviceId, locale) {
    const parsed = profiles_1.ProfileId.safeParse(profileId);
    if (!parsed.success)
        return serviceId;
    const def = (0, profiles_1.getProfile)(parsed.data).services.find((s) => s.id === serviceId);
    return def ? def.name[locale] : serviceId;
}
function isParticipant(doc, aadObjectId) {
    return !!aadObjectId && doc.participants.some((p) => p.aadObjectId === aadObjectId);
}
function participant(doc, aadObjectId) {
    return doc.participants.find((p) => p.aadObjectId === aadObjectId);
}
/**
 * The unit's short name for titles and buttons ("KTK" of "KTK (Kontor for tildeling og koordinering)"):
 * profiles write the abbreviation first and spell it out in brackets.
 */
function unitShort(unit, locale) {
    return unit[locale].replace(/\s*\(.*\)\s*$/, '').trim() || unit[locale];
}
/** Dates on cards are shown as plain dates (yyyy-mm-dd → dd.mm.yyyy in nb). */
function showDate(iso, locale) {
    const [y, m, d] = iso.slice(0, 10).split('-');
    return locale === 'nb' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}
function txt(locale, key, params) {
    return (0, i18n_1.t)(locale, key, params);
}
//# sourceMappingURL=common.js.map