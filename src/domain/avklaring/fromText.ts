import { fold } from '../guidance/text';
import { AGE_MAX, AGE_MIN } from './phrases';

/**
 * What a typed question already says that the avklaring form asks for: the child's age and the services
 * involved ("hvem skal koordinere for en gutt på 7 år som får hjelp fra PPT og helsesykepleier?"). The form is
 * filled in with it, for the user to check; nothing else is read from the text and nothing is kept.
 * Only an age said as the child's age counts: "koordinator i tre år" or "to ganger i året" is not one.
 */

const AGE_PATTERNS: RegExp[] = [
  // "7-åring", "14-åringen", "en 3 åring"
  /(?<![\d-])(\d{1,2})\s*-?\s*aring(?:en|er|ene)?\b/,
  // "på 7 år", "er 14 år", "blir 16 år", "7 år gammel"
  /\b(?:pa|er|blir|fylt|fyller|fylte)\s+(\d{1,2})\s*ar\b/,
  /(?<![\d-])(\d{1,2})\s*ar\s+gammel\b/,
  // "gutt på 7", "jente på 14", "elev på 9" – not "eleven på 10. trinn" (a school year)
  /\b(?:gutt|gutten|jente|jenta|jenten|barn|barnet|elev|eleven|ungdom|ungdommen|sonn|datter)\s+pa\s+(\d{1,2})\b(?!\s*\.|\s*(?:ar\s+)?(?:siden|timer|dager|uker|maneder|%|prosent|trinn|klasse|kl\b))/,
  // "a 7-year-old", "7 years old", "aged 7"
  /(?<![\d-])(\d{1,2})\s*-?\s*years?\s*-?\s*old\b/,
  /\baged\s+(\d{1,2})\b/,
];

/** The child's age in years when the text says it plainly and it is within the form's range. */
export function ageFromText(text: string): number | undefined {
  const folded = fold(text);
  for (const pattern of AGE_PATTERNS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const age = Number(m[1]);
    return age >= AGE_MIN && age <= AGE_MAX ? age : undefined;
  }
  return undefined;
}

/** Service id → words (folded, matched at a word start; "\b" at the end for a whole word) naming it. */
export type ServiceWords = Readonly<Record<string, readonly string[]>>;

/** The services of `offered` that the text names, in `offered`'s order. */
export function servicesFromText(text: string, offered: readonly string[], words: ServiceWords): string[] {
  const folded = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  return offered.filter((id) =>
    (words[id] ?? []).some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/ /g, ' +')}`, 'u').test(folded)),
  );
}
