"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.localeFrom = localeFrom;
exports.t = t;
exports.textsFor = textsFor;
const common_1 = require("./nb/common");
const common_2 = require("./en/common");
const cases_1 = require("./nb/cases");
const cases_2 = require("./en/cases");
const avklaring_1 = require("./nb/avklaring");
const avklaring_2 = require("./en/avklaring");
const meetings_1 = require("./nb/meetings");
const meetings_2 = require("./en/meetings");
const guidance_1 = require("./nb/guidance");
const guidance_2 = require("./en/guidance");
const nlu_1 = require("./nb/nlu");
const nlu_2 = require("./en/nlu");
/**
 * One dictionary per language, merged from one file per job (src/i18n/nb/*.ts, src/i18n/en/*.ts).
 * Bokmål is the default and the reference: English must have the same keys.
 */
const nb = { ...common_1.common, ...cases_1.cases, ...avklaring_1.avklaring, ...meetings_1.meetings, ...guidance_1.guidance, ...nlu_1.nlu };
const en = { ...common_2.common, ...cases_2.cases, ...avklaring_2.avklaring, ...meetings_2.meetings, ...guidance_2.guidance, ...nlu_2.nlu };
const dictionaries = { nb, en };
/** Teams sends e.g. "nb-NO", "nn-NO", "en-US"; Norwegian variants get bokmål, English gets English. */
function localeFrom(activityLocale, fallback = 'nb') {
    if (!activityLocale)
        return fallback;
    const lang = activityLocale.toLowerCase().split(/[-_]/)[0];
    if (lang === 'en')
        return 'en';
    if (lang === 'nb' || lang === 'no' || lang === 'nn')
        return 'nb';
    return fallback;
}
function t(locale, key, params = {}) {
    const template = dictionaries[locale][key] ?? dictionaries.nb[key];
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
/** All texts of one language, for binding card templates. */
function textsFor(locale) {
    return dictionaries[locale];
}
//# sourceMappingURL=index.js.map