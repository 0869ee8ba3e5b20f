import { fold } from './text';

/**
 * Does a message call for the emergency route: act the same day, police and/or child welfare, do not tell the
 * parents? Source 002 (level 0, step 1) keeps that route for violence in close relationships and for sexual
 * abuse. The line just before it sends a breach of the child's right to a safe school or kindergarten
 * environment – peer violence and bullying among them – to the school's or kindergarten's own routine, where
 * the parents are involved. Telling staff to keep a fight in the schoolyard from the parents would be wrong.
 *
 * Three kinds of signal, checked in this order:
 * 1. Sexual abuse, by anyone – a parent, a coach, an older pupil, someone online: always the emergency route.
 * 2. Violence in close relationships – a parent, step-parent, sibling or partner hits; violence at home;
 *    "vold i nære relasjoner", familievold: always the emergency route.
 * 3. Other violence ("barnet blir slått", "utsatt for vold", "mishandlet", "treneren slo ham"): the emergency
 *    route too, because with the agent unknown it may well be at home, and the product puts the emergency path
 *    first whenever the text suggests violence. Only wording that places the violence among peers at school or
 *    in kindergarten ("slått av andre elever", "sparket av en klassekamerat", "vold i friminuttet") is cut out
 *    before this check. Cutting phrases rather than vetoing the whole message keeps "blir slått, også av andre
 *    elever" and "slått hjemme og i friminuttet" on the emergency route. An adult outside the family (a coach,
 *    a teacher) hitting a child still shows the card too: one message rarely makes the adult's tie to the child
 *    clear, and the card leads on to the meldeplikt helper, whose first question draws the line exactly.
 *
 * The patterns run on folded text (see fold: "slår", "slaar" and "slar" are one word). Folding also turns "oe"
 * into "o", so words that contain it are written to match both forms: "noe?n", "samboe?r", "coe?rced". The
 * patterns are word-bounded and tuned against everyday false friends: "voldsomt" (very), "Voldsløkka" and other names that merely
 * contain "vold", "det slår meg at" (it strikes me that), "slå sammen planer" (merge plans), "sparket fra
 * jobben" (fired), "rusmisbruk"/"misbruker alkohol"/"substance abuse" (substance use is a meldeplikt matter,
 * not this route), "befolkning", "hjerneslag" (stroke), "search hits".
 *
 * A missed emergency costs more than a false alarm (which only shows the emergency card first), so the word
 * lists lean wide; the false friends above are excluded one by one.
 */

// Particles that turn "slå" into another verb: slå sammen (merge), slå av (switch off), slå opp (look up) …
const NOT_HITTING = '(?!\\s+(?:sammen|av|opp|pa|seg|fast|inn|ut|til|ned|over|tilbake|igjen|gjennom|an|feil|ting|alarm|hull)\\b)';
// "banke på" is knocking on a door; "sparket fra jobben" / "sparket ut" is being fired or thrown out.
const NOT_KNOCKING = '(?!\\s+pa\\b)';
const NOT_FIRED = '(?!\\s+(?:fra|ut)\\b)';
const HIT_NB = `(?:(?:slar|slo|slatt)\\b${NOT_HITTING}|(?:banker|banket)\\b${NOT_KNOCKING}|(?:sparker|sparket)\\b${NOT_FIRED}|(?:denger|dengte|dengt|lugger|lugget|kveler|kvelte|kvelt|klyper|klop)\\b)`;
// "det slår meg at …" means "it strikes me that …".
const NOT_STRIKES_ME = '(?!\\s+meg\\s+(?:at|som|hvor|hvordan)\\b)';

/** Family and partners: violence by them is violence in close relationships. */
const FAMILY_NB =
  '(?:(?:ste|foster|bonus|bio)?(?:mor|mora|moren|mamma|mammaen|far|faren|fara|pappa|pappaen|foreldre\\w*|forelder\\w*)|stefar\\w*|stemor\\w*|kjaereste\\w*|samboe?r\\w*|ektefelle\\w*|onkel\\w*|tante\\w*|(?:store|lille|halv|ste)?(?:bror\\w*|brodre\\w*|soster\\w*|sosken\\w*)|bestefar\\w*|bestemor\\w*|besteforeldre\\w*)';
