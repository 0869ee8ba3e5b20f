"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectLanguage = detectLanguage;
exports.parseLanguageCommand = parseLanguageCommand;
/**
 * Words that are Norwegian and not English (no "i", "for", "en", "to", "men", "de": they are words in both or
 * easily mistaken). The bot's own Norwegian commands are here too, since they are what people type most.
 */
const NB_WORDS = new Set(`og ikke jeg du vi dere hun han det den dette disse er var har hadde hva hvem hvor hvordan hvorfor hvilken hvilke når
  skal kan må vil bør burde kunne skulle ville på med som til av om fra etter eller også noe noen ingen alle meg deg oss
  seg min mitt mine vår våre hei takk ja nei jo bare litt mye mer flere enn ble blir være gjøre får går kommer trenger
  barn barnet barna møte møtet nytt ny nye sak saken saker hjelp hjelpe meldeplikt referat referatet verktøy koordinere
  koordinator bekymring innkalling språk norsk engelsk bokmål avklaring avklaringsmøte ansvarsgruppe samarbeidsmøte
  foresatte foreldre tiltak plan planen tjeneste tjenester lærer skole barnehage helsesykepleier barnevern trinn nivå
  avlys endre slett lukk vis liste oversikt`.split(/\s+/));
/** Words that are English and not Norwegian ("i" is Norwegian for "in"; "to", "for", "men" are both). */
const EN_WORDS = new Set(`the and is are was were what who how why when where which can could should would will shall not don't does do did
  have has had this that these those with of in on at my me we you they it its our your their there about from need needs
  please thanks thank hello hi yes help new meeting meetings minutes report duty coordinate coordinator coordinates
  language english norwegian child children parents school teacher tools tool case cases list show cancel edit delete
  close plan level step welfare concern worried`.split(/\s+/));
const WORD = /[\p{L}']+/gu;
/**
 * 'nb' or 'en' when the text is clearly in that language, else undefined. One cue word is enough when the
 * other language has none ("hjelp", "new meeting"); with cues for both, one side must have at least twice as
 * many, and two or more.
 */
function detectLanguage(text) {
    const words = (text.replace(/<at>[^<]*<\/at>/gi, ' ').toLowerCase().match(WORD) ?? []).slice(0, 200);
    let nb = 0;
    let en = 0;
    for (const w of words) {
        if (NB_WORDS.has(w) || /[æøå]/.test(w))
            nb++;
        else if (EN_WORDS.has(w))
            en++;
    }
    if (nb > 0 && en === 0)
        return 'nb';
    if (en > 0 && nb === 0)
        return 'en';
    if (nb >= 2 && nb >= 2 * en)
        return 'nb';
    if (en >= 2 && en >= 2 * nb)
        return 'en';
    return undefined;
}
const COMMAND_WORD = /^(?:språk|sprak|spraak|language|lang)$/;
const NB_VALUES = new Set(['norsk', 'bokmål', 'bokmal', 'nb', 'no', 'nob', 'nn', 'nynorsk', 'norwegian', 'nb-no', 'norsk-bokmål']);
const EN_VALUES = new Set(['engelsk', 'english', 'en', 'eng', 'en-us', 'en-gb']);
const FORGET_VALUES = new Set(['auto', 'automatisk', 'automatic', 'automatically', 'reset', 'glem', 'forget', 'standard', 'default']);
/** Language names people may ask for that the bot does not speak (Norwegian names end in -sk, English in -ish …). */
const OTHER_LANGUAGES = /^(?:\p{L}+sk|\p{L}+ish|\p{L}+ese|german|arabic|somali|tigrinya|dari|pashto|ukrainian|russian|tyrkisk|de|sv|da|fr|es|pl|ar)$/u;
/** Filler words allowed around the value: "bytt språk til engelsk", "set language to English", "språk: norsk". */
const FILLER = new Set(['bytt', 'endre', 'sett', 'velg', 'til', 'på', 'pa', 'change', 'set', 'switch', 'choose', 'use', 'to', 'my', 'mitt', 'the', 'please', 'takk', 'is', 'er']);
/**
 * The command, when the message is one: it must name `språk`/`language` and contain nothing but filler and at
 * most one value, so an ordinary sentence that mentions a language ("barnet snakker engelsk") is never taken
 * for it.
 */
function parseLanguageCommand(text) {
    const words = text
        .replace(/<at>[^<]*<\/at>/gi, ' ')
        .toLowerCase()
        .replace(/[.!?:;,«»"()]/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    if (words.length === 0 || words.length > 6 || !words.some((w) => COMMAND_WORD.test(w)))
        return undefined;
    const values = words.filter((w) => !COMMAND_WORD.test(w) && !FILLER.has(w));
    if (values.length === 0)
        return { kind: 'usage' };
    if (values.length > 1)
        return undefined;
    const v = values[0];
    if (NB_VALUES.has(v))
        return { kind: 'choose', language: 'nb' };
    if (EN_VALUES.has(v))
        return { kind: 'choose', language: 'en' };
    if (FORGET_VALUES.has(v))
        return { kind: 'forget' };
    // "språk tysk" asks for a language we do not have: say which we do. "language barrier" is a sentence.
    return OTHER_LANGUAGES.test(v) ? { kind: 'usage' } : undefined;
}
//# sourceMappingURL=language.js.map