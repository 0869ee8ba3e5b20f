"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONCEPTS = void 0;
/**
 * Concepts for the free-text router: words and phrases (both languages, folded: æ→ae, ø→o, å→a) that mean the
 * same thing for routing. A concept found in a message is one more feature, shared by every spelling and by both
 * languages, so "allerede", "fra før" and "already" all point the same way. Each entry is matched at a word start
 * (a prefix unless it ends in "\b"). Kept here, beside the examples, because it is vocabulary, not a rule.
 */
exports.CONCEPTS = {
    report: ['meld', 'bekymringsmeld', 'report', 'notify', 'innmeld'],
    duty: ['plikt', 'pliktig', 'duty', 'oblig', 'mandatory', 'have to report', 'ma jeg melde', 'skal jeg melde'],
    already: ['allerede', 'already', 'fra for\\b', 'sendt for\\b', 'meldt for\\b', 'for jul', 'tidligere', 'igjen', 'again', 'before\\b', 'last year', 'i fjor', 'likevel', 'still\\b', 'fortsatt', 'faller', 'bort\\b', 'gone\\b', 'personlig', 'personal'],
    others: ['kollega', 'colleague', 'andre vet', 'others', 'rektor', 'principal', 'lederen min', 'en annen', 'someone else', 'helsesykepleier har', 'har meldt', 'has reported', 'already reported', 'holder det'],
    bvcase: ['barnevernet har', 'har sak', 'has a case', 'er inne', 'kjenner allerede', 'kjenner til', 'already has', 'sak pa', 'sak fra'],
    helping: ['hjelper jo', 'helping', 'gir hjelp', 'egen tjeneste hjelper', 'already helping'],
    send: ['hvordan send', 'hvor send', 'hvordan meld', 'hvor meld', 'portal', 'link', 'lenke', 'epost', 'e post', 'email', 'mail\\b', 'pa mail', 'hvor lang tid', 'frist', 'deadline', 'how long', 'how quickly', 'digital', 'skriftlig', 'hvor fort', 'how fast', 'raskt', 'opphold', 'delay', 'where do i report', 'how do i send', 'hvilket skjema', 'ringe inn'],
    call: ['ring', 'i call', 'can call', 'call for', 'call child welfare', 'call barnevern', 'telefon', 'phone', 'nummer', 'number', 'drofte', 'drofting', 'discuss', 'rad\\b', 'rad for', 'advice', 'anonym', 'barnevernvakt', 'emergency service', 'natt', 'night', 'kveld', 'dognapen', 'snakke med om meldeplikt'],
    // Not "far": folded, "får" (gets) is spelt the same.
    parents: ['foreldr', 'foresatt', 'parent', 'mor\\b', 'faren\\b', 'pappa', 'mamma', 'mother', 'father'],
    tell: ['informer', 'inform\\b', 'fortelle', 'si fra', 'si ifra', 'si til', 'fa vite', 'vite\\b', 'know\\b', 'find out', 'varsle', 'tell\\b', 'beskjed'],
    attention: ['oppmerksomhet', 'attention', 'nav\\b', 'bolig', 'housing', 'okonomi', 'money', 'darlig rad', 'foreldreveiledning', 'stottekontakt', 'psykisk helse', 'besokshjem', 'praktisk hjelp', 'koble pa', 'pa vegne', 'on behalf'],
    drugs: ['rus\\b', 'ruser', 'ruset', 'rusmisbruk', 'hasj', 'narkotika', 'dop\\b', 'drug', 'alkohol', 'full\\b', 'fyll', 'drikker', 'drinking', 'drunk', 'cannabis', 'piller', 'royker hasj'],
    crime: ['krimin', 'stjel', 'stjal', 'tyveri', 'innbrudd', 'politiet', 'arrest', 'crime', 'steal', 'shoplift', 'ran\\b', 'selger', 'selling'],
    neglect: ['omsorgssvikt', 'neglect', 'sulten', 'hungry', 'skitten', 'dirty', 'ikke mat', 'no food', 'klaer etter', 'overlatt', 'alene hjemme', 'left alone'],
    illness: ['alvorlig syk', 'sykdom', 'seriously ill', 'illness', 'lege\\b', 'doctor', 'behandling', 'treatment', 'insulin', 'medisin', 'skadet', 'injur', 'untreated', 'diabetes'],
    needs: ['saerlige behov', 'sarlige behov', 'special needs', 'funksjonsnedsett', 'disabil', 'autism', 'handikap'],
    trafficking: ['menneskehandel', 'trafficking', 'utnytt', 'exploit', 'brukt til a selge'],
    coordinator: ['koordinat', 'coordinat', 'stafettholder', 'ansvaret for planen', 'rollen', 'role\\b', 'overta', 'take over', 'takes over', 'barnekoordinator', 'plantype'],
    change: ['bytte', 'bytt\\b', 'skifte', 'change', 'ny koordinator', 'new coordinator', 'slutter', 'permisjon', 'leaves'],
    newmeeting: ['nytt mote', 'nytt samarbeidsmote', 'kall inn', 'kalle inn', 'innkall', 'moteinnkall', 'invite', 'schedule', 'book\\b', 'sette opp', 'set up', 'arrange', 'new meeting', 'call a meeting', 'planlegge', 'lage et mote', 'lag et mote'],
    meeting: ['mote', 'moter', 'motet', 'meeting', 'ansvarsgruppe', 'samarbeidsmote', 'responsibility group', 'moeting'],
    minutes: ['referat', 'minutes', 'referent'],
    turn: ['tur\\b', 'turn', 'hvem skriver', 'who writes', 'who takes', 'neste gang', 'next time', 'rotasjon', 'hvem sin', 'whose', 'har referatet', 'hvem skal skrive'],
    status: ['status', 'motestatus', 'statsu', 'neste mote', 'next meeting', 'siste mote', 'last meet', 'nar er', 'nar var', 'when is', 'when did', 'oversikt over moter'],
    cases: ['saker', 'avslutte saken', 'lukke saken', 'lukker jeg', 'slette saken', 'saken min', 'sakene', 'cases', 'slett', 'delete', 'lukk', 'close the case', 'list cases', 'liste over saker', 'my cases', 'our cases'],
    worry: ['bekymr', 'urolig', 'uro\\b', 'engstelig', 'redd for', 'undr', 'worr', 'concern', 'uneasy', 'lei seg', 'trist', 'stille', 'sliten', 'endret seg', 'ikke venner', 'alene'],
    level: ['niva', 'level', 'bti', 'modell', 'model', 'veileder', 'trinn', 'hvor starter', 'where do i start', 'where do i begin', 'neste steg', 'next step', 'innsats i egen', 'tverrfaglig samhandling', 'hva gjor jeg'],
    consent: ['samtykk', 'samtyk', 'consent', 'skrive under', 'signere', 'sign the'],
    talk: ['snakke', 'snakker', 'samtale', 'talk', 'prate', 'fa barnet til a fortelle', 'involvere barnet', 'involverer jeg barnet', 'barnet i planen', 'medvirkning', 'snakkemedbarn', 'medvirk', 'involve the child', 'ta med barnet', 'barnesamtale', 'sporr', 'spor jeg'],
    absence: ['fravar', 'fravaer', 'borte fra skolen', 'absence', 'absent', 'skulk', 'skipping school', 'skolevegr', 'refuses to go', 'narvar', 'kommer ikke pa skolen'],
    plan: ['plan\\b', 'planen', 'planer', 'samspill', 'samspil', 'opprett', 'create', 'individuell plan', 'tverrfaglig plan'],
    relay: ['stafett', 'relay'],
    goodmeeting: ['gode mote', 'godt mote', 'god mote', 'gode samarbeidsmote', 'godt ansvarsgruppe', 'good meeting', 'lede et', 'leading', 'forberede', 'prepare', 'agenda', 'motestruktur', 'tips til et godt', 'rutine for ansvarsgruppe', 'run a good'],
    template: ['mal\\b', 'malen', 'referatmal', 'template', 'godt referat', 'hva skal sta', 'contain', 'motelogg'],
    observe: ['observ', 'bekymringsskala', 'skala', 'scale', 'mistrivsel', 'thriving', 'signal', 'tegn pa', 'kartlegg', 'dokumentere det'],
    school: ['mobb', 'bully', 'bullied', 'skolemiljo', 'barnehagemiljo', 'krenk', 'utestengt', 'slassing', 'friminutt', 'recess', 'fighting', 'classmates', 'medelev', 'andre elever', 'between pupils'],
    parentwork: ['foreldresamarbeid', 'samarbeide med foreldre', 'samarbeide med foresatte', 'samarbeid med foreldre', 'involverer jeg dem', 'involve them', 'informasjon om bti', 'information for parents', 'forklare bti', 'infoskriv', 'work with parents'],
    goals: ['felles mal', 'mal og', 'tiltak og mal', 'gode mal', 'goal', 'ressurser', 'resources'],
    participants: ['deltak', 'deltager', 'participant', 'tilgang', 'access', 'legge til', 'legger jeg til', 'add\\b', 'fjerne', 'remove'],
    close: ['avslutt', 'arkiv', 'archiv', 'close the plan', 'close a plan'],
    rights: ['rettighet', 'rights', 'barnekonvensjon', 'convention', 'bli hort', 'heard', 'rett til'],
    tools: ['verktoy', 'tools?\\b', 'skjemaer', 'hvilke verktoy', 'what tools'],
    help: ['hjelp\\b', 'help\\b', 'hva kan du', 'what can you', 'meny', 'menu', 'kommando', 'command', 'hei\\b', 'hello', 'hi\\b', 'hi there', 'start\\b', 'bruke deg', 'bruker jeg deg', 'use this bot', 'denne boten', 'hva kan jeg sporre'],
    language: ['engelsk', 'english', 'norsk', 'norwegian', 'sprak', 'language', 'speak', 'snakker du', 'talk in'],
};
//# sourceMappingURL=concepts.js.map