/** Other people who may hit a child, where nothing says who they are to the child. */
const OTHER_PERSON_NB = '(?:han|hun|voksne?|voksen\\w*|trener\\w*|laerer\\w*)';
const PERSON_NB = `(?:${FAMILY_NB}|${OTHER_PERSON_NB})`;
/** Words for the child (or a sibling) as the one something is done to. */
const CHILD_WORDS_NB =
  'barnet|barna|barn|ungen|ungene|ungdommen|gutten|jenta|jenten|sonnen|sonn|datteren|dattera|datter|henne|ham|meg|oss|dem|deg|eleven|elevene|sosken\\w*|broren|broret|brodrene|sosteren|sostera|lillebror\\w*|lillesoster\\w*|storebror\\w*|storesoster\\w*|babyen|spedbarnet';
const CHILD_OBJECT_NB = `(?:${CHILD_WORDS_NB}|han|hun)`;
// Who can be abused, as an object: without "han"/"hun", which follow a verb as its subject in a question
// ("misbruker han alkohol?"), and with "mindreårig".
const ABUSED_NB = `(?:${CHILD_WORDS_NB}|mindrearig\\w*)`;

// "-vold" compounds (familievold, nettvold) and "vold-" compounds (voldsutsatt, voldsoffer). Only known
// compounds: "Voldsløkka", "Rosvold" or "voldsomt" are names and an adverb, not violence. "skolevold" is not
// here on purpose: violence at school follows the safe-school routine.
const CLOSE_VOLD_PREFIX = '(?:familie|partner|kjaereste|foreldre|hjemme|naerrelasjons|relasjons|aeres|ekteskaps|samlivs|dating)';
const OTHER_VOLD_PREFIX = '(?:gruppe|nett|digital|psykisk|fysisk|barne|ungdoms|gjeng|kjonns|voksen|idretts)';
const VOLD_COMPOUND =
  's(?:utsatt|utov|offer|ofre|hendel|episod|bruk|handling|trusl|trussel|alarm|problem|risik|sak|saker|tilfell|erfaring|traum|spiral|kriminal|forbryt|mottak|ekspon|utfor|dom|skad|forhold|bilde|atferd|adferd|fantasi|trening)[a-z]*';
const VOLD_SUFFIX = `(?:en|ene|elig[a-z]*|${VOLD_COMPOUND})?`;
/** A word for (non-sexual) violence, used where it must sit next to a place or an agent. */
const VIOLENCE_WORD_NB = `(?:vold${VOLD_SUFFIX}|(?<!\\bdet\\s)${HIT_NB}|(?:kvalt|klypt)\\b|mishandl[a-z]*|juling[a-z]*)`;

