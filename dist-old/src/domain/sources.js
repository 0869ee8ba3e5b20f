"use strict";
/**
 * The source documents the bot's advice comes from (../shared/domain/000–004) and how a card cites them:
 * "Kilde: <document> – <section>". One table for every job, so a document is always named the same way.
 * Kept free of imports so domain rules and content data can both use it.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SOURCE_TITLES = exports.SOURCE_DOCS = void 0;
exports.citationPrefix = citationPrefix;
exports.cite = cite;
exports.SOURCE_DOCS = ['000', '001', '002', '003', '004'];
exports.SOURCE_TITLES = {
    '000': {
        nb: 'Henvendelse om tverrfaglig plan, koordinator og barnekoordinator (Tromsø, revidert 2025)',
        en: 'Request form for a cross-disciplinary plan, coordinator and child coordinator (Tromsø, revised 2025)',
    },
    '001': {
        nb: 'Henvendelse om individuell plan, koordinator og barnekoordinator (Tromsø, før 1. august 2025)',
        en: 'Request form for an individual plan, coordinator and child coordinator (Tromsø, before 1 August 2025)',
    },
    '002': { nb: 'BTI-veilederen (Tromsø)', en: 'The BTI guide (Tromsø)' },
    '003': { nb: 'Håndbok for koordinatorer (Vestre Toten)', en: 'Handbook for coordinators (Vestre Toten)' },
    '004': {
        nb: 'Verktøy for avklaring av plantype og hvem som koordinerer (Tromsø)',
        en: 'Tool for clarifying plan type and who coordinates (Tromsø)',
    },
};
/** What comes before the section in a citation's label: "Kilde: <document> – ". */
function citationPrefix(doc, locale) {
    return `${locale === 'nb' ? 'Kilde' : 'Source'}: ${exports.SOURCE_TITLES[doc][locale]} – `;
}
/** A citation whose label names the document and the part of it, in both languages. */
function cite(doc, section, sectionEn = section) {
    return {
        doc,
        section,
        label: { nb: `${citationPrefix(doc, 'nb')}${section}`, en: `${citationPrefix(doc, 'en')}${sectionEn}` },
    };
}
//# sourceMappingURL=sources.js.map