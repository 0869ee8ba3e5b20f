/**
 * Norwegian national identity numbers in free text: fødselsnummer, D-number (day + 40), H-number
 * (month + 40) and the synthetic test numbers of the national test environment (month + 80).
 *
 * A hit needs: 11 digits, or 6 + one separator (space, dot, hyphen) + 5, not glued to other digits; a real
 * calendar date whose century follows from the individual number; and both mod-11 check digits.
 *
 * What is NOT flagged, and why:
 * - bank account numbers written 4.2.5 ("1234.56.78903", "1234 56 78903"): there is no run of 6 digits;
 * - phone numbers (8 digits, "+47 …"), organisation numbers (9 digits), dates: too few digits.
 * An UNGROUPED 11-digit account number passes the second check digit by construction (same weights), so it is
 * flagged only when its first 6 digits also form a valid date and the first check digit happens to fit – the
 * price of not leaking real numbers.
 */

export interface TextRange {
  start: number;
  end: number;
}

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  if (k === 10) return null;
  return k;
}

/** The four-digit year from the two-digit year and the individual number, or null when unassigned. */
export function centuryYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return null;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** True for an 11-digit string that is a valid fødselsnummer, D-number, H-number or synthetic test number. */
export function isNationalIdNumber(eleven: string): boolean {
  if (!/^\d{11}$/.test(eleven)) return false;
  const d = [...eleven].map(Number);
  const k1 = checkDigit(d, W1);
  if (k1 === null || k1 !== d[9]) return false;
  const k2 = checkDigit(d, W2);
  if (k2 === null || k2 !== d[10]) return false;

  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const yy = d[4]! * 10 + d[5]!;
  const individual = d[6]! * 100 + d[7]! * 10 + d[8]!;
  const dNumber = day > 40;
  if (dNumber) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const year = centuryYear(yy, individual);
  if (year !== null) return isValidDate(year, month, day);
  // D-numbers are issued by the tax authority and need not follow the birth-number ranges; accept them
  // when the date exists in some century (only 29 February depends on the year).
  return dNumber && (isValidDate(2000 + yy, month, day) || isValidDate(1900 + yy, month, day));
}

// 6 digits, at most one separator, 5 digits; not part of a longer digit run.
const CANDIDATE = /(?<!\d)(\d{6})[ .\-\u00a0]?(\d{5})(?!\d)/g;

export function findNationalIdNumbers(text: string): TextRange[] {
  if (typeof text !== 'string') return [];
  const hits: TextRange[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (isNationalIdNumber(m[1]! + m[2]!)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}

export function containsNationalIdNumber(text: string): boolean {
  return findNationalIdNumbers(text).length > 0;
}

export const REDACTED = '[fjernet]';

/** The text with every national identity number replaced by "[fjernet]". */
export function redactNationalIdNumbers(text: string): string {
  const hits = findNationalIdNumbers(text);
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start) + REDACTED;
    at = h.end;
  }
  return out + text.slice(at);
}