/** 1. Sexual abuse, by anyone. Checked on the whole text. */
const SEXUAL_NB: RegExp[] = [
  // voldtekt, voldtatt, gruppevoldtekt, seksualvold, "seksuell vold".
  new RegExp(`\\b(?:${CLOSE_VOLD_PREFIX}|${OTHER_VOLD_PREFIX})?vold(?:tekt[a-z]*|ta[a-z]*|tok|tatt)\\b`),
  /\bseksualvold[a-z]*\b/,
  /\bseksuel(?:t|le|l)?\s+vold[a-z]*\b/,
  // misbruk: "gutten blir misbrukt", "han har blitt misbrukt seksuelt", "misbruk av barn", "misbrukte henne" –
  // not "misbruker alkohol", "opplysningene ble misbrukt" or "rusmisbruk" (a compound: no word boundary).
  new RegExp(`\\b(?:${CHILD_OBJECT_NB}|${PERSON_NB})\\s+(?:\\w+\\s+){0,2}(?:blir|ble|blitt|bli|er|var|vart)\\s+(?:\\w+\\s+)?(?:misbrukt|misbrukes)\\b`),
  /\bmisbrukt\s+seksuelt\b/,
  new RegExp(`\\bmisbruk(?:et|ene)?\\s+av\\s+(?:et\\s+|en\\s+|ei\\s+)?${ABUSED_NB}\\b`),
  new RegExp(`\\b(?:misbruker|misbrukte|misbrukt)\\s+${ABUSED_NB}\\b`),
  // befølt, befølte, beføler, beføling – and the everyday "tafse".
  /\bbefol(?:e|er|es|te|t|a|ing|inger|ingen|ingene)\b/,
  /\btafs(?:e|er|et|ing|inger|ingen)\b/,
  // tvunget/presset til sex, tvang henne til seksuelle handlinger, seksuell utpressing.
  /\b(?:tvunget|tvinger|tvinges|tvang|tvinge|presset|presser|presses|presse)\s+(?:\w+\s+){0,3}(?:sex|seksuel\w*|samleie\w*|sexhandling\w*)\b/,
  /\bsex\s+med\s+(?:et\s+|en\s+|ei\s+)?(?:barn\w*|mindrearig\w*|elev\w*|\d{1,2}\s*-?\s*aring\w*)\b/,
  /\bseksuel(?:t|le|l)?\s+(?:utpress\w*|handling\w*\s+med\s+(?:et\s+)?barn\w*)\b/,
  /\bsextortion\b/,
  // Naked pictures asked for, sent or shared ("sender henne nakenbilder", "delte nakenbilder av ham").
  /\bnakenbild\w*\b|\bnakne\s+bilder\b|\bseksuelle\s+bilder\b/,
  /\bovergrep[a-z]*\b/,
  // "forgriper seg på", "har forgrepet seg".
  /\bforgri(?:pe|per|pes|pet)\s+seg\b|\bforgrep(?:et)?\s+seg\b/,
  /\bovergriper[a-z]*\b/,
  /\bincest[a-z]*\b/,
  /\bgroom(?:ing|er|et|a|es|ed)?\b/,
  /\bseksuel(?:t|le|l)?\s+(?:misbruk[a-z]*|utnytt[a-z]*|krenk[a-z]*|beroring[a-z]*)\b/,
  /\bseksuelt\s+misbrukt\b/,
  // Touching, as staff write it when a child tells: "stefaren tar på henne", "onkelen har tatt på ham", "hun
  // blir tatt på av treneren", "rører ved tissen hennes". Wide on purpose: a person touching a child is said
  // this way far more often than with the words above, and a false alarm only puts the card first.
  new RegExp(`\\b${PERSON_NB}\\s+(?:har\\s+|hadde\\s+)?(?:\\w+\\s+)?(?:tar|tok|tatt|rorer|rorte|rort|beforer)\\s+(?:pa|ved)\\s+${ABUSED_NB}\\b`),
  // Whoever does it ("naboen tar på henne"): the child as the one touched. Not "meg"/"oss", which make "ta på
  // seg" (take on a task) when the speaker is the subject.
  /\b(?:tar|tok|tatt|rorer|rorte|rort|beforer)\s+(?:pa|ved)\s+(?:henne|ham|barnet|barna|jenta|jenten|jentene|gutten|guttene|eleven|elevene|ungen|ungene|datteren|dattera|sonnen|babyen|ungdommen)\b/,
  new RegExp(`\\b(?:${ABUSED_NB}|han|hun)\\s+(?:\\w+\\s+){0,2}(?:blir|ble|blitt|bli)\\s+(?:\\w+\\s+)?(?:tatt|rort|beforet)\\s+(?:pa|ved)\\b(?!\\s+(?:alvor|ordet|fersk)\\b)`),
  /\b(?:tar|tok|tatt|rorer|rorte|rort|tafser|tafset|kjenner|kjente)\s+(?:\w+\s+){0,2}(?:pa|ved|under)\s+(?:\w+\s+)?(?:tiss\w*|rumpa|rompa|rumpe\w*|bryst\w*|underliv\w*|kjonnsorgan\w*|skritt\w*|private\s+deler|kroppen\s+(?:hennes|hans|dens))\b/,
];

