import { fold } from './text';

/**
 * Does a message speak of violence or sexual abuse against a child? Then the bot must put the emergency
 * route (act the same day, police/child welfare, do not tell the parents) before anything else.
 *
 * The patterns run on folded text (see fold: "slår", "slaar" and "slar" are one word). They are word-bounded
 * and tuned against everyday false friends: "voldsomt" (very), "Voldsløkka" and other names that merely
 * contain "vold", "det slår meg at" (it strikes me that), "slå sammen planer" (merge plans),
 * "rusmisbruk"/"misbruker alkohol"/"substance abuse" (substance use is a meldeplikt matter, not this route),
 * "befolkning", "hjerneslag" (stroke), "search hits".
 *
 * A miss here costs more than a false alarm (the false alarm only shows the emergency card first), so the
 * word lists lean wide; the false friends above are excluded one by one.
 */

// Particles that turn "slå" into another verb: slå sammen (merge), slå av (switch off), slå opp (look up) …
const NOT_HITTING = '(?!\\s+(?:sammen|av|opp|pa|seg|fast|inn|ut|til|ned|over|tilbake|igjen|gjennom|an|feil|ting|alarm|hull)\\b)';
// "banke på" is knocking on a door.
const HIT_NB = `(?:(?:slar|slo|slatt)\\b${NOT_HITTING}|(?:banker|banket)\\b(?!\\s+pa\\b)|(?:denger|dengte|dengt|sparker|sparket|lugger|lugget|kveler|kvelte|klyper|klop)\\b)`;
const PERSON_SUBJECT_NB =
  '(?:mor|mora|moren|mamma|mammaen|far|faren|fara|pappa|pappaen|foreldre\\w*|forelder\\w*|stefar\\w*|stemor\\w*|kjaereste\\w*|samboer\\w*|ektefelle\\w*|han|hun|voksne?|voksen\\w*|onkel\\w*|tante\\w*|bror\\w*|brodre\\w*|soster\\w*|sosken\\w*|bestefar\\w*|bestemor\\w*|besteforeldre\\w*|trener\\w*|laerer\\w*)';
const CHILD_OBJECT_NB =
  '(?:barnet|barna|barn|ungen|ungene|ungdommen|gutten|jenta|jenten|sonnen|sonn|datteren|dattera|datter|henne|ham|han|hun|meg|oss|dem|deg|eleven|elevene|sosken\\w*|broren|broret|brodrene|sosteren|sostera|lillebror\\w*|lillesoster\\w*|storebror\\w*|storesoster\\w*|babyen|spedbarnet)';
// Words that form "-vold" compounds (familievold, nettvold) and "vold-" compounds (voldsutsatt, voldsoffer).
const VOLD_PREFIX =
  '(?:familie|partner|kjaereste|gruppe|nett|digital|seksual|psykisk|fysisk|barne|foreldre|hjemme|ungdoms|gjeng|naerrelasjons|relasjons|aeres|kjonns|dating|voksen|skole|idretts|ekteskaps|samlivs)?';
const VOLD_COMPOUND =
  's(?:utsatt|utov|offer|ofre|hendel|episod|bruk|handling|trusl|trussel|alarm|problem|risik|sak|saker|tilfell|erfaring|traum|spiral|kriminal|forbryt|mottak|ekspon|utfor|dom|skad|forhold|bilde|atferd|adferd|fantasi|trening)[a-z]*';
// Who can be abused, as an object: CHILD_OBJECT_NB without "han"/"hun", which follow a verb as its subject in
// a question ("misbruker han alkohol?").
const ABUSED_NB =
  '(?:barnet|barna|barn|ungen|ungene|ungdommen|gutten|jenta|jenten|sonnen|sonn|datteren|dattera|datter|henne|ham|meg|oss|dem|deg|eleven|elevene|sosken\\w*|broren|broret|brodrene|sosteren|sostera|lillebror\\w*|lillesoster\\w*|storebror\\w*|storesoster\\w*|babyen|spedbarnet|mindrearig\\w*)';
