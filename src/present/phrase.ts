import { t, type Locale, type TextKey } from '../i18n';
import type { Text } from '../content/profiles/vocabulary';
import { advise, isPhrase, type Advice, type AdviceInput, type Phrase, type PhraseKey, type PhraseValue } from '../domain/avklaring';

/**
 * The avklaring rules' phrases in words: `avklaring.<phrase>` from src/i18n with its values filled in, the
 * municipality's own words as they are. The rules (src/domain/avklaring) return codes; this is where they
 * become the texts a card, the CLI or a test reads.
 */

// Every phrase of the rules has a text: a code without one fails to compile here.
const EVERY_PHRASE_HAS_A_TEXT: `avklaring.${PhraseKey}` extends TextKey ? true : never = true;
void EVERY_PHRASE_HAS_A_TEXT;

/** Keeps abbreviations such as IP intact while fitting a plan name into a sentence. */
function lowerFirst(s: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function valueIn(value: PhraseValue, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isPhrase(value)) return say(value, locale);
  if ('midSentence' in value) return lowerFirst(saidIn(value.midSentence, locale));
  if ('list' in value) return value.list.map((v) => valueIn(v, locale)).join(', ');
  return value[locale];
}

/** One phrase in one language. */
export function say(p: Phrase, locale: Locale): string {
  const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([name, value]) => [name, valueIn(value, locale)]));
  return t(locale, `avklaring.${p.phrase}`, params);
}

/** A phrase of the rules or the municipality's words, in one language. */
export function saidIn(said: Text | Phrase, locale: Locale): string {
  return isPhrase(said) ? say(said, locale) : said[locale];
}

/** A phrase in both languages, as the municipality's own texts come. */
export function sayBoth(p: Phrase): Text {
  return { nb: say(p, 'nb'), en: say(p, 'en') };
}

/** A result of the rules with every phrase in it worded in both languages. */
export type Worded<T> = T extends Phrase
  ? Text
  : T extends readonly (infer U)[]
    ? Worded<U>[]
    : T extends object
      ? { [K in keyof T]: Worded<T[K]> }
      : T;

export function inWords<T>(value: T): Worded<T> {
  if (isPhrase(value)) return sayBoth(value) as Worded<T>;
  if (Array.isArray(value)) return value.map((v: unknown) => inWords(v)) as Worded<T>;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inWords(v)])) as Worded<T>;
  return value as Worded<T>;
}

export type WordedAdvice = Worded<Advice>;
export type WordedAdviceOk = Extract<WordedAdvice, { ok: true }>;

/** The advice for a case, with the rules' phrases worded in both languages (what the cards and the CLI show). */
export function adviceInWords(input: AdviceInput): WordedAdvice {
  return inWords(advise(input));
}