/** 2. Violence in close relationships. Checked on the whole text. */
const CLOSE_NB: RegExp[] = [
  // familievold, partnervolden, kjærestevold, æresvold, foreldrevoldsutsatt …
  new RegExp(`\\b${CLOSE_VOLD_PREFIX}vold${VOLD_SUFFIX}\\b`),
  // "vold i nære relasjoner", "mishandling i familien", "vold i hjemmet".
  /\b(?:vold|mishandl)[a-z]*\s+(?:\w+\s+){0,2}(?:i|innen|innenfor)\s+(?:naere?\s+relasjon\w*|familien|hjemmet|heimen|parforhold\w*|samliv\w*|ekteskap\w*)\b/,
  /\bnaerrelasjon\w*vold\w*\b/,
  // "blir slått hjemme", "vold hjemme", "mishandling hjemme" – and "hjemme blir hun slått".
  new RegExp(`\\b${VIOLENCE_WORD_NB}\\s+(?:\\w+\\s+){0,3}(?:hjemme|heime|i\\s+hjemmet|i\\s+heimen)\\b`),
  new RegExp(`\\b(?:hjemme|heime|i\\s+hjemmet)\\s+(?:\\w+\\s+){0,3}(?:blir|ble|er|var|blitt)\\s+(?:\\w+\\s+)?${VIOLENCE_WORD_NB}`),
  // "pappa slår", "mor har slått", "stefaren ofte slår", "far truer og slår".
  new RegExp(`\\b${FAMILY_NB}\\s+(?:har\\s+|hadde\\s+)?(?:\\w+\\s+){0,2}${HIT_NB}${NOT_STRIKES_ME}`),
  // "har sett far slå mor": the infinitive, between two family members (a child who sees it is exposed too).
  new RegExp(`\\b${FAMILY_NB}\\s+sla\\s+(?:${FAMILY_NB}|${CHILD_OBJECT_NB})\\b`),
  // "merker etter slag" – marks the child shows, whoever made them.
  /\bmerker\s+etter\s+(?:slag|vold|juling|kvelning)\w*\b/,
  // "ble banket opp av stefar", "blir slått av faren sin", "ble mishandlet av sin egen mor", "slått av andre
  // elever og av faren".
  new RegExp(
    `\\b(?:blir|ble|blitt|bli)\\s+(?:\\w+\\s+)?(?:slatt|banket|sparket|dengt|lugget|kvalt|mishandlet)\\s+(?:\\w+\\s+){0,6}?av\\s+(?:\\w+\\s+){0,2}?${FAMILY_NB}\\b`,
  ),
  // "blåmerker … og sier at mor …": bruises with a family member in the same sentence.
  new RegExp(`\\b(?:blamerke|brannmerke|merker\\s+etter)\\w*\\b(?:\\s+\\S+){0,12}?\\s+${FAMILY_NB}\\b`),
  // A child afraid of a parent or of going home: the agent is rarely said outright, so the card errs wide.
  new RegExp(`\\b(?:redd|livredd|skremt|engstelig)\\s+for\\s+(?:a\\s+(?:ga|dra|komme|reise)\\s+hjem\\b|(?:sin\\s+|sine\\s+)?${FAMILY_NB}\\b)`),
  // What a child tells without the word violence: "pappa gjør ham vondt", "mamma kaster ting på henne",
  // "stefar låser ham inne", "mor rister babyen". Not "det gjør meg vondt" (it pains me).
  new RegExp(`(?<!\\bdet\\s)\\bgjor\\s+(?:${CHILD_OBJECT_NB})\\s+(?:\\w+\\s+)?vondt\\b`),
  new RegExp(`\\bkast(?:er|et|a|te)\\s+(?:\\w+\\s+){0,2}(?:pa|etter)\\s+(?:${CHILD_OBJECT_NB})\\b`),
  new RegExp(`\\b(?:laser|laste|last)\\s+(?:${CHILD_OBJECT_NB})\\s+inne\\b`),
  /\b(?:rister|ristet|rista|ristes)\s+(?:babyen|spedbarnet|barnet|ham|henne|gutten|jenta)\b/,
  // A family member or partner who threatens the child: "kjæresten kontrollerer og truer henne".
  new RegExp(`\\b${FAMILY_NB}\\s+(?:\\w+\\s+){0,3}(?:truer|truet|trua|true)\\s+(?:${CHILD_OBJECT_NB})\\b`),
  /\bkjonnslemlest[a-z]*\b/,
  /\btvangs(?:ekteskap|gift)[a-z]*\b/,
];

