import { common as nbCommon } from './nb/common';
import { common as enCommon } from './en/common';
import { cases as nbCases } from './nb/cases';
import { cases as enCases } from './en/cases';
import { avklaring as nbAvklaring } from './nb/avklaring';
import { avklaring as enAvklaring } from './en/avklaring';
import { meetings as nbMeetings } from './nb/meetings';
import { meetings as enMeetings } from './en/meetings';
import { guidance as nbGuidance } from './nb/guidance';
import { guidance as enGuidance } from './en/guidance';
import { nlu as nbNlu } from './nb/nlu';
import { nlu as enNlu } from './en/nlu';
import { cli as nbCli } from './nb/cli';
import { cli as enCli } from './en/cli';

/**
 * One dictionary per language, merged from one file per job (src/i18n/nb/*.ts, src/i18n/en/*.ts).
 * Bokmål is the default and the reference: English must have the same keys.
 */
const nb = { ...nbCommon, ...nbCases, ...nbAvklaring, ...nbMeetings, ...nbGuidance, ...nbNlu, ...nbCli };
const en: Record<keyof typeof nb, string> = { ...enCommon, ...enCases, ...enAvklaring, ...enMeetings, ...enGuidance, ...enNlu, ...enCli };

export type Locale = 'nb' | 'en';
export type TextKey = keyof typeof nb;

const dictionaries: Record<Locale, Record<TextKey, string>> = { nb, en };

/** Teams sends e.g. "nb-NO", "nn-NO", "en-US"; Norwegian variants get bokmål, English gets English. */
export function localeFrom(activityLocale: string | undefined, fallback: Locale = 'nb'): Locale {
  if (!activityLocale) return fallback;
  const lang = activityLocale.toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return 'en';
  if (lang === 'nb' || lang === 'no' || lang === 'nn') return 'nb';
  return fallback;
}

export function t(locale: Locale, key: TextKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key] ?? dictionaries.nb[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** All texts of one language, for binding card templates. */
export function textsFor(locale: Locale): Record<TextKey, string> {
  return dictionaries[locale];
}
