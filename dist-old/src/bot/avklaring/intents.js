"use strict";
/**
 * Phrases that start "who should coordinate?". Matched on normalized text (lower case, mention and trailing
 * punctuation gone). Each pattern covers the whole message, but the question may end with a short word for
 * the case ("… saken", "… this case", a case number): a sentence that merely mentions a coordinator, or asks
 * who coordinates something else ("hvem skal koordinere julebordet"), is left to the other jobs.
 * Other jobs' commands ("nytt møte", "referat", "meldeplikt", "verktøy …", "hjelp") share no words with these,
 * and meldeplikt/verktøy/meetings are routed before this job anyway (priority 30 < 50).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isAvklaringIntent = isAvklaringIntent;
const CASE_REF = 'bti-\\d{4}-\\d{4}';
/** What may follow the question: the case, the child, "here", a case number. */
const NB_TAIL = `(?: (?:(?:for|i|til) )?(?:(?:denne|den) )?(?:saken|barnet|eleven|familien|her|nå|${CASE_REF}|(?:sak|saken) ${CASE_REF}))?`;
const EN_TAIL = `(?: (?:for |in |on )?(?:(?:this|the) )?(?:case|child|pupil|family|here|now|it|this|${CASE_REF}|case ${CASE_REF}))?`;
const NB_MODAL = '(?:bør|skal|burde|kan|må|ma)';
/** The coordinating role under its names: koordinator (IP), stafettholder (stafettlogg), and the word for the duty. */
const NB_ROLE = '(?:koordinator(?:en)?|stafettholder(?:en)?|barnekoordinator(?:en)?)';
const NB_ROLE_DUTY = '(?:koordinator|koordinerings|stafettholder|stafettlogg)(?:ansvaret|rollen)|stafettloggen|ansvaret for (?:planen|koordineringen|stafettloggen)';
const PATTERNS = [
    // hvem bør koordinere (saken) / hvem skal være stafettholder / hvem bør ha koordinatoransvaret / hvem koordinerer?
    new RegExp(`^hvem (?:${NB_MODAL} (?:koordinere|være ${NB_ROLE}|bli ${NB_ROLE}|ha (?:${NB_ROLE_DUTY})|ta (?:${NB_ROLE_DUTY}))|koordinerer)${NB_TAIL}$`),
    // (start) (ny) avklaring (av plantype og koordinator) / avklaringsmøte
    /^(?:start(?:e)? )?(?:en )?(?:ny )?avklaring(?:smøte|smote)?(?: av (?:plantype|koordinator)(?: og (?:plantype|koordinator))?)?$/,
    new RegExp(`^(?:start(?:e)? )?(?:ny )?avklaring(?:smøte)? (?:for |i )?(?:sak )?${CASE_REF}$`),
    /^koordinator$/,
    // who should coordinate (this case) / who coordinates / who should be the relay holder / who should take the coordinator role
    new RegExp(`^who (?:(?:should|will|shall|must|can|is going to|would) (?:coordinate|be (?:the )?(?:coordinator|relay holder|care coordinator)|(?:take|have|hold) (?:on )?(?:the )?(?:coordinator|coordinating|coordination) (?:role|responsibility))|coordinates|is coordinating)${EN_TAIL}$`),
    /^(?:start (?:a )?)?(?:new )?clarification(?: meeting)?$/,
];
function isAvklaringIntent(normalized) {
    return PATTERNS.some((p) => p.test(normalized));
}
//# sourceMappingURL=intents.js.map