/** 3. Other violence, agent unknown or not family. Checked after peer-at-school phrases are cut out. */
const OTHER_VIOLENCE_NB: RegExp[] = [
  // vold, volden, voldelig, voldsutsatt, gruppevold, nettvold.
  new RegExp(`\\b${OTHER_VOLD_PREFIX}?vold${VOLD_SUFFIX}\\b`),
  /\bmishandl[a-z]*\b/,
  /\bjuling[a-z]*\b/,
  // Threats to kill or hurt: "truet med å drepe mor", "truer med å slå henne".
  // Not a threat to oneself ("truer med å skade seg selv", "ta livet sitt"): that is a worry for the levels, not this route.
  /\btru(?:er|et|a|ende|sler|selen)\s+(?:\w+\s+){0,3}(?:med\s+)?(?:a\s+)?(?:drepe|sla|skade|ta\s+livet|knivstikke|kvele)\b(?!\s+(?:seg|meg|deg|oss)\s+selv\b|\s+sitt\b)/,
  // Bruises or injuries a child has, whoever caused them: staff rarely know, and the source's first step for a
  // suspicion of violence is the same. Peer violence named beside them is cut out before this check.
  /\b(?:blamerke\w*|brannmerke\w*|brannsar\w*|uforklarlige?\s+(?:skader?|merker|brudd)|merker\s+(?:pa|rundt)\s+(?:halsen|armene|kroppen|ryggen))\b/,
  // "blir slått", "ble banket", "har blitt sparket".
  new RegExp(
    `\\b(?:blir|ble|blitt|bli)\\s+(?:\\w+\\s+)?(?:slatt\\b${NOT_HITTING}|banket\\b${NOT_KNOCKING}|sparket\\b${NOT_FIRED}|(?:dengt|lugget|kvalt|klypt|mishandlet)\\b)`,
  ),
  // "ble slått av noen", "blir slått av en voksen", "av en venn av familien" – "av" names who did it, so "lyset
  // ble slått av" does not count. Peers ("av andre elever", "av en klassekamerat") are not here: they belong to
  // the safe-school routine.
  new RegExp(
    `\\b(?:blir|ble|blitt|bli)\\s+(?:\\w+\\s+)?(?:slatt|banket|sparket|dengt|lugget)\\s+(?:\\w+\\s+)?av\\s+(?:de\\s+|den\\s+|en\\s+|ei\\s+|et\\s+|noe?n\\s+)?(?:${PERSON_NB}|noe?n|ham|henne|dem|ungdom\\w*|(?:venn|venninne|bekjent)\\w*\\s+(?:av|til)\\s+\\w+)\\b`,
  ),
  // "han slår", "treneren slo", "en voksen har slått" – the subject is a person, and "slå" is not a phrasal verb.
  new RegExp(`\\b${PERSON_NB}\\s+(?:har\\s+|hadde\\s+)?(?:\\w+\\s+)?${HIT_NB}${NOT_STRIKES_ME}`),
  // "slår barnet", "slo henne" – but "det slår meg at …" means "it strikes me that …".
  // "når slår han seg ned" (settles down) is not hitting either.
  new RegExp(`(?<!\\bdet\\s)\\b${HIT_NB}\\s+(?:\\w+\\s+)?${CHILD_OBJECT_NB}\\b(?!\\s+(?:at|som|hvor|hvordan|seg|sammen|av|opp|fast|ut)\\b)`),
];

