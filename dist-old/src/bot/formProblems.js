"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.problemLines = exports.NO_PROBLEMS = void 0;
exports.collectProblems = collectProblems;
exports.NO_PROBLEMS = { top: [], byField: {} };
function collectProblems(worded, labelOf, line, unknownField) {
    const byField = {};
    const top = [];
    for (const w of worded) {
        if (byField[w.field])
            continue;
        byField[w.field] = w.text;
        const label = labelOf(w.field);
        top.push(label ? line(label, w.text) : unknownField);
    }
    return { top: [...new Set(top)], byField };
}
/** The lines as card template data (`"$data": "${errors}"` over a TextBlock with `"${line}"`). */
const problemLines = (problems) => problems.top.map((line) => ({ line }));
exports.problemLines = problemLines;
//# sourceMappingURL=formProblems.js.map