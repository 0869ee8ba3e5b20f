"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOOL_QUERIES = void 0;
/** The verktøy search each tool topic of the free-text router runs (src/domain/guidance/search.ts), in both profiles. */
exports.TOOL_QUERIES = {
    samtykke: 'samtykke',
    samtale: 'snakke med barn samarbeide med barn og ungdom',
    fravaer: 'fravær',
    plan: 'opprette tverrfaglig plan samspill',
    stafettlogg: 'stafettlogg',
    mote: 'gode møter',
    referatmal: 'mal møtereferat',
    observasjon: 'observasjonsskjema bekymringsskala',
    skolemiljo: 'trygt skolemiljø barnehagemiljø',
    foreldre: 'samarbeide med foreldre',
    mal: 'felles mål',
    deltakere: 'deltakere',
    avslutte: 'arkivering avslutte planer',
    rettigheter: 'barns rettigheter',
};
//# sourceMappingURL=tools.js.map