// Peers at school or in kindergarten, as the agent of the violence. "en venn av familien" (a family friend) is an
// adult, not a peer.
const PEER_NB =
  '(?:(?:(?:andre|eldre|storre|yngre)\\s+)?(?:med)?elev(?:en|er|ene)?|(?:klasse|skole)kamerat(?:en|er|ene)?|venn(?:en|er|ene|inne|innen|inner|innene)?|kompis(?:en|er|ene)?|andre\\s+(?:barn|barna|unger|ungene|gutter|guttene|jenter|jentene|ungdommer|ungdommene)|(?:barn|barna|unger|ungene|gutter|guttene|gutt|gutten|jenter|jentene|jente|jenta)\\s+(?:i|fra|pa)\\s+(?:klassen|parallellklassen|trinnet|skolen|barnehagen|avdelingen))\\b(?!\\s+(?:av|til)\\s)';
const AGENT_DET_NB = '(?:(?:de|den|en|ei|et|noe?n|flere|to|tre|fire|et\\s+par|en\\s+gjeng|en\\s+gruppe|ei\\s+gruppe)\\s+)?';
const SCHOOL_PLACE_NB =
  '(?:friminutt\\w*|storefri\\w*|langfri\\w*|skolegard\\w*|skolen|skoleveien|skolebussen|skoletur\\w*|gymtime\\w*|gymmen|garderoben|klasserommet|timen|barnehagen|sfo|aks)';
// Words that may sit between the violence and its agent or place: "slått ned av", "sparket hardt i", "slått og
// dyttet av".
const BETWEEN_NB =
  '(?:(?:ned|opp|hardt|ofte|stadig|daglig|igjen|ogsa|gjentatte\\s+ganger|flere\\s+ganger|hver\\s+dag|i\\s+dag|i\\s+gar|og\\s+\\w+e?t)\\s+){0,2}';
const PEER_VIOLENCE_WORD_NB = '(?:vold(?:en|ene|elig[a-z]*|shendel\\w*|sepisod\\w*)?|slatt|slar|slo|banket|banker|sparket|sparker|dengt|denger|dengte|lugget|lugger|kvalt|kveler|kvelte|klypt|klyper|mishandl[a-z]*|juling[a-z]*|slagsmal\\w*|slassing\\w*)';
const HIT_ACTIVE_NB = '(?:slar|slo|banker|banket|sparker|sparket|denger|dengte|lugger|lugget|kveler|kvelte|klyper|klop|mishandler|mishandlet|angriper|angrep)';

/** Phrases that place violence among peers at school or in kindergarten; cut out before check 3. */
const PEER_SCHOOL_NB: RegExp[] = [
  // "slått av andre elever", "ble sparket av en klassekamerat", "mishandlet av noen gutter i klassen".
  new RegExp(`\\b${PEER_VIOLENCE_WORD_NB}\\s+${BETWEEN_NB}av\\s+${AGENT_DET_NB}${PEER_NB}`, 'g'),
  // "andre elever slår ham", "en klassekamerat sparket henne", "medelever har banket ham opp" – never a passive:
  // in "eleven blir slått" the pupil is the one hit, and that stays.
  new RegExp(
    `\\b${AGENT_DET_NB}${PEER_NB}\\s+(?:har\\s+|hadde\\s+)?(?:(?!(?:blir|ble|blitt|bli|er|var)\\b)\\w+\\s+)?${HIT_ACTIVE_NB}\\b`,
    'g',
  ),
  // "slått i friminuttet", "vold på skolen", "sparket hardt i garderoben".
  new RegExp(`\\b${PEER_VIOLENCE_WORD_NB}\\s+${BETWEEN_NB}(?:ute\\s+)?(?:i|pa|under)\\s+${SCHOOL_PLACE_NB}\\b`, 'g'),
  // "vold mellom elever", "slåssing blant guttene i klassen".
  /\b(?:vold|voldshendel\w*|voldsepisod\w*|slagsmal\w*|slassing\w*)\s+(?:mellom|blant)\s+(?:\w+\s+)?(?:elev\w*|medelev\w*|barn\w*|unger\w*|ungdom\w*|gutt\w*|jent\w*|klassekamerat\w*)\b/g,
];

