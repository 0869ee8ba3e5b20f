"use strict";
/**
 * The one detector of Norwegian identity numbers in the bot: message text, every string typed into a card
 * and the log scrubber all use it, so "what counts as an identity number" is decided here only.
 *
 * An 11-digit string is an identity number when all three hold:
 * 1. First check digit k1: (3·d1 + 7·d2 + 6·d3 + 1·d4 + 8·d5 + 9·d6 + 4·d7 + 5·d8 + 2·d9 + k1) mod 11 is 0, 1,
 *    2 or 3. Only 0 is used today; Skatteetaten's numbers issued from 1 January 2032 may use any of the four
 *    ("Nye fødselsnummer og d-nummer fra 2032"), and old and new must be read side by side.
 * 2. Second check digit k2: (5·d1 + 4·d2 + 3·d3 + 2·d4 + 7·d5 + 6·d6 + 5·d7 + 4·d8 + 3·d9 + 2·k1 + k2) mod 11
 *    is 0 (unchanged in the 2032 series).
 * 3. The first six digits are a date that exists once the series offsets are taken off: day + 40 is a
 *    D-number; month + 40 is an H-number (health service help numbers) and NAV's synthetic test numbers
 *    (Dolly); month + 80 is Skatteetaten's synthetic test numbers (Tenor); a D-number may carry either month
 *    offset too. The century no longer follows from the individual digits in the 2032 series, so the year is
 *    read as 20yy: 29 February exists when yy is divisible by 4 (00 included, which for 1900 errs towards
 *    refusing; for every other two-digit year 19yy and 20yy agree).
 * This is exactly the set NAV's @navikt/fnrvalidator accepts; test/unit/national-id.test.ts checks the
 * two agree on generated numbers of every series and on near misses.
 *
 * In text, a hit is 11 digits, or 6 + one separator (any space, a dot or a hyphen) + 5, not glued to other
 * digits (letters around it do not matter: "fnr01019012345" is a hit).
 *
 * What is NOT flagged, and why:
 * - bank account numbers written 4.2.5 ("1234.56.78903", "1234 56 78903"): there is no run of 6 digits;
 * - an UNGROUPED 11-digit run right after an account word ("konto", "kontonr.:", "kto", "account no.", …):
 *   every valid identity number also passes the account-number check (its k2 uses the same weights), so
 *   the digits alone cannot tell the two apart, but the word in front can;
 * - phone numbers (8 digits, "+47 …"), organisation numbers (9 digits), dates: too few digits in a row.
 * Privacy comes first: an ungrouped account number WITHOUT such a word is flagged whenever it also passes as an
 * identity number, and a 6+5 grouped number is never read as an account number, whatever stands in front.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.REDACTED = void 0;
exports.isNationalIdNumber = isNationalIdNumber;
exports.findNationalIdNumbers = findNationalIdNumbers;
exports.containsNationalIdNumber = containsNationalIdNumber;
exports.redactNationalIdNumbers = redactNationalIdNumbers;
exports.valueHoldsNationalIdNumber = valueHoldsNationalIdNumber;
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const weighted = (digits, weights) => weights.reduce((acc, w, i) => acc + w * digits[i], 0);
/** Remainders the first check allows: 0 for numbers issued before 2032, 0–3 from 2032. */
const K1_REMAINDERS = new Set([0, 1, 2, 3]);
function checkDigitsHold(d) {
    return K1_REMAINDERS.has((weighted(d, W1) + d[9]) % 11) && (weighted(d, W2) + d[10]) % 11 === 0;
}
/** Whether the first six digits are a real date once the D-, H- and synthetic offsets are taken off. */
function birthDateDigitsHold(d) {
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    const yy = d[4] * 10 + d[5];
    if (day > 40)
        day -= 40;
    if (month > 80)
        month -= 80;
    else if (month > 40)
        month -= 40;
    if (month < 1 || month > 12 || day < 1)
        return false;
    const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
}
/**
 * True for an 11-digit string in any current or announced series: fødselsnummer, D-number, H-number,
 * synthetic test number, and the 2032 series with the wider first check.
 */
function isNationalIdNumber(eleven) {
    if (!/^\d{11}$/.test(eleven))
        return false;
    const d = [...eleven].map(Number);
    return checkDigitsHold(d) && birthDateDigitsHold(d);
}
// 6 digits, at most one separator, 5 digits; not part of a longer digit run. \s takes in the no-break and
// thin spaces Teams and word processors put between digit groups.
const CANDIDATE = /(?<!\d)(\d{6})[\s.\-]?(\d{5})(?!\d)/g;
/**
 * An account word right before the number: "konto 12345678903", "Kontonr.: …", "kto.nr. …", "bankkonto: …",
 * "lønnskonto …",
 * "account no. …", "acct# …". Only whitespace, a dot, "nr"/"no"/"number" and one ':' '#' or '=' may stand
 * between the word and the digits; "min konto er 1234…" is not close enough and stays flagged.
 */
const ACCOUNT_CONTEXT = /(?:^|[^\p{L}\p{N}])(?:\p{L}*konto(?:nummer(?:et)?|nr|en)?|kto|(?:bank\s*)?(?:account|acct))\.?(?:\s*(?:nr|nummer|no|number|num)\.?)?\s*[:#=]?\s*$/iu;
/** How far back to look for the account word; the longest form above is well under this. */
const CONTEXT_WINDOW = 40;
function isAccountNumberInContext(text, start) {
    return ACCOUNT_CONTEXT.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
}
function findNationalIdNumbers(text) {
    if (typeof text !== 'string')
        return [];
    const hits = [];
    for (const m of text.matchAll(CANDIDATE)) {
        if (!isNationalIdNumber(m[1] + m[2]))
            continue;
        // Only the plain 11-digit form can be an account number; "kontonr 010190 12345" is grouped like an id.
        if (m[0].length === 11 && isAccountNumberInContext(text, m.index))
            continue;
        hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
}
function containsNationalIdNumber(text) {
    return findNationalIdNumbers(text).length > 0;
}
exports.REDACTED = '[fjernet]';
/** The text with every national identity number replaced by "[fjernet]". */
function redactNationalIdNumbers(text) {
    const hits = findNationalIdNumbers(text);
    let out = '';
    let at = 0;
    for (const h of hits) {
        out += text.slice(at, h.start) + exports.REDACTED;
        at = h.end;
    }
    return out + text.slice(at);
}
/**
 * Whether any string inside a value (card data: nested objects and arrays) holds an identity number.
 * `skip` leaves out strings that are never typed by a person (the caller knows its own id formats).
 * A number input can arrive as a JSON number, which drops a leading zero: an integer of 10 or 11 digits is
 * read as the 11-digit number it may have been. Longer runs are no identity number in text either.
 */
function valueHoldsNationalIdNumber(value, skip = () => false) {
    return stringsIn(value, 0, skip).some(containsNationalIdNumber);
}
/**
 * How deep and how wide the walk goes value by value. Card data is small and flat; anything past these
 * bounds is not skipped but scanned as its JSON text in one piece, which costs one pass over it.
 */
const MAX_DEPTH = 6;
const MAX_ENTRIES = 200;
function stringsIn(value, depth, skip) {
    if (value === null || value === undefined)
        return [];
    if (depth > MAX_DEPTH)
        return [asText(value)];
    if (typeof value === 'string')
        return skip(value) ? [] : [value];
    if (typeof value === 'number') {
        const n = Math.abs(value);
        return Number.isInteger(n) && n >= 1e9 && n < 1e11 ? [String(n).padStart(11, '0')] : [];
    }
    if (typeof value !== 'object')
        return [];
    const items = Array.isArray(value) ? value : Object.values(value);
    const walked = items.slice(0, MAX_ENTRIES).flatMap((v) => stringsIn(v, depth + 1, skip));
    return items.length > MAX_ENTRIES ? [...walked, asText(items.slice(MAX_ENTRIES))] : walked;
}
function asText(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        // Only a cyclic value, which no JSON payload can be: nothing typed to scan.
        return '';
    }
}
//# sourceMappingURL=nationalId.js.map