/**
 * Norwegian national identity numbers in free text: fødselsnummer, D-number (day + 40), H-number
 * (month + 40) and the synthetic test numbers of the national test environment (month + 80).
 *
 * A hit needs: 11 digits, or 6 + one separator (space, dot, hyphen) + 5, not glued to other digits; a real
 * calendar date whose century follows from the individual number; and both mod-11 check digits.
 *
 * What is NOT flagged, and why:
 * - bank account numbers written 4.2.5 ("1234.56.78903", "1234 56 78903"): there is no run of 6 digits;
 * - an UNGROUPED 11-digit run right after an account word ("konto", "kontonr.:", "kto", "account no.", …):
 *   every valid fødselsnummer also passes the account-number check (its second check digit uses the same
 *   weights), so the digits alone cannot tell the two apart, but the word in front can;
 * - phone numbers (8 digits, "+47 …"), organisation numbers (9 digits), dates: too few digits.
 * Privacy comes first: an ungrouped account number WITHOUT such a word is flagged whenever it also passes as an
 * identity number, and a 6+5 grouped number is never read as an account number, whatever stands in front.
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

/**
 * An account word right before the number: "konto 12345678903", "Kontonr.: …", "kto.nr. …", "bankkonto: …",
 * "lønnskonto …",
 * "account no. …", "acct# …". Only whitespace, a dot, "nr"/"no"/"number" and one ':' '#' or '=' may stand
 * between the word and the digits; "min konto er 1234…" is not close enough and stays flagged.
 */
const ACCOUNT_CONTEXT =
  /(?:^|[^\p{L}\p{N}])(?:\p{L}*konto(?:nummer(?:et)?|nr|en)?|kto|(?:bank\s*)?(?:account|acct))\.?(?:\s*(?:nr|nummer|no|number|num)\.?)?\s*[:#=]?\s*$/iu;
/** How far back to look for the account word; the longest form above is well under this. */
const CONTEXT_WINDOW = 40;

function isAccountNumberInContext(text: string, start: number): boolean {
  return ACCOUNT_CONTEXT.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
}

export function findNationalIdNumbers(text: string): TextRange[] {
  if (typeof text !== 'string') return [];
  const hits: TextRange[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (!isNationalIdNumber(m[1]! + m[2]!)) continue;
    // Only the plain 11-digit form can be an account number; "kontonr 010190 12345" is grouped like an id.
    if (m[0].length === 11 && isAccountNumberInContext(text, m.index!)) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length });
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