const HIT_EN = '(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|kicks|kicked|kicking|punches|punched|punching|chokes|choked|choking|strangles|strangled)';
const FAMILY_EN =
  '(?:father|mother|dad|daddy|mum|mom|mummy|mommy|parents?|stepfather|stepmother|stepdad|stepmom|stepmum|foster\\s+(?:father|mother|parents?)|boyfriend|girlfriend|uncle|aunt|brother|sister|grandfather|grandmother|grandpa|grandma)';
const PERSON_EN = `(?:${FAMILY_EN}|he|she|coach|teacher)`;
const CHILD_OBJECT_EN = '(?:me|him|her|them|us|(?:the|a|his|her|their|my|our)\\s+(?:child|children|kid|kids|boy|girl|son|daughter|baby|pupil|student|brother|sister))';

const SEXUAL_EN: RegExp[] = [
  /\bsexual(?:ly)?\s+(?:abus[a-z]*|assault[a-z]*|exploit[a-z]*|harm[a-z]*|touch[a-z]*|extort[a-z]*|violence)\b/,
  /\brap(?:e|ed|es|ing|ist)\b/,
  /\bmolest[a-z]*\b/,
  /\b(?:groped|gropes|groping|fondl(?:e|ed|es|ing))\b/,
  /\btouch(?:ed|es|ing)?\s+(?:\w+\s+){0,2}inappropriately\b|\binappropriate(?:ly)?\s+touch[a-z]*\b/,
  new RegExp(`\\b${PERSON_EN}\\s+(?:\\w+\\s+)?(?:touch|touches|touched|touching)\\s+${CHILD_OBJECT_EN}\\b`),
  /\btouch(?:ed|es|ing)?\s+(?:\w+\s+){0,2}(?:private\s+parts|genitals|breasts|bottom|crotch)\b/,
  /\b(?:forced|forces|forcing|force|pressured|pressures|pressuring|coe?rced)\s+(?:\w+\s+){0,3}(?:sex|sexual[a-z]*|intercourse)\b/,
  /\bsex\s+with\s+(?:a\s+)?(?:child|children|minor|minors|kid|pupil|student|\d{1,2}\s*-?\s*year\s*-?\s*old)\b/,
];

const CLOSE_EN: RegExp[] = [
  /\bdomestic\s+(?:violence|abuse)\b/,
  /\b(?:family|intimate\s+partner|partner|honou?r(?:\s*-?\s*based)?|dating)\s+violence\b/,
  /\b(?:violence|abuse)\s+(?:at|in\s+the)\s+home\b/,
  new RegExp(`\\b(?:hit|beaten|slapped|kicked|punched|choked|strangled|abused|maltreated)\\s+(?:\\w+\\s+){0,2}at\\s+home\\b`),
  new RegExp(`\\b${FAMILY_EN}\\s+(?:\\w+\\s+)?${HIT_EN}\\b`),
  new RegExp(`\\b(?:hit|beaten|slapped|kicked|punched|choked|strangled|abused|maltreated)\\s+(?:\\w+\\s+)?by\\s+(?:(?:his|her|their|the|a|my|an)\\s+)?(?:own\\s+)?${FAMILY_EN}\\b`),
  // Bruises with a family member named in the same sentence: the agent is rarely said outright.
  new RegExp(`\\b(?:bruis(?:e|es|ed|ing)|welts?|burn\\s+marks?)\\b(?:\\s+\\S+){0,12}?\\s+(?:his|her|their|the)\\s+(?:own\\s+)?${FAMILY_EN}\\b`),
  new RegExp(`\\b(?:afraid|scared|terrified)\\s+(?:of\\s+(?:his|her|their|the)\\s+(?:own\\s+)?${FAMILY_EN}|to\\s+go\\s+home)\\b`),
  /\bfgm\b|\bgenital mutilation\b/,
  /\bforced marriage\b/,
];