const PATTERNS_NB: RegExp[] = [
  // vold, volden, voldelig, voldsutsatt, familievold, partnervolden, voldtekt, voldtatt. Only known compounds:
  // "Voldsløkka", "Rosvold" or "voldsomt" are names and an adverb, not violence.
  new RegExp(`\\b${VOLD_PREFIX}vold(?:en|ene|elig[a-z]*|${VOLD_COMPOUND}|tekt[a-z]*|ta[a-z]*|tatt)?\\b`),
  // misbruk: "gutten blir misbrukt", "han har blitt misbrukt seksuelt", "misbruk av barn", "misbrukte henne" –
  // not "misbruker alkohol", "opplysningene ble misbrukt" or "rusmisbruk" (a compound: no word boundary).
  new RegExp(`\\b(?:${CHILD_OBJECT_NB}|${PERSON_SUBJECT_NB})\\s+(?:\\w+\\s+){0,2}(?:blir|ble|blitt|bli|er|var|vart)\\s+(?:\\w+\\s+)?(?:misbrukt|misbrukes)\\b`),
  /\bmisbrukt\s+seksuelt\b/,
  new RegExp(`\\bmisbruk(?:et|ene)?\\s+av\\s+(?:et\\s+|en\\s+|ei\\s+)?${ABUSED_NB}\\b`),
  new RegExp(`\\b(?:misbruker|misbrukte|misbrukt)\\s+${ABUSED_NB}\\b`),
  // befølt, befølte, beføler, beføling – and the everyday "tafse".
  /\bbefol(?:e|er|es|te|t|ing|inger|ingen|ingene)\b/,
  /\btafs(?:e|er|et|ing|inger|ingen)\b/,
  // tvunget/presset til sex, tvang henne til seksuelle handlinger, seksuell utpressing.
  /\b(?:tvunget|tvinger|tvinges|tvang|tvinge|presset|presser|presses|presse)\s+(?:\w+\s+){0,3}(?:sex|seksuel\w*|samleie\w*|sexhandling\w*)\b/,
  /\bsex\s+med\s+(?:et\s+|en\s+|ei\s+)?(?:barn\w*|mindrearig\w*|elev\w*|\d{1,2}\s*-?\s*aring\w*)\b/,
  /\bseksuel(?:t|le|l)?\s+(?:utpress\w*|handling\w*\s+med\s+(?:et\s+)?barn\w*)\b/,
  /\bsextortion\b/,
  /\bovergrep[a-z]*\b/,
  /\bovergriper[a-z]*\b/,
  /\bmishandl[a-z]*\b/,
  /\bincest[a-z]*\b/,
  /\bgroom(?:ing|er|et|a|es|ed)?\b/,
  /\bjuling[a-z]*\b/,
  /\bkjonnslemlest[a-z]*\b/,
  /\btvangs(?:ekteskap|gift)[a-z]*\b/,
  /\bseksuel(?:t|le|l)?\s+(?:misbruk[a-z]*|utnytt[a-z]*|krenk[a-z]*|beroring[a-z]*)\b/,
  /\bseksuelt\s+misbrukt\b/,
  // "blir slått", "ble banket", "har blitt sparket"
  new RegExp(`\\b(?:blir|ble|blitt|bli)\\s+(?:\\w+\\s+)?(?:slatt\\b${NOT_HITTING}|(?:banket|dengt|sparket|lugget|kvalt|klypt|mishandlet)\\b)`),
  // "blir slått av andre elever", "ble banket av faren" – "av" names who did it; "lyset ble slått av" does not.
  new RegExp(
    `\\b(?:blir|ble|blitt|bli)\\s+(?:\\w+\\s+)?(?:slatt|banket|sparket|dengt|lugget)\\s+(?:\\w+\\s+)?av\\s+(?:de\\s+|den\\s+|en\\s+|ei\\s+|et\\s+|noen\\s+)?(?:${PERSON_SUBJECT_NB}|andre|noen|ham|henne|dem|elev\\w*|medelev\\w*|gutt\\w*|jent\\w*|venn\\w*|klassekamerat\\w*|ungdom\\w*|storebror\\w*|storesoster\\w*)\\b`,
  ),
  // "pappa slår", "mor har slått", "han ofte slår" – the subject is a person, and "slå" is not a phrasal verb.
  new RegExp(`\\b${PERSON_SUBJECT_NB}\\s+(?:har\\s+|hadde\\s+)?(?:\\w+\\s+)?${HIT_NB}(?!\\s+meg\\s+(?:at|som|hvor|hvordan)\\b)`),
  // "slår barnet", "slo henne" – but "det slår meg at …" means "it strikes me that …".
  // "når slår han seg ned" (settles down) is not hitting either.
  new RegExp(`\\b${HIT_NB}\\s+(?:\\w+\\s+)?${CHILD_OBJECT_NB}\\b(?!\\s+(?:at|som|hvor|hvordan|seg|sammen|av|opp|fast|ut)\\b)`),
];

