"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verktoyQuery = verktoyQuery;
exports.levelIn = levelIn;
exports.isEmergency = isEmergency;
const guidance_1 = require("../../domain/guidance");
/**
 * Text routing for the guidance job, on normalized text (lower case, mention and trailing punctuation gone).
 * The free-text router (src/bot/nlu.ts) decides the kind; this file keeps the explicit "verktøy <søk>" command
 * and reads "nivå 1" / "level 2" so the navigator can open at that level.
 */
const VERKTOY_COMMAND = /^(?:(?:finn|søk|sok|søk etter|sok etter|vis)\s+)?(?:verktøy|verktoy|verktoey)\w*(?:\s+(?:for|til|om|på|pa|med)\b)?\s*:?\s*(.*)$|^(?:(?:find|search|search for|show)\s+)?(?:a\s+)?tools?\b(?:\s+(?:for|about|on)\b)?\s*:?\s*(.*)$/;
/** The search words after a "verktøy"/"tools" command ('' for the bare command), or null when it is not one. */
function verktoyQuery(normalized) {
    const m = VERKTOY_COMMAND.exec(normalized.trim());
    if (!m)
        return null;
    return (m[1] ?? m[2] ?? '').trim();
}
/** "nivå 1", "niva 2", "level 0" → that level; otherwise null. */
function levelIn(normalized) {
    const m = /(?:^|[^\p{L}])(?:nivå|niva|nivaa|level)\s*([012])(?![\d])/u.exec(normalized);
    if (!m)
        return null;
    return Number(m[1]);
}
function isEmergency(normalized) {
    return (0, guidance_1.detectEmergency)(normalized);
}
//# sourceMappingURL=intents.js.map