const OTHER_VIOLENCE_EN: RegExp[] = [
  /(?<!\b(?:substance|drug|drugs|alcohol|solvent|rus)\s)\babus(?:e|ed|es|ing|er|ers|ive)\b/,
  /\bviolen(?:ce|t)\b/,
  /\b(?:bruis(?:e|es|ed|ing)|unexplained\s+(?:injur(?:y|ies)|marks|fractures?))\b/,
  /\bassault(?:ed|s|ing)?\b/,
  /\b(?:mis|mal)treat(?:ed|s|ing|ment)\b/,
  new RegExp(`\\b(?:is|was|gets|got|been|being|be)\\s+(?:\\w+\\s+)?(?:hit|beaten|slapped|kicked|punched|choked|strangled)\\b`),
  new RegExp(`\\b${PERSON_EN}\\s+(?:\\w+\\s+)?${HIT_EN}\\b`),
  new RegExp(`\\b${HIT_EN}\\s+${CHILD_OBJECT_EN}\\b`),
];

const PEER_EN = '(?:(?:other|some|two|three|older|bigger|the\\s+other)\\s+)*(?:pupils?|students?|classmates?|schoolmates?|peers?)|(?:other|older)\\s+(?:children|kids|boys|girls)|(?:a|his|her|their)\\s+(?:classmates?|schoolmates?)';
const PEER_VIOLENCE_WORD_EN = '(?:hit|beaten|slapped|kicked|punched|attacked|assaulted|hurt|violence|violent|fights?|fighting)';
const PEER_SCHOOL_EN: RegExp[] = [
  new RegExp(`\\b${PEER_VIOLENCE_WORD_EN}\\s+(?:(?:up|again|often|repeatedly|badly)\\s+)?by\\s+(?:a\\s+|an\\s+|the\\s+)?(?:${PEER_EN})\\b`, 'g'),
  // "classmates hit him" – not "the pupil is hit", where the pupil is the one hit.
  new RegExp(`\\b(?:${PEER_EN})\\s+(?:(?!(?:is|was|are|were|gets|got|get|been|being|be)\\b)\\w+\\s+)?${HIT_EN}\\b`, 'g'),
  new RegExp(`\\b${PEER_VIOLENCE_WORD_EN}\\s+(?:(?:up|again|often|repeatedly|badly)\\s+)?(?:at|in|during)\\s+(?:school|recess|break(?:\\s*time)?|the\\s+(?:playground|schoolyard|school\\s*yard|changing\\s+room|classroom))\\b`, 'g'),
  /\bschool\s+violence\b/g,
  /\bviolence\s+(?:between|among)\s+(?:\w+\s+)?(?:pupils|students|children|kids|peers|classmates)\b/g,
];

const ALWAYS: RegExp[] = [...SEXUAL_NB, ...CLOSE_NB, ...SEXUAL_EN, ...CLOSE_EN];
const OTHER_VIOLENCE: RegExp[] = [...OTHER_VIOLENCE_NB, ...OTHER_VIOLENCE_EN];
const PEER_SCHOOL: RegExp[] = [...PEER_SCHOOL_NB, ...PEER_SCHOOL_EN];

/** The folded text with every peer-at-school violence phrase replaced by a break no pattern can span. */
function withoutPeerViolence(folded: string): string {
  return PEER_SCHOOL.reduce((text, pattern) => text.replace(pattern, ' ; '), folded);
}

/**
 * True when the text speaks of sexual abuse (by anyone), of violence in close relationships, or of violence
 * that it does not place among peers at school or in kindergarten (nb or en).
 */
export function detectEmergency(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const folded = fold(text).replace(/\s+/g, ' ');
  if (ALWAYS.some((p) => p.test(folded))) return true;
  const rest = withoutPeerViolence(folded);
  return OTHER_VIOLENCE.some((p) => p.test(rest));
}
