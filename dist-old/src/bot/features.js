"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FEATURES = void 0;
const cases_1 = require("./cases");
const avklaring_1 = require("./avklaring");
const meetings_1 = require("./meetings");
const guidance_1 = require("./guidance");
const nlu_1 = require("./nlu");
const language_1 = require("./language");
/** The jobs the bot does, in the order their routes are registered; the free-text router sits behind them all. */
exports.FEATURES = [language_1.languageFeature, cases_1.casesFeature, avklaring_1.avklaringFeature, guidance_1.guidanceFeature, meetings_1.meetingsFeature, nlu_1.nluFeature];
//# sourceMappingURL=features.js.map