/**
 * Test-side builders of Norwegian identity numbers, written from the published rules (Skatteetaten's
 * description of the check digits, old and from 2032) and independent of the detector under test.
 */

export const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
export const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

const weighted = (digits: number[], weights: number[]) => weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * The nine digits with both check digits appended. `k1Remainder` is the remainder the first check is built
 * for: 0 is every number issued before 2032, 1–3 only exist in the 2032 series. Null when that remainder
 * would need a check digit of 10 (the number cannot be issued).
 */
export function withCheckDigits(nine: string, k1Remainder = 0): string | null {
  const d = [...nine].map(Number);
  const k1 = (((k1Remainder - weighted(d, W1)) % 11) + 11) % 11;
  if (k1 === 10) return null;
  const k2 = (11 - (weighted([...d, k1], W2) % 11)) % 11;
  if (k2 === 10) return null;
  return nine + k1 + k2;
}

/**
 * fnr: ordinary; d: D-number (day + 40); h: H-number / NAV synthetic (month + 40); syn: Skatteetaten's
 * synthetic (month + 80); dh and dsyn: a D-number with either month offset.
 */
export const SERIES = ['fnr', 'd', 'h', 'syn', 'dh', 'dsyn'] as const;
export type Series = (typeof SERIES)[number];

export interface NumberParts {
  series: Series;
  day: number;
  month: number;
  yy: number;
  individual: number;
  k1Remainder: number;
}

export function buildNumber(p: NumberParts): string | null {
  const dd = p.series === 'd' || p.series === 'dh' || p.series === 'dsyn' ? p.day + 40 : p.day;
  const mm = p.series === 'h' || p.series === 'dh' ? p.month + 40 : p.series === 'syn' || p.series === 'dsyn' ? p.month + 80 : p.month;
  return withCheckDigits(pad(dd, 2) + pad(mm, 2) + pad(p.yy, 2) + pad(p.individual, 3), p.k1Remainder);
}

/** Days in a month, reading a two-digit year as 20yy (the 2032 series carries no century). */
export function daysIn(yy: number, month: number): number {
  return new Date(Date.UTC(2000 + yy, month, 0)).getUTCDate();
}

/** A valid ordinary fødselsnummer for 1 January 1990 (first individual number whose check digits exist). */
export function sampleNumber(series: Series = 'fnr', k1Remainder = 0, individual = 100): string {
  for (let ind = individual; ind < 1000; ind++) {
    const n = buildNumber({ series, day: 1, month: 1, yy: 90, individual: ind, k1Remainder });
    if (n) return n;
  }
  throw new Error('no valid number');
}

/** The written forms staff use: plain, and 6 + 5 split by a space, a no-break space, a dot or a hyphen. */
export const writtenForms = (n: string): string[] => [n, ...[' ', '\u00a0', '.', '-'].map((sep) => n.slice(0, 6) + sep + n.slice(6))];
