"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INVISIBLE_FORMATTING = void 0;
exports.stripInvisibleFormatting = stripInvisibleFormatting;
/**
 * Characters that change how text is shown without being seen themselves: bidirectional embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069, U+061C), zero-width spaces, joiners and direction marks
 * (U+200B–U+200F), the word joiner and invisible operators (U+2060–U+2064) and the byte-order mark (U+FEFF).
 * Typed into a place or an agenda they can make a shared card or a calendar file read differently from what
 * was stored (a right-to-left override turns "Rom 1.12" into something else), and nobody needs them there.
 */
exports.INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Free text as it may be stored and shown: the invisible formatting characters removed. */
function stripInvisibleFormatting(text) {
    return text.replace(exports.INVISIBLE_FORMATTING, '');
}
//# sourceMappingURL=text.js.map