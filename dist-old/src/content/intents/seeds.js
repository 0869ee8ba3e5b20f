"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seeds = void 0;
/**
 * Hand-written training examples beside the ones copied from the corpus (nb.ts, en.ts): the bot's own commands,
 * the phrasings its help card suggests, and cases the older keyword routes handled that must keep working
 * (worry about peer violence opens the level navigator). Not taken from the held-out fifth of the corpus.
 */
exports.seeds = {
    avklaring: ['hvem bør koordinere?', 'avklaring', 'avklaringsmøte', 'hvem skal være stafettholder', 'who should coordinate?', 'koordinator', 'hvem tar over koordinatoransvaret', 'coordinator role'],
    meeting: ['nytt møte', 'kall inn', 'innkalling', 'new meeting', 'call a meeting', 'kalle inn til ansvarsgruppe'],
    referat: ['referat', 'hvem skriver referat', 'minutes', 'who writes the minutes', 'hvem skal ta referat i dag'],
    status: ['status', 'møtestatus', 'status for saken', 'hva skjer i saken'],
    cases: ['mine saker', 'vis saker', 'cases', 'list cases', 'lukk sak', 'slett sak'],
    navigator: [
        'jeg er bekymret for en elev som blir mobbet',
        'bekymret for et barn som blir plaget av andre barn',
        'worried about a pupil',
        'nivå 1',
        'level 1',
        'hva er nivå 2',
        'hvordan går jeg fram når jeg er bekymret',
    ],
    meldeplikt: ['meldeplikt', 'duty to report', 'hva sier loven om å melde', 'når skal jeg melde til barnevernet', 'må vi melde dette'],
    'meldeplikt.still': ['gjelder meldeplikten selv om andre har meldt', 'does the duty apply if someone else reported', 'trenger jeg å melde når det er meldt før'],
    'meldeplikt.how': ['hvordan sender jeg en bekymringsmelding digitalt', 'how to report to child welfare', 'hvor er portalen'],
    'meldeplikt.advice': ['hvem kan gi meg råd om meldeplikt', 'hvem ringer jeg', 'who do I call for advice'],
    'meldeplikt.parents': ['skal foreldrene vite at jeg melder', 'should the parents be told'],
    'meldeplikt.attention': ['hva betyr oppmerksomhetsplikt', 'duty of attention', 'familien trenger hjelp fra nav'],
    'tool.samtykke': ['consent', 'verktøy samtykke'],
    'tool.samtale': ['samtale med barn', 'talking with children', 'snakkemedbarn.no'],
    'tool.fravaer': ['fravær', 'absence', 'bekymringsfullt skolefravær'],
    'tool.plan': ['tverrfaglig plan', 'plan i samspill', 'plan in samspill'],
    'tool.stafettlogg': ['stafettlogg', 'relay log'],
    'tool.mote': ['gode møter', 'good meetings'],
    'tool.referatmal': ['mal for møtereferat', 'minutes template'],
    'tool.observasjon': ['observasjonsskjema', 'bekymringsskala', 'observation form'],
    'tool.skolemiljo': ['trygt skolemiljø', 'mobbing', 'omni-modellen'],
    'tool.foreldre': ['samarbeid med foreldre', 'working with parents'],
    'tool.mal': ['felles mål', 'shared goals'],
    'tool.deltakere': ['deltakere i samspill', 'participants'],
    'tool.avslutte': ['avslutte planen', 'arkivering', 'closing the plan'],
    'tool.rettigheter': ['barns rettigheter', "children's rights"],
    verktoy: ['verktøy', 'tools', 'alle verktøy', 'hvilke verktøy har BTI', 'list the tools'],
    help: ['hjelp', 'help', 'hva kan du gjøre', 'what can you help with', '?'],
    language: ['english', 'norsk', 'language', 'språk'],
};
//# sourceMappingURL=seeds.js.map