const HIT_EN = '(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|kicks|kicked|kicking|punches|punched|punching|chokes|choked|choking|strangles|strangled)';
const PERSON_SUBJECT_EN = '(?:father|mother|dad|daddy|mum|mom|mummy|mommy|parents?|stepfather|stepmother|stepdad|stepmom|stepmum|boyfriend|girlfriend|uncle|aunt|brother|sister|grandfather|grandmother|he|she|coach|teacher)';
const CHILD_OBJECT_EN = '(?:me|him|her|them|us|(?:the|a|his|her|their|my|our)\\s+(?:child|children|kid|kids|boy|girl|son|daughter|baby|pupil|student|brother|sister))';

const PATTERNS_EN: RegExp[] = [
  /(?<!\b(?:substance|drug|drugs|alcohol|solvent|rus)\s)\babus(?:e|ed|es|ing|er|ers|ive)\b/,
  /\bviolen(?:ce|t)\b/,
  /\bassault(?:ed|s|ing)?\b/,
  /\brap(?:e|ed|es|ing|ist)\b/,
  /\bmolest[a-z]*\b/,
  /\bsexual(?:ly)?\s+(?:exploit[a-z]*|harm[a-z]*|touch[a-z]*|extort[a-z]*)\b/,
  /\b(?:mis|mal)treat(?:ed|s|ing|ment)\b/,
  /\b(?:groped|gropes|groping|fondl(?:e|ed|es|ing))\b/,
  /\btouch(?:ed|es|ing)?\s+(?:\w+\s+){0,2}inappropriately\b|\binappropriate(?:ly)?\s+touch[a-z]*\b/,
  /\b(?:forced|forces|forcing|force|pressured|pressures|pressuring|coerced)\s+(?:\w+\s+){0,3}(?:sex|sexual[a-z]*|intercourse)\b/,
  /\bsex\s+with\s+(?:a\s+)?(?:child|children|minor|minors|kid|pupil|student|\d{1,2}\s*-?\s*year\s*-?\s*old)\b/,
  /\bfgm\b|\bgenital mutilation\b/,
  /\bforced marriage\b/,
  new RegExp(`\\b(?:is|was|gets|got|been|being|be)\\s+(?:\\w+\\s+)?(?:hit|beaten|slapped|kicked|punched|choked|strangled)\\b`),
  new RegExp(`\\b${PERSON_SUBJECT_EN}\\s+(?:\\w+\\s+)?${HIT_EN}\\b`),
  new RegExp(`\\b${HIT_EN}\\s+${CHILD_OBJECT_EN}\\b`),
];

/** True when the text speaks of violence, abuse, sexual assault, incest or grooming (nb or en). */
export function detectEmergency(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const folded = fold(text).replace(/\s+/g, ' ');
  return PATTERNS_NB.some((p) => p.test(folded)) || PATTERNS_EN.some((p) => p.test(folded));
}
