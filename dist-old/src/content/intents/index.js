"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trainingExamples = trainingExamples;
const nb_1 = require("./nb");
const en_1 = require("./en");
const seeds_1 = require("./seeds");
/** Every training example of the free-text router, both languages (a message may be in either). */
function trainingExamples() {
    return [nb_1.examples, en_1.examples, seeds_1.seeds].flatMap((set) => Object.entries(set).flatMap(([intent, texts]) => (texts ?? []).map((text) => ({ intent, text }))));
}
//# sourceMappingURL=index.js.map