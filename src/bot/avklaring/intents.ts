/**
 * Phrases that start "who should coordinate?". Matched on normalized text (lower case, mention and trailing
 * punctuation gone), whole message only, so a sentence that merely mentions a coordinator is not hijacked.
 */
const PATTERNS: RegExp[] = [
  /^hvem (bør|skal|burde|kan) (koordinere|være koordinator|ha koordinatorrollen|ta koordinatorrollen)( for (barnet|saken))?$/,
  /^(ny )?avklaring( av (plantype|koordinator)( og (plantype|koordinator))?)?$/,
  /^avklaringsmøte$/,
  /^koordinator$/,
  /^who (should|will|shall) (coordinate|be (the )?coordinator)$/,
  /^(new )?clarification$/,
];

export function isAvklaringIntent(normalized: string): boolean {
  return PATTERNS.some((p) => p.test(normalized));
}
