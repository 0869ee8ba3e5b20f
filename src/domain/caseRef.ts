/**
 * A case reference: `BTI-<year>-<number>`, pseudonymous, counted per deployment (src/store/cases.ts). One
 * definition for validation, for finding a reference in a typed sentence, and for the NLU's masking.
 */
const BODY = String.raw`bti-\d{4}-\d{4}`;

/** A whole value that is a reference, in the stored (upper-case) form. */
export const CASE_REF_PATTERN = /^BTI-\d{4}-\d{4}$/;

/** The reference as a capturing group for a command pattern matched on normalised (lower-case) text. */
export const CASE_REF_GROUP = `(${BODY})`;

/** The first reference in a text, upper-cased as stored; undefined when there is none. */
export function findCaseRef(text: string): string | undefined {
  return new RegExp(String.raw`\b${BODY}\b`, 'i').exec(text)?.[0].toUpperCase();
}

/** Replaces every reference in `text` (so a classifier sees "a reference", not a number). */
export function maskCaseRefs(text: string, mask: string): string {
  return text.replace(new RegExp(String.raw`\b${BODY}\b`, 'gi'), mask);
}
