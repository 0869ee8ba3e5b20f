"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyGuidanceIntent = classifyGuidanceIntent;
const emergency_1 = require("./emergency");
const text_1 = require("./text");
// All patterns run on folded text (æ→ae, ø→o, å→a; "aa"→a, "oe"→o).
const MELDEPLIKT = [
    /\bmeldeplikt\w*/,
    /\bopplysningsplikt\w*/,
    /\boppmerksomhetsplikt\w*/,
    /\bbekymringsmeld\w*/,
    /\bmelde\s+(?:fra\s+)?(?:en\s+)?(?:bekymring|til\s+barnevern\w*|barnevern\w*)/,
    /\b(?:skal|ma|bor|burde|kan|plikt\s+til\s+a)\s+(?:jeg|vi|du|man)?\s*melde\b/,
    /\bmelde\s+(?:eller\s+ikke|saken)\b/,
    /\bsende\s+(?:en\s+)?melding\s+til\s+barnevern\w*/,
    /\b(?:duty|obligation)\s+to\s+(?:report|notify)\b/,
    /\bmandatory\s+report\w*/,
    /\breport(?:ing)?\s+(?:a\s+|my\s+)?(?:concern|worry)\b/,
    /\breport\w*\s+(?:it\s+)?to\s+(?:the\s+)?child\s+(?:welfare|protection)/,
    /\b(?:should|must|do|shall)\s+(?:i|we)\s+(?:have\s+to\s+)?report\b/,
    /\bduty\s+of\s+(?:attention|care\s+to\s+notice)\b/,
];
const VERKTOY_PREFIX = /^\s*(?:verktoy\w*|tools?|finn\s+verktoy\w*|sok\s+(?:etter\s+)?verktoy\w*|find\s+(?:a\s+)?tools?|search\s+tools?)\b/;
const VERKTOY = [
    /\bverktoy\w*/,
    /\b\w*skjema\w*/,
    /\bsamtykke\w*/,
    /\bbekymringsskala\w*/,
    /\bobservasjonsskjema\w*/,
    /\bsnakkemedbarn\b/,
    /\bomni\w*/,
    /\b(?:tools?|forms?|templates?|checklists?|consent)\b/,
];
const NAVIGATOR = [
    // bekymret, bekymra, bekymring …
    /\bbekymr\w*/,
    // "urolig for et barn", "uro for en elev", "engstelig for …": worry in other words. Not a bare "urolig",
    // which as often describes a restless class as a worried adult.
    /\b(?:jeg|vi)\s+(?:er|ble|blir|har\s+vaert|kjenner\s+meg)\s+(?:\w+\s+)?(?:urolige?|engstelige?)\b/,
    /\b(?:urolige?|engstelige?)\s+for\s+(?:et|en|ei|dette|denne|hvordan|om|at|barn\w*|elev\w*|ungdom\w*|gutt\w*|jent\w*)\b/,
    /\buro(?:en)?\s+(?:for|rundt|omkring|over)\b/,
    /\bkjenner\s+(?:pa\s+)?(?:\w+\s+)?uro\b/,
    /\bundring\w*/,
    /\bundrer\b/,
    /\bbti\b/,
    /\bbedre\s+tverrfaglig\s+innsats\b/,
    /\bniva\s*[012]\b/,
    /\bhvor\s+(?:starter|begynner)\s+jeg\b/,
    /\bhva\s+gjor\s+jeg\b/,
    /\btverrfaglig\s+samhandling\b/,
    /\binnsats\s+i\s+egen\s+tjeneste\b/,
    /\bworr(?:y|ied|ies|ying)\b/,
    /\b(?:uneasy|anxious)\s+about\b/,
    /\bconcern(?:ed|s)?\b/,
    /\blevel\s*[012]\b/,
    /\bwhere\s+do\s+i\s+start\b/,
    /\bwhat\s+(?:should|do)\s+i\s+do\b/,
];
function classifyGuidanceIntent(text) {
    if (typeof text !== 'string' || text.trim() === '')
        return null;
    if ((0, emergency_1.detectEmergency)(text))
        return 'emergency';
    const folded = (0, text_1.fold)(text).replace(/\s+/g, ' ').trim();
    if (MELDEPLIKT.some((p) => p.test(folded)))
        return 'meldeplikt';
    // "verktøy …" as a command outranks the worry words that tool names carry ("bekymringsskala").
    if (VERKTOY_PREFIX.test(folded))
        return 'verktoy';
    if (VERKTOY.some((p) => p.test(folded)))
        return 'verktoy';
    // "mal" (template) only as typed: folded, "mål" (goal) would look the same.
    if (/(?:^|[^\p{L}])mal(?:en|er|ene)?(?![\p{L}])/u.test(text.toLowerCase()))
        return 'verktoy';
    if (NAVIGATOR.some((p) => p.test(folded)))
        return 'navigator';
    return null;
}
//# sourceMappingURL=intent.js.map