"use strict";
/**
 * Norwegian-aware text helpers shared by search, intent and emergency detection.
 *
 * Folding maps every spelling of æ/ø/å to one form so that "møte", "moete" and "mote" meet, and
 * "mål", "maal" and "mal" meet. It loses the difference between "mål" (goal) and "mal" (template); search
 * gives exact unfolded matches a bonus to win it back.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.fold = fold;
exports.words = words;
exports.stem = stem;
exports.editDistance = editDistance;
/** Lower case, diacritics removed, æ→ae, ø→o, å→a, and the ASCII spellings "aa"→a, "oe"→o. */
function fold(text) {
    return text
        .toLowerCase()
        .replace(/æ/g, 'ae')
        .replace(/[øö]/g, 'o')
        .replace(/[åä]/g, 'a')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/aa/g, 'a')
        .replace(/oe/g, 'o');
}
/** Lower-case words (letters and digits); keeps æøå. */
function words(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
// Longest first: the first suffix that leaves a stem of at least 3 letters is removed.
const SUFFIXES = ['ingene', 'ingen', 'inger', 'heten', 'ene', 'ane', 'ing', 'het', 'ers', 'en', 'et', 'er', 'ar', 'a', 'e', 's'];
function stripOnce(word) {
    for (const suffix of SUFFIXES) {
        if (word.endsWith(suffix) && word.length - suffix.length >= 3)
            return word.slice(0, -suffix.length);
    }
    return word;
}
/**
 * A light Norwegian stemmer on a folded word: strips up to two inflection endings
 * ("deltakere" → "deltaker" → "deltak", "møtene" → "mot"). It is deliberately crude; search also
 * compares prefixes and tolerates small edit distances, so over- or under-stemming costs little.
 */
function stem(foldedWord) {
    if (/^\d+$/.test(foldedWord))
        return foldedWord;
    return stripOnce(stripOnce(foldedWord));
}
/** Edit distance (Levenshtein plus adjacent transpositions), with an early exit once it exceeds `max`. */
function editDistance(a, b, max = Infinity) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prevPrev = [];
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            // "smatykke" for "samtykke" is one slip of the fingers, not two.
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, prevPrev[j - 2] + 1);
            cur.push(v);
            rowMin = Math.min(rowMin, v);
        }
        if (rowMin > max)
            return max + 1;
        prevPrev = prev;
        prev = cur;
    }
    return prev[b.length];
}
//# sourceMappingURL=